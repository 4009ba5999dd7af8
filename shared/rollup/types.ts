// What a provincial rollup is: one entry per metric, coverage, the province's own report beside it,
// and the consistency checks analysts see. Produced by rollupProvince, stored by the rollup store.
import type { Division } from '../divisions/types.ts';

/** The part of the divisions data a rollup needs; `divisions()` satisfies it. */
export interface RollupDivisions {
  get(adcode: string): Division | undefined;
  children(adcode: string): Division[];
  countUnitsByProvince(provinceCode: string): { prefectures: number; counties: number };
}

/** How a unit's figure entered a sum. */
export type ContributionRole =
  | 'prefecture' // a prefecture's own figure
  | 'direct-county' // a county-level unit directly under the province (municipal district, 省直辖县级)
  | 'county-for-prefecture'; // a county standing in (with its siblings) for a prefecture that did not report

export interface Contribution {
  adcode: string;
  value: number;
  role: ContributionRole;
  qualifier?: string;
}

export interface PartialPrefecture {
  adcode: string;
  /** The sum of the counties that reported, standing for the prefecture. */
  value: number;
  countiesReporting: number;
  countiesTotal: number;
}

export interface SumRollup {
  rule: 'sum';
  metric: string;
  unit: string;
  total: number;
  /** The same total as an exact decimal string (the figures summed in 10^-2 units). */
  totalDecimal: string;
  /** Units whose figure is in the total. */
  contributingUnits: number;
  /** Units that reported the metric, including counties whose prefecture's figure stands. */
  reportingUnits: number;
  contributions: Contribution[];
  /** Prefectures represented only by some of their counties. */
  partialPrefectures: PartialPrefecture[];
  /** Counties that reported but add nothing: their prefecture's figure already contains them. */
  containedCounties: string[];
  /** Contributions that were approximate or bounds (约, 余, 以上...). */
  qualifiedContributions: number;
}

export interface DistributionRollup {
  rule: 'distribution';
  metric: string;
  unit: string;
  min: number;
  max: number;
  /** Mean and median rounded half away from zero to 4 decimals. */
  mean: number;
  median: number;
  contributingUnits: number;
  units: Array<{ adcode: string; value: number }>;
}

export type MetricRollup = SumRollup | DistributionRollup;

export interface Coverage {
  /** Prefectures that reported themselves or through at least one of their counties. */
  prefecturesCovered: number;
  /** Prefectures that reported themselves. */
  prefecturesReporting: number;
  /** Covered only through some (not all) of their counties. */
  prefecturesPartial: number;
  prefecturesTotal: number;
  /** County-level units that reported (including municipal districts and 省直辖县级 units). */
  countiesReporting: number;
  countiesTotal: number;
}

export interface ProvinceReportComparison {
  metric: string;
  reported: number;
  /** The rollup's total (sum) or median (distribution); null when no unit below reported it. */
  rollup: number | null;
  /** reported - rollup, for sums. */
  difference: number | null;
}

export interface ProvinceReport {
  adcode: string;
  reportId: string;
  asOf?: string;
  comparisons: ProvinceReportComparison[];
}

export type CheckSeverity = 'info' | 'warning';

export interface RollupCheck {
  code: string;
  severity: CheckSeverity;
  message: string;
  detail: Record<string, unknown>;
}

export interface ProvinceRollup {
  provinceCode: string;
  periodKey: string;
  metrics: Record<string, MetricRollup>;
  coverage: Coverage;
  asOfRange: { from: string; to: string } | null;
  provinceReport: ProvinceReport | null;
  checks: RollupCheck[];
}
