// Review decisions in the Reports table, one partition per (province, period) — the rollup's own
// unit of work — so a rollup reads a partition's decisions with one Query:
//   pk REVIEW#{provinceCode}#{periodKey}   sk {adcode}#{reportId}#{metric}
import type { ReviewDecision } from './types.ts';

export const reviewPartitionKey = (provinceCode: string, periodKey: string) => `REVIEW#${provinceCode}#${periodKey}`;

export const reviewKey = (d: Pick<ReviewDecision, 'provinceCode' | 'periodKey' | 'adcode' | 'reportId' | 'metric'>) => ({
  pk: reviewPartitionKey(d.provinceCode, d.periodKey),
  sk: `${d.adcode}#${d.reportId}#${d.metric}`,
});

export function decisionFromItem(item: Record<string, unknown>): ReviewDecision {
  const { pk: _pk, sk: _sk, ...rest } = item;
  return rest as unknown as ReviewDecision;
}
