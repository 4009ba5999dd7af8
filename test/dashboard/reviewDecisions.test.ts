// Review decisions as pure functions: what a rollup adds once analysts have spoken, the review
// list, and the use case's refusals — property-tested where inputs are open-ended.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { UnitPeriodFacts } from '#shared/domain/records.ts';
import { divisions } from '#shared/divisions/divisions.ts';
import { applyReviewDecisions } from '#shared/review/applyDecisions.ts';
import { reviewCandidates } from '#shared/review/lowConfidence.ts';
import { recordDecision } from '#shared/review/recordDecision.ts';
import type { ReviewStore } from '#shared/review/ports.ts';
import type { ReviewDecision } from '#shared/review/types.ts';
import { rollupProvince } from '#shared/rollup/rollupProvince.ts';
import { reportRecord } from '../query/fixtures.ts';
import { prefectureFacts } from './dashboardStack.ts';

// Anhui's prefectures: distinct units, so a sum adds each one's figure.
const anhuiPrefectures = divisions().children('340000').slice(0, 8);

const unitsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: anhuiPrefectures.length - 1 }), { minLength: 1, maxLength: anhuiPrefectures.length })
  .chain((indexes) =>
    fc.tuple(
      fc.constant(indexes),
      fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: indexes.length, maxLength: indexes.length }),
      fc.array(fc.constantFrom<'confirm' | 'reject' | null>('confirm', 'reject', null), { minLength: indexes.length, maxLength: indexes.length }),
      fc.array(fc.double({ min: 0.3, max: 1, noNaN: true }), { minLength: indexes.length, maxLength: indexes.length }),
    ),
  )
  .map(([indexes, values, verdicts, confidences]) => {
    const units = indexes.map((i, k) => {
      const d = anhuiPrefectures[i];
      return prefectureFacts(d.adcode, d.name, '340000', `r-${d.adcode}`, [
        { metric: 'dibao_recipients', value: values[k], unit: '人', quote: `低保对象${values[k]}人`, figure: String(values[k]), confidence: confidences[k] },
      ]);
    });
    const decisions = units.flatMap((u, k) =>
      verdicts[k] ? [{ reportId: u.reportId, metric: 'dibao_recipients', decision: verdicts[k]! }] : [],
    );
    return { units, values, verdicts, decisions };
  });

describe('applyReviewDecisions', () => {
  it('a rollup adds every figure but the rejected ones', () => {
    fc.assert(
      fc.property(unitsArb, ({ units, values, verdicts, decisions }) => {
        const rollup = rollupProvince({ provinceCode: '340000', periodKey: '2021', unitFacts: applyReviewDecisions(units, decisions), divisions: divisions() });
        const expected = values.reduce((sum, v, k) => (verdicts[k] === 'reject' ? sum : sum + v), 0);
        const metric = rollup.metrics.dibao_recipients;
        if (expected === 0 || verdicts.every((v) => v === 'reject')) expect(metric).toBeUndefined();
        else expect(metric).toMatchObject({ rule: 'sum', total: expected });
      }),
    );
  });

  it('changes nothing without decisions, and confirmed figures count as certain', () => {
    fc.assert(
      fc.property(unitsArb, ({ units, decisions }) => {
        expect(applyReviewDecisions(units, [])).toEqual(units);
        const applied = applyReviewDecisions(units, decisions);
        for (const d of decisions.filter((x) => x.decision === 'confirm')) {
          expect(applied.find((u) => u.reportId === d.reportId)!.facts[0].confidence).toBe(1);
        }
      }),
    );
  });

  it('a decision on an earlier report says nothing about the figures of the one standing now', () => {
    const [unit] = anhuiPrefectures.map((d) =>
      prefectureFacts(d.adcode, d.name, '340000', 'r-new', [{ metric: 'dibao_recipients', value: 5, unit: '人', quote: '5人', figure: '5', confidence: 0.5 }]),
    );
    expect(applyReviewDecisions([unit], [{ reportId: 'r-old', metric: 'dibao_recipients', decision: 'reject' }])).toEqual([unit]);
  });
});

describe('reviewCandidates', () => {
  it('lists facts under the threshold, and decided ones whatever their confidence', () => {
    const unit = prefectureFacts('340100', '合肥市', '340000', 'r-1', [
      { metric: 'dibao_recipients', value: 1, unit: '人', quote: '1人', figure: '1', confidence: 0.84 },
      { metric: 'elderly_beds', value: 2, unit: '张', quote: '2张', figure: '2', confidence: 0.85 },
      { metric: 'dibao_funds', value: 3, unit: '元', quote: '3元', figure: '3', confidence: 0.99 },
    ]);
    const decided = { reportId: 'r-1', metric: 'dibao_funds', decision: 'confirm', reviewer: 'a', decidedAt: 't' } as ReviewDecision;
    expect(reviewCandidates([unit], [decided]).map((c) => [c.fact.metric, c.fact.metricName, c.decision?.decision ?? null])).toEqual([
      ['dibao_recipients', '城乡低保对象(合计)', null],
      ['dibao_funds', '低保资金(合计)', 'confirm'],
    ]);
  });
});

describe('recordDecision', () => {
  const hefei = prefectureFacts('340100', '合肥市', '340000', 'r-current', [
    { metric: 'dibao_recipients', value: 1, unit: '人', quote: '1人', figure: '1', confidence: 0.5 },
  ]);
  const saved: ReviewDecision[] = [];
  const store: ReviewStore = {
    unitFactsOfPartition: async () => [hefei],
    decisionsOfPartition: async () => saved,
    saveDecision: async (d) => (saved.push(d), d),
    report: async (id) =>
      id === 'r-current' ? reportRecord({ reportId: id }) : id === 'r-old' ? reportRecord({ reportId: id, state: 'superseded' }) : undefined,
    unitFacts: async (): Promise<UnitPeriodFacts> => hefei,
  };
  const deps = { store, clock: { now: () => new Date('2022-03-01T08:00:00Z') } };
  const ask = (reportId: string, metric = 'dibao_recipients') => recordDecision(deps, { reportId, metric, decision: 'reject', reviewer: '王' });

  it('records who decided and when, on the report standing for its unit and period', async () => {
    expect(await ask('r-current')).toEqual({
      kind: 'recorded',
      decision: {
        reportId: 'r-current', adcode: '340100', provinceCode: '340000', periodKey: '2021', metric: 'dibao_recipients',
        decision: 'reject', reviewer: '王', decidedAt: '2022-03-01T08:00:00.000Z',
      },
    });
  });

  it('refuses a superseded report, a figure the report lacks and an unknown report', async () => {
    expect((await ask('r-old')).kind).toBe('not-current');
    expect((await ask('r-current', 'elderly_beds')).kind).toBe('no-such-fact');
    expect((await ask('r-missing')).kind).toBe('report-not-found');
  });
});
