// The dashboard's country view: one metric of one period, every province that has it side by side,
// each with how much of the province reported (coverage from the rollup's SUMMARY item).
import { metricById } from '#shared/catalogue/catalogue.ts';
import type { QueryDeps, RollupView } from './ports.ts';
import { provinceName } from './provinces.ts';

export interface ProvinceFigure {
  provinceCode: string;
  provinceName?: string;
  /** The sum, or the median for a distribution metric: the figure the chart draws. */
  figure: number | null;
  value?: number;
  min?: number;
  max?: number;
  median?: number;
  unitCount?: number;
  coverage: Record<string, number> | null;
  computedAt?: string;
}

export interface MetricOverview {
  period: string;
  metric: string;
  metricName?: string;
  unit?: string;
  rule?: 'sum' | 'distribution';
  items: ProvinceFigure[];
}

export async function metricOverview(deps: QueryDeps, query: { period: string; metric: string }): Promise<MetricOverview> {
  const rollups: RollupView[] = [];
  let startKey;
  do {
    const page = await deps.store.rollupsOfMetric(query.metric, query.period, { limit: 100, startKey });
    rollups.push(...page.items);
    startKey = page.lastKey;
  } while (startKey);
  const summaries = await Promise.all(rollups.map((r) => deps.store.provinceSummary(r.provinceCode, query.period)));
  const metric = metricById(query.metric);
  return {
    period: query.period,
    metric: query.metric,
    metricName: metric?.zh,
    unit: metric?.unit,
    rule: metric?.rollup,
    items: rollups.map((r, i) => ({
      provinceCode: r.provinceCode,
      provinceName: provinceName(r.provinceCode),
      figure: (metric?.rollup === 'distribution' ? r.median : r.value) ?? null,
      value: r.value,
      min: r.min,
      max: r.max,
      median: r.median,
      unitCount: r.unitCount,
      coverage: (summaries[i]?.coverage as Record<string, number> | undefined) ?? null,
      computedAt: r.computedAt,
    })),
  };
}
