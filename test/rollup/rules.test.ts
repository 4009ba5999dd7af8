// Worked examples of the rules that matter to analysts: municipalities, checks, periods, exact sums.
import { describe, expect, it } from 'vitest';
import type { Division } from '#shared/divisions/types.ts';
import { rollupProvince } from '#shared/rollup/rollupProvince.ts';
import { monthsCovered } from '#shared/domain/periods.ts';
import { divideRounded, formatScaled, toScaled } from '#shared/rollup/decimal.ts';
import type { SumRollup } from '#shared/rollup/types.ts';
import { divisionsOf, fact, syntheticProvince, unitFacts } from './fixtures.ts';

const beijing: Division[] = [
  { adcode: '110000', name: '北京市', level: 'province', parentCode: null, province: '北京市', provinceCode: '110000' },
  ...['110101', '110102', '110105', '110106', '110108'].map(
    (adcode, i): Division => ({ adcode, name: `区${i}`, level: 'county', parentCode: '110000', province: '北京市', provinceCode: '110000' }),
  ),
];

describe('municipalities', () => {
  it('add their districts directly and compare the city-wide report, never add it', () => {
    const d = divisionsOf(beijing);
    const facts = [
      unitFacts(beijing[0], '2022', [fact('dibao_recipients', 100_000)]),
      unitFacts(beijing[1], '2022', [fact('dibao_recipients', 1200)], { asOf: '2022-10' }),
      unitFacts(beijing[2], '2022', [fact('dibao_recipients', 800)], { asOf: '2022-12' }),
    ];
    const r = rollupProvince({ provinceCode: '110000', periodKey: '2022', unitFacts: facts, divisions: d });
    const sum = r.metrics.dibao_recipients as SumRollup;
    expect(sum.total).toBe(2000);
    expect(sum.contributions.map((c) => c.role)).toEqual(['direct-county', 'direct-county']);
    expect(sum.partialPrefectures).toEqual([]);
    expect(r.coverage).toEqual({
      prefecturesCovered: 0,
      prefecturesReporting: 0,
      prefecturesPartial: 0,
      prefecturesTotal: 0,
      countiesReporting: 2,
      countiesTotal: 5,
    });
    expect(r.asOfRange).toEqual({ from: '2022-10', to: '2022-12' });
    expect(r.provinceReport?.comparisons).toEqual([{ metric: 'dibao_recipients', reported: 100_000, rollup: 2000, difference: 98_000 }]);
    expect(r.checks.map((c) => c.code)).toContain('province-report-differs');
  });
});

describe('exact sums', () => {
  it('adds large yuan figures with fen exactly', () => {
    const divisions = syntheticProvince([0, 0, 0]);
    const values = [91943200, 13880450.5, 0.1, 0.2, 7654321.09];
    const facts = divisions
      .filter((d) => d.level === 'prefecture')
      .map((d, i) => unitFacts(d, '2021', [fact('dibao_funds', values[i])]));
    const r = rollupProvince({ provinceCode: '990000', periodKey: '2021', unitFacts: facts, divisions: divisionsOf(divisions) });
    expect((r.metrics.dibao_funds as SumRollup).totalDecimal).toBe('105823650.6');
    expect((r.metrics.dibao_funds as SumRollup).total).toBe(105823650.6);
  });

  it('rounds figures beyond fen and says so', () => {
    expect(toScaled(1.005, 2).exact).toBe(false);
    expect(toScaled(13880450.5, 2)).toEqual({ minor: 1388045050n, exact: true });
    expect(formatScaled(-5n, 2)).toBe('-0.05');
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
  });
});

