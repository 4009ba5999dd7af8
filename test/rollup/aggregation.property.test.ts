// The aggregation rules, as properties over random provinces: who reports, with what figures.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Division } from '#shared/divisions/types.ts';
import type { UnitPeriodFacts } from '#shared/domain/records.ts';
import { rollupProvince } from '#shared/rollup/rollupProvince.ts';
import type { DistributionRollup, SumRollup } from '#shared/rollup/types.ts';
import { divisionsOf, fact, syntheticProvince, unitFacts } from './fixtures.ts';

const PERIOD = '2023';
const SUM = 'dibao_funds'; // flow, rollup sum, 元
const STOCK = 'elderly_beds'; // stock, rollup sum
const DIST = 'dibao_standard'; // standard, rollup distribution

interface Scenario {
  divisions: Division[];
  /** Money in fen per reporting unit (absent: the unit did not report). */
  cents: Map<string, bigint>;
  beds: Map<string, number>;
  standards: Map<string, number>;
  facts: UnitPeriodFacts[];
}

const scenarioArb = fc
  .record({
    countiesPer: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 6 }),
    direct: fc.integer({ min: 0, max: 3 }),
  })
  .chain(({ countiesPer, direct }) => {
    const divisions = syntheticProvince(countiesPer, direct);
    const unitArb = fc.record({
      reports: fc.boolean(),
      cents: fc.option(fc.bigInt({ min: 0n, max: 10n ** 13n }), { nil: undefined }),
      beds: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
      standard: fc.option(fc.integer({ min: 3000, max: 150000 }).map((x) => x / 100), { nil: undefined }),
    });
    return fc.tuple(fc.constant(divisions), fc.array(unitArb, { minLength: divisions.length, maxLength: divisions.length }));
  })
  .map(([divisions, draws]): Scenario => {
    const cents = new Map<string, bigint>();
    const beds = new Map<string, number>();
    const standards = new Map<string, number>();
    const facts: UnitPeriodFacts[] = [];
    divisions.forEach((d, i) => {
      const draw = draws[i];
      if (!draw.reports) return;
      const fs = [];
      if (draw.cents !== undefined) {
        cents.set(d.adcode, draw.cents);
        fs.push(fact(SUM, Number(draw.cents) / 100));
      }
      if (draw.beds !== undefined) {
        beds.set(d.adcode, draw.beds);
        fs.push(fact(STOCK, draw.beds));
      }
      if (draw.standard !== undefined) {
        standards.set(d.adcode, draw.standard);
        fs.push(fact(DIST, draw.standard));
      }
      facts.push(unitFacts(d, PERIOD, fs));
    });
    return { divisions, cents, beds, standards, facts };
  });

/** The rules, written out plainly: a prefecture's own figure, else its reporting counties; direct counties add. */
function truthSum(divisions: readonly Division[], figures: ReadonlyMap<string, bigint>): { total: bigint; contributing: number } | null {
  let total = 0n;
  let contributing = 0;
  let any = false;
  for (const d of divisions) {
    if (d.level === 'province') continue;
    if (figures.has(d.adcode)) any = true;
    const parent = divisions.find((p) => p.adcode === d.parentCode);
    const underPrefecture = d.level === 'county' && parent?.level === 'prefecture';
    if (!figures.has(d.adcode)) continue;
    if (underPrefecture && figures.has(parent!.adcode)) continue;
    total += figures.get(d.adcode)!;
    contributing++;
  }
  return any ? { total, contributing } : null;
}

function fen(c: bigint): string {
  const sign = c < 0n ? '-' : '';
  const m = c < 0n ? -c : c;
  return `${sign}${m / 100n}${m % 100n ? `.${String(m % 100n).padStart(2, '0').replace(/0$/, '')}` : ''}`;
}

const rollup = (s: Scenario, facts = s.facts) =>
  rollupProvince({ provinceCode: '990000', periodKey: PERIOD, unitFacts: facts, divisions: divisionsOf(s.divisions) });

