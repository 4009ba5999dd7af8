// A province's drill-down: the current facts of each of its units for a period, with the review
// decisions taken on them.
import type { DashboardDeps } from './dashboardPorts.ts';
import { provinceName } from './provinces.ts';
import { describeUnitFacts, type UnitFactsView } from './units.ts';

export interface ProvinceUnits {
  provinceCode: string;
  provinceName?: string;
  period: string;
  units: UnitFactsView[];
  /** `{reportId}#{metric}` → the analyst's decision. */
  decisions: Record<string, 'confirm' | 'reject'>;
}

export async function provinceUnits(dashboard: DashboardDeps, query: { province: string; period: string }): Promise<ProvinceUnits> {
  const [units, decisions] = await Promise.all([
    dashboard.reviews.unitFactsOfPartition(query.province, query.period),
    dashboard.reviews.decisionsOfPartition(query.province, query.period),
  ]);
  return {
    provinceCode: query.province,
    provinceName: provinceName(query.province),
    period: query.period,
    units: units.sort((a, b) => (a.adcode < b.adcode ? -1 : 1)).map(describeUnitFacts),
    decisions: Object.fromEntries(decisions.map((d) => [`${d.reportId}#${d.metric}`, d.decision])),
  };
}
