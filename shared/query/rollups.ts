// Rollups of a period: one province's metrics, one metric across provinces, or everything.
import { metricById } from '#shared/catalogue/catalogue.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { readPage, type Page } from './paging.ts';
import type { QueryDeps, RollupView } from './ports.ts';
import { provinceCodes as mainlandProvinces, provinceName } from './provinces.ts';

export interface RollupRow extends RollupView {
  provinceName?: string;
  /** The catalogue's Chinese name. */
  metricName?: string;
}

export interface RollupsQuery {
  period: string;
  province?: string;
  metric?: string;
  limit: number;
  next?: string;
}

export interface RollupsPage extends Page<RollupRow> {
  period: string;
  province?: string;
  metric?: string;
}

export const describeRollup = (rollup: RollupView): RollupRow => ({
  ...rollup,
  provinceName: provinceName(rollup.provinceCode),
  metricName: metricById(rollup.metric)?.zh,
  unit: rollup.unit ?? metricById(rollup.metric)?.unit,
  rule: rollup.rule ?? metricById(rollup.metric)?.rollup,
});

export async function listRollups(deps: QueryDeps, query: RollupsQuery): Promise<RollupsPage> {
  const { period, province, metric, limit, next } = query;
  const head = { period, ...(province ? { province } : {}), ...(metric ? { metric } : {}) };
  let page: Page<RollupView>;
  if (province) {
    page = await readPage(limit, next, (p) => deps.store.rollupsOfProvince(province, period, p, metric));
  } else if (metric) {
    page = await readPage(limit, next, (p) => deps.store.rollupsOfMetric(metric, period, p));
  } else {
    page = await walkProvinces(deps, period, limit, next);
  }
  return { ...head, items: page.items.map(describeRollup), ...(page.next ? { next: page.next } : {}) };
}

/**
 * Neither province nor metric: read the provinces' partitions one after another, in code order.
 * The Rollups table has no index by period alone, and a partition per province (≤ one item per
 * metric) is cheaper to walk than one gsi1 partition per metric.
 */
async function walkProvinces(deps: QueryDeps, period: string, limit: number, next?: string): Promise<Page<RollupView>> {
  const provinces = deps.provinceCodes ?? mainlandProvinces();
  const cursor = decodeCursor(next);
  const items: RollupView[] = [];
  let part = cursor?.part ?? 0;
  let startKey = cursor?.key;
  while (part < provinces.length) {
    const page = await deps.store.rollupsOfProvince(provinces[part], period, { limit: limit - items.length, startKey });
    items.push(...page.items);
    startKey = page.lastKey;
    if (!startKey) part += 1;
    if (items.length >= limit) {
      return part < provinces.length ? { items, next: encodeCursor({ part, key: startKey }) } : { items };
    }
  }
  return { items };
}

export interface ProvinceRollups {
  provinceCode: string;
  provinceName?: string;
  period: string;
  /** The rollup job's SUMMARY item for the province and period, when it wrote one. */
  summary: Record<string, unknown> | null;
  items: RollupRow[];
}

/** All metrics of one province and period: at most one item per catalogue metric, so no paging. */
export async function provinceRollups(deps: QueryDeps, query: { province: string; period: string }): Promise<ProvinceRollups> {
  const items: RollupView[] = [];
  let startKey;
  do {
    const page = await deps.store.rollupsOfProvince(query.province, query.period, { limit: 500, startKey });
    items.push(...page.items);
    startKey = page.lastKey;
  } while (startKey);
  const summary = await deps.store.provinceSummary(query.province, query.period);
  return {
    provinceCode: query.province,
    provinceName: provinceName(query.province),
    period: query.period,
    summary: summary ?? null,
    items: items.map(describeRollup),
  };
}