describe('rollupProvince aggregation rules', () => {
  it('sums equal the plainly computed truth, exactly, in fen', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const result = rollup(s);
        const truth = truthSum(s.divisions, s.cents);
        const got = result.metrics[SUM] as SumRollup | undefined;
        if (!truth) {
          expect(got).toBeUndefined();
          return;
        }
        expect(got?.totalDecimal).toBe(fen(truth.total));
        expect(got?.total).toBe(Number(fen(truth.total)));
        expect(got?.contributingUnits).toBe(truth.contributing);
        const beds = truthSum(s.divisions, new Map([...s.beds].map(([k, v]) => [k, BigInt(v) * 100n])));
        if (beds) expect((result.metrics[STOCK] as SumRollup).total).toBe(Number(beds.total / 100n));
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order the unit items arrive in', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s.facts, { minLength: s.facts.length }))),
        ([s, shuffled]) => {
          expect(rollup(s, shuffled)).toEqual(rollup(s));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a county adds nothing when its prefecture reports, but still counts as reporting', () => {
    fc.assert(
      fc.property(scenarioArb, fc.bigInt({ min: 0n, max: 10n ** 12n }), (s, newCents) => {
        const before = rollup(s).metrics[SUM] as SumRollup | undefined;
        // Change every county whose prefecture reported the metric: the total must not move.
        const contained = s.facts.filter((u) => {
          const parent = s.divisions.find((d) => d.adcode === u.parentCode);
          return u.level === 'county' && parent?.level === 'prefecture' && s.cents.has(parent.adcode) && s.cents.has(u.adcode);
        });
        fc.pre(before !== undefined && contained.length > 0);
        const changed = s.facts.map((u) =>
          contained.includes(u) ? { ...u, facts: u.facts.map((f) => (f.metric === SUM ? { ...f, value: Number(newCents) / 100 } : f)) } : u,
        );
        const after = rollup(s, changed).metrics[SUM] as SumRollup;
        expect(after.totalDecimal).toBe(before!.totalDecimal);
        expect(after.reportingUnits).toBe(before!.reportingUnits);
        expect(after.containedCounties).toEqual(contained.map((u) => u.adcode).sort());
        for (const c of contained) expect(after.contributions.map((x) => x.adcode)).not.toContain(c.adcode);
      }),
      { numRuns: 200 },
    );
  });

  it('counties stand for a prefecture that did not report, partial unless all of them reported', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const got = rollup(s).metrics[SUM] as SumRollup | undefined;
        const prefectures = s.divisions.filter((d) => d.level === 'prefecture' && !s.cents.has(d.adcode));
        const expected = prefectures
          .map((p) => {
            const counties = s.divisions.filter((d) => d.parentCode === p.adcode);
            const reporting = counties.filter((c) => s.cents.has(c.adcode));
            const sum = reporting.reduce((a, c) => a + s.cents.get(c.adcode)!, 0n);
            return { adcode: p.adcode, value: Number(fen(sum)), countiesReporting: reporting.length, countiesTotal: counties.length };
          })
          .filter((p) => p.countiesReporting > 0 && p.countiesReporting < p.countiesTotal);
        expect(got?.partialPrefectures ?? []).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('never sums standards and rates: min, max, mean, median over every unit below the province', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const got = rollup(s).metrics[DIST] as DistributionRollup | undefined;
        const values = s.divisions.filter((d) => d.level !== 'province' && s.standards.has(d.adcode)).map((d) => s.standards.get(d.adcode)!);
        if (values.length === 0) {
          expect(got).toBeUndefined();
          return;
        }
        expect(got!.rule).toBe('distribution');
        expect(got).not.toHaveProperty('total');
        const sorted = [...values].sort((a, b) => a - b);
        const hundredths = sorted.map((v) => Math.round(v * 100));
        const n = sorted.length;
        expect(got!.min).toBe(sorted[0]);
        expect(got!.max).toBe(sorted[n - 1]);
        expect(got!.contributingUnits).toBe(n);
        // In 10^-4 units, halves rounded up (all values are positive).
        const median = n % 2 ? hundredths[(n - 1) / 2] * 100 : Math.round(((hundredths[n / 2 - 1] + hundredths[n / 2]) * 100) / 2);
        expect(got!.median).toBe(median / 10_000);
        const sum = hundredths.reduce((a, b) => a + b, 0) * 100;
        expect(got!.mean).toBe(Number(((BigInt(sum) * 2n + BigInt(n)) / (2n * BigInt(n)))) / 10_000);
      }),
      { numRuns: 200 },
    );
  });

  it('is idempotent: the same input, or the same items delivered twice, give the same rollup', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const once = rollup(s);
        expect(rollup(s)).toEqual(once);
        expect(rollup(s, [...s.facts, ...s.facts])).toEqual(once);
      }),
      { numRuns: 100 },
    );
  });

  it("keeps the province's own report beside the rollup and never adds it", () => {
    fc.assert(
      fc.property(scenarioArb, fc.bigInt({ min: 1n, max: 10n ** 13n }), (s, provinceCents) => {
        const province = s.divisions.find((d) => d.level === 'province')!;
        const withoutProvince = s.facts.filter((u) => u.adcode !== province.adcode);
        const withProvince = [...withoutProvince, unitFacts(province, PERIOD, [fact(SUM, Number(provinceCents) / 100)])];
        const a = rollup(s, withoutProvince);
        const b = rollup(s, withProvince);
        expect(b.metrics).toEqual(a.metrics);
        const total = (a.metrics[SUM] as SumRollup | undefined)?.total ?? null;
        expect(b.provinceReport?.comparisons).toEqual([
          {
            metric: SUM,
            reported: Number(provinceCents) / 100,
            rollup: total,
            difference: total === null ? null : Number(fen(provinceCents - BigInt(Math.round(total * 100)))),
          },
        ]);
      }),
      { numRuns: 200 },
    );
  });
});
