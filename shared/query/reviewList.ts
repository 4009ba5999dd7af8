// The review list of a period: low-confidence facts, one province or every province with data.
import { reviewCandidates } from '#shared/review/lowConfidence.ts';
import type { ReviewCandidate } from '#shared/review/types.ts';
import type { DashboardDeps } from './dashboardPorts.ts';

export interface ReviewList {
  period: string;
  province?: string;
  items: ReviewCandidate[];
}

export async function reviewList(dashboard: DashboardDeps, query: { period: string; province?: string }): Promise<ReviewList> {
  const provinces = query.province
    ? [query.province]
    : [...new Set((await dashboard.partitions()).filter((p) => p.periodKey === query.period).map((p) => p.provinceCode))].sort();
  const lists = await Promise.all(
    provinces.map(async (province) => {
      const [facts, decisions] = await Promise.all([
        dashboard.reviews.unitFactsOfPartition(province, query.period),
        dashboard.reviews.decisionsOfPartition(province, query.period),
      ]);
      return reviewCandidates(facts, decisions);
    }),
  );
  return { period: query.period, ...(query.province ? { province: query.province } : {}), items: lists.flat() };
}

/** Periods with data, newest first, with the provinces that have each. */
export async function periodsWithData(dashboard: DashboardDeps): Promise<{ periods: { periodKey: string; provinces: string[] }[] }> {
  const byPeriod = new Map<string, Set<string>>();
  for (const p of await dashboard.partitions()) {
    if (!byPeriod.has(p.periodKey)) byPeriod.set(p.periodKey, new Set());
    byPeriod.get(p.periodKey)!.add(p.provinceCode);
  }
  return {
    periods: [...byPeriod.entries()]
      .sort((a, b) => (a[0] < b[0] ? 1 : -1))
      .map(([periodKey, provinces]) => ({ periodKey, provinces: [...provinces].sort() })),
  };
}
