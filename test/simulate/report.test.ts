import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { metrics } from '#shared/catalogue/catalogue.ts';
import { divisions } from '#shared/divisions/divisions.ts';
import type { Division } from '#shared/divisions/types.ts';
import { reportingUnits } from '#shared/simulate/corpus.ts';
import { decoderLabel, reportEncodings } from '#shared/simulate/encode.ts';
import { simulateReport } from '#shared/simulate/report.ts';
import { close, valuesIn } from './readWritten.ts';

const units = reportingUnits(divisions());
const prefectures = units.filter((u) => u.level === 'prefecture');
const counties = units.filter((u) => u.level === 'county');
const periodKeys = ['2021', '2020-H1', '2022-H2', '2021-Q3', '2019-11', '2023'];
const parentOf = (u: Division) => (u.parentCode ? divisions().get(u.parentCode) : undefined);

const arbitraryReport = fc.record({
  seed: fc.integer(),
  unit: fc.constantFrom(...units),
  periodKey: fc.constantFrom(...periodKeys),
  crlf: fc.boolean(),
});

describe('simulateReport', () => {
  it('is deterministic for a seed, and another seed writes another report', () => {
    const unit = prefectures[0];
    const a = simulateReport({ seed: 42, unit, periodKey: '2021' });
    const b = simulateReport({ seed: 42, unit, periodKey: '2021' });
    const c = simulateReport({ seed: 43, unit, periodKey: '2021' });
    expect(b.text).toBe(a.text);
    expect(b.truth).toEqual(a.truth);
    expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
    expect(c.text).not.toBe(a.text);
  });

  it('quotes every fact from the text, and the quote states the true value in some written form', () => {
    fc.assert(
      fc.property(arbitraryReport, ({ seed, unit, periodKey, crlf }) => {
        const r = simulateReport({ seed, unit, parent: parentOf(unit), periodKey, options: { lineEnding: crlf ? 'crlf' : 'lf' } });
        expect(r.truth.status).toBe('ok');
        expect(r.truth.unit.adcode).toBe(unit.adcode);
        expect(r.truth.period.key).toBe(periodKey);
        const stated = new Set<string>();
        for (const f of [...r.truth.facts, ...r.truth.tolerate]) {
          expect(r.text).toContain(f.evidence);
          // Text broken at a fixed width (as copied out of a PDF) may break a figure too.
          const unbroken = f.evidence.replace(/\r?\n/g, '');
          expect(valuesIn(unbroken).some((v) => close(v, f.value)), `${f.metric}=${f.value} in ${f.evidence}`).toBe(true);
        }
        for (const f of r.truth.facts) {
          // A metric is stated once per report: a second, different figure would make the truth ambiguous.
          expect(stated.has(f.metric), f.metric).toBe(false);
          stated.add(f.metric);
          expect(f.unit).toBe(metrics.find((m) => m.id === f.metric)!.unit);
        }
        expect(stated.size).toBeGreaterThanOrEqual(10);
        expect(stated.size).toBeLessThanOrEqual(35);
        if (crlf) expect(r.text).not.toMatch(/[^\r]\n/);
      }),
      { numRuns: 150 },
    );
  });

  it('names a same-named county together with its prefecture', () => {
    const counts = new Map<string, number>();
    for (const u of counties) counts.set(u.name, (counts.get(u.name) ?? 0) + 1);
    const gulou = counties.find((u) => (counts.get(u.name) ?? 0) > 1)!;
    const parent = parentOf(gulou)!;
    for (let seed = 0; seed < 20; seed++) {
      const r = simulateReport({ seed, unit: gulou, parent, nameIsAmbiguous: true, periodKey: '2021' });
      expect(r.text).toContain(`${parent.name}${gulou.name}`);
    }
  });

  it('writes templates with placeholders and no facts', () => {
    for (let seed = 0; seed < 30; seed++) {
      const unit = units[(seed * 97) % units.length];
      const r = simulateReport({ seed, unit, periodKey: '2021', options: { template: true } });
      expect(r.truth.status).toBe('template');
      expect(r.truth.facts).toEqual([]);
      expect(r.truth.unit.adcode).toBeNull();
      expect(r.text).toMatch(/x{2,}/);
      expect(r.text).not.toContain(unit.name);
      // Only the title's period and the years survive as digits.
      const lines = r.text.split('\n');
      const title = lines.findIndex((l, i) => i < 2 && l.includes('民政') && l.length < 60);
      const rest = lines.filter((_, i) => i !== title).join('\n');
      expect(rest.replace(/\d{4}年/g, '')).not.toMatch(/[0-9０-９]/);
    }
  });

  it('encodes in every encoding so that TextDecoder gives the text back', () => {
    const unit = counties[5];
    for (const encoding of reportEncodings) {
      const r = simulateReport({ seed: 'enc', unit, periodKey: '2022-Q2', options: { encoding, lineEnding: 'crlf' } });
      expect(new TextDecoder(decoderLabel(encoding)).decode(r.bytes)).toBe(r.text);
    }
    const bom = simulateReport({ seed: 'enc', unit, periodKey: '2022-Q2', options: { encoding: 'utf-8-bom' } });
    expect([...bom.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('keeps magnitudes plausible for the unit level and the period', () => {
    const check = (unit: Division, seed: number, periodKey: string) => {
      const r = simulateReport({ seed, unit, parent: parentOf(unit), periodKey, options: { metricRange: [51, 51] } });
      const v = (id: string) => r.truth.facts.find((f) => f.metric === id)?.value;
      const recipients = v('dibao_recipients') ?? (v('dibao_recipients_urban') ?? 0) + (v('dibao_recipients_rural') ?? 0);
      const [lo, hi] = unit.level === 'county' ? [500, 80_000] : [10_000, 700_000];
      expect(recipients, `${unit.name} 低保 recipients`).toBeGreaterThanOrEqual(lo);
      expect(recipients).toBeLessThanOrEqual(hi);
      for (const id of ['dibao_standard', 'dibao_standard_urban', 'dibao_standard_rural']) {
        const s = v(id);
        if (s !== undefined) expect(s >= 500 && s <= 1200, `${id}=${s}`).toBe(true);
      }
      const [urban, rural] = [v('dibao_standard_urban'), v('dibao_standard_rural')];
      if (urban !== undefined && rural !== undefined) expect(rural).toBeLessThanOrEqual(urban);
      // Money paid ≈ people × a share of the standard × months of the period.
      const funds = v('dibao_funds') ?? (v('dibao_funds_urban') ?? 0) + (v('dibao_funds_rural') ?? 0);
      const standard = v('dibao_standard') ?? urban ?? rural ?? 800;
      const months = periodKey.length === 4 ? (r.truth.period.asOf ? Number(r.truth.period.asOf.slice(5)) : 12) : periodKey.includes('H') ? 6 : periodKey.includes('Q') ? 3 : 1;
      const perPersonMonth = funds / recipients / months;
      expect(perPersonMonth / standard).toBeGreaterThan(0.3);
      expect(perPersonMonth / standard).toBeLessThan(1.3);
    };
    for (let seed = 0; seed < 40; seed++) {
      check(prefectures[(seed * 31) % prefectures.length], seed, periodKeys[seed % periodKeys.length]);
      check(counties[(seed * 131) % counties.length], seed, periodKeys[seed % periodKeys.length]);
    }
  });

  it('rejects a period key it cannot read', () => {
    expect(() => simulateReport({ seed: 1, unit: prefectures[0], periodKey: '2021-S1' })).toThrow(/period/);
  });
});
