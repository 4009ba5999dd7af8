// The two aggregation rules of the catalogue. Sums never count a figure twice; distributions are
// never summed.
import {
  DISTRIBUTION_SCALE,
  SUM_SCALE,
  divideRounded,
  formatScaled,
  scaledToNumber,
  toScaled,
} from './decimal.ts';
import { countiesOf } from './placement.ts';
import type { PlacedUnit } from './placedUnit.ts';
import type {
  Contribution,
  DistributionRollup,
  PartialPrefecture,
  RollupCheck,
  RollupDivisions,
  SumRollup,
} from './types.ts';

const byAdcode = <T extends { adcode: string }>(a: T, b: T) => (a.adcode < b.adcode ? -1 : a.adcode > b.adcode ? 1 : 0);

/**
 * A prefecture's own figure stands and its counties add nothing. A prefecture that did not report is
 * stood for by the sum of those of its counties that did (partial unless all did). A county-level
 * unit directly under the province adds directly. The province's own figure is never added.
 */
export function sumMetric(
  metric: string,
  unitOfMeasure: string,
  units: readonly PlacedUnit[],
  divisions: RollupDivisions,
  checks: RollupCheck[],
): SumRollup | null {
  const reporting = units.filter((u) => u.placement.role !== 'province' && u.figures.has(metric));
  if (reporting.length === 0) return null;
  const figure = (u: PlacedUnit) => u.figures.get(metric)!;
  const memo = new Map<PlacedUnit, bigint>();
  const scaled = (u: PlacedUnit) => {
    const held = memo.get(u);
    if (held !== undefined) return held;
    const s = toScaled(figure(u).value, SUM_SCALE);
    memo.set(u, s.minor);
    if (!s.exact)
      checks.push({
        code: 'figure-rounded',
        severity: 'info',
        message: `${u.unit.unitName} 的 ${metric} 有两位以上小数，汇总时按分（0.01）取整`,
        detail: { adcode: u.unit.adcode, metric, value: figure(u).value },
      });
    return s.minor;
  };

  const reportingPrefectures = new Set(
    reporting.filter((u) => u.placement.role === 'prefecture').map((u) => u.unit.adcode),
  );
  const contributions: Contribution[] = [];
  const containedCounties: string[] = [];
  const standIns = new Map<string, PlacedUnit[]>();
  let total = 0n;
  const contribute = (u: PlacedUnit, role: Contribution['role']) => {
    const f = figure(u);
    contributions.push({ adcode: u.unit.adcode, value: f.value, role, ...(f.qualifier ? { qualifier: f.qualifier } : {}) });
    total += scaled(u);
    return scaled(u);
  };

  for (const u of reporting) {
    const p = u.placement;
    if (p.role === 'prefecture') contribute(u, 'prefecture');
    else if (p.role === 'direct-county') contribute(u, 'direct-county');
    else if (p.role === 'county-in-prefecture') {
      if (reportingPrefectures.has(p.prefectureCode)) containedCounties.push(u.unit.adcode);
      else standIns.set(p.prefectureCode, [...(standIns.get(p.prefectureCode) ?? []), u]);
    }
  }

  const partialPrefectures: PartialPrefecture[] = [];
  for (const [prefectureCode, counties] of standIns) {
    let sum = 0n;
    for (const c of counties) sum += contribute(c, 'county-for-prefecture');
    const countiesTotal = countiesOf(prefectureCode, divisions);
    if (counties.length < countiesTotal || countiesTotal === 0)
      partialPrefectures.push({
        adcode: prefectureCode,
        value: scaledToNumber(sum, SUM_SCALE),
        countiesReporting: counties.length,
        countiesTotal,
      });
  }

  countiesAgainstPrefecture(metric, reporting, reportingPrefectures, scaled, checks);

  contributions.sort(byAdcode);
  partialPrefectures.sort(byAdcode);
  containedCounties.sort();
  return {
    rule: 'sum',
    metric,
    unit: unitOfMeasure,
    total: scaledToNumber(total, SUM_SCALE),
    totalDecimal: formatScaled(total, SUM_SCALE),
    contributingUnits: contributions.length,
    reportingUnits: reporting.length,
    contributions,
    partialPrefectures,
    containedCounties,
    qualifiedContributions: contributions.filter((c) => c.qualifier).length,
  };
}

/** Counties are inside their prefecture: if theirs add up to more than its figure, one of them is wrong. */
function countiesAgainstPrefecture(
  metric: string,
  reporting: readonly PlacedUnit[],
  reportingPrefectures: ReadonlySet<string>,
  scaled: (u: PlacedUnit) => bigint,
  checks: RollupCheck[],
) {
  const countySums = new Map<string, bigint>();
  for (const u of reporting) {
    const p = u.placement;
    if (p.role === 'county-in-prefecture' && reportingPrefectures.has(p.prefectureCode))
      countySums.set(p.prefectureCode, (countySums.get(p.prefectureCode) ?? 0n) + scaled(u));
  }
  for (const prefecture of reporting.filter((u) => countySums.has(u.unit.adcode))) {
    const own = scaled(prefecture);
    const counties = countySums.get(prefecture.unit.adcode)!;
    // 1% slack: bureaus round 万元 and 亿元 figures independently.
    if (counties * 100n > own * 101n)
      checks.push({
        code: 'counties-exceed-prefecture',
        severity: 'warning',
        message: `${prefecture.unit.unitName} 所辖县区上报的 ${metric} 合计超过该市自报数`,
        detail: {
          adcode: prefecture.unit.adcode,
          metric,
          prefectureValue: scaledToNumber(own, SUM_SCALE),
          countiesSum: scaledToNumber(counties, SUM_SCALE),
        },
      });
  }
}

/** Standards and rates: where units stand, never a total. Every unit below the province counts. */
export function distributionMetric(metric: string, unitOfMeasure: string, units: readonly PlacedUnit[]): DistributionRollup | null {
  const reporting = units
    .filter((u) => u.placement.role !== 'province' && u.figures.has(metric))
    .map((u) => ({ adcode: u.unit.adcode, value: u.figures.get(metric)!.value }))
    .sort(byAdcode);
  if (reporting.length === 0) return null;
  const sorted = reporting.map((u) => toScaled(u.value, DISTRIBUTION_SCALE).minor).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const n = sorted.length;
  const sum = sorted.reduce((a, b) => a + b, 0n);
  const middle = n % 2 === 1 ? sorted[(n - 1) / 2] : divideRounded(sorted[n / 2 - 1] + sorted[n / 2], 2n);
  const values = reporting.map((u) => u.value);
  return {
    rule: 'distribution',
    metric,
    unit: unitOfMeasure,
    min: Math.min(...values),
    max: Math.max(...values),
    mean: scaledToNumber(divideRounded(sum, BigInt(n)), DISTRIBUTION_SCALE),
    median: scaledToNumber(middle, DISTRIBUTION_SCALE),
    contributingUnits: n,
    units: reporting,
  };
}