describe('periods', () => {
  it('count the months of payments behind a flow figure', () => {
    expect(monthsCovered('2021')).toBe(12);
    expect(monthsCovered('2021', '2021-11')).toBe(11);
    expect(monthsCovered('2021-H1')).toBe(6);
    expect(monthsCovered('2021-H2', '2021-10')).toBe(4);
    expect(monthsCovered('2021-Q3')).toBe(3);
    expect(monthsCovered('2021-11')).toBe(1);
    expect(monthsCovered('2021', '2020-12')).toBe(12);
    expect(monthsCovered('garbage')).toBeNull();
  });

  it('refuse to mix periods or provinces in one rollup', () => {
    const divisions = syntheticProvince([1]);
    const input = (periodKey: string) => ({
      provinceCode: '990000',
      periodKey,
      unitFacts: [unitFacts(divisions[1], '2021-H1', [fact('orphans', 3)])],
      divisions: divisionsOf(divisions),
    });
    expect(() => rollupProvince(input('2021'))).toThrow(/period/);
    expect(rollupProvince(input('2021-H1')).metrics.orphans).toBeDefined();
  });
});

describe('consistency checks', () => {
  const divisions = syntheticProvince([2, 1, 1, 1, 1, 1]);
  const d = divisionsOf(divisions);
  const prefectures = divisions.filter((x) => x.level === 'prefecture');
  const run = (facts: ReturnType<typeof unitFacts>[], periodKey = '2021') =>
    rollupProvince({ provinceCode: '990000', periodKey, unitFacts: facts, divisions: d });

  it('urban plus rural against the reported total', () => {
    const r = run([
      unitFacts(prefectures[0], '2021', [fact('dibao_recipients', 1000), fact('dibao_recipients_urban', 300), fact('dibao_recipients_rural', 500)]),
      unitFacts(prefectures[1], '2021', [fact('dibao_recipients', 1000), fact('dibao_recipients_urban', 400), fact('dibao_recipients_rural', 600)]),
    ]);
    const flagged = r.checks.filter((c) => c.code === 'parts-differ-from-total');
    expect(flagged.map((c) => c.detail.adcode)).toEqual([prefectures[0].adcode]);
    expect(flagged[0].detail).toMatchObject({ reportedTotal: 1000, partsSum: 800 });
  });

  it('money over recipients over months against the standard', () => {
    // 11 months to November: 12,000 people × 600 元 × 11 would be 79.2m; 5.42亿 implies ~4106 元/月.
    const r = run([
      unitFacts(prefectures[0], '2021', [fact('dibao_funds', 542000000), fact('dibao_recipients', 12000), fact('dibao_standard', 671)], { asOf: '2021-11' }),
      unitFacts(prefectures[1], '2021', [fact('dibao_funds', 30000000), fact('dibao_recipients', 6000), fact('dibao_standard', 650)]),
      // No own standard: held to the province's median (660.5).
      unitFacts(prefectures[2], '2021', [fact('dibao_funds', 90000000), fact('dibao_recipients', 5000)]),
    ]);
    const flagged = r.checks.filter((c) => c.code === 'payment-above-standard');
    expect(flagged.map((c) => c.detail)).toEqual([
      expect.objectContaining({ adcode: prefectures[0].adcode, months: 11, impliedMonthlyPayment: 4106.06, standard: 671, standardSource: 'unit' }),
      expect.objectContaining({ adcode: prefectures[2].adcode, months: 12, impliedMonthlyPayment: 1500, standard: 660.5, standardSource: 'province-median' }),
    ]);
  });

  it('outliers against the other units of the same level', () => {
    const beds = [1000, 1200, 900, 1100, 1050, 250000];
    const r = run(prefectures.map((p, i) => unitFacts(p, '2021', [fact('elderly_beds', beds[i])])));
    const flagged = r.checks.filter((c) => c.code === 'outlier');
    expect(flagged.map((c) => c.detail.adcode)).toEqual([prefectures[5].adcode]);
  });

  it('counties that add up to more than their prefecture', () => {
    const counties = divisions.filter((x) => x.parentCode === prefectures[0].adcode);
    const r = run([
      unitFacts(prefectures[0], '2021', [fact('orphans', 100)]),
      unitFacts(counties[0], '2021', [fact('orphans', 80)]),
      unitFacts(counties[1], '2021', [fact('orphans', 40)]),
    ]);
    expect((r.metrics.orphans as SumRollup).total).toBe(100);
    expect(r.checks.find((c) => c.code === 'counties-exceed-prefecture')?.detail).toMatchObject({ prefectureValue: 100, countiesSum: 120 });
  });
});
