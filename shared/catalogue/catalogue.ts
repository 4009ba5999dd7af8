// The metric catalogue, carried in the project (same ids and base units as the shared spec).
// Everything that needs to know what a metric is (extraction, rollups, the dashboard) reads it here.
import catalogueJson from './metrics.json' with { type: 'json' };

export type MetricKind = 'stock' | 'flow' | 'standard' | 'rate';
export type RollupRule = 'sum' | 'distribution';

export interface Metric {
  id: string;
  zh: string;
  unit: string;
  kind: MetricKind;
  rollup: RollupRule;
  definition: string;
}

export const metrics: readonly Metric[] = catalogueJson.metrics as Metric[];

const byId = new Map(metrics.map((m) => [m.id, m]));

export const metricById = (id: string): Metric | undefined => byId.get(id);

export const isMetricId = (id: string): boolean => byId.has(id);

export type MetricId = string;
