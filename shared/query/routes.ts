// The query API's routes: each one a path pattern, a zod schema for its path and query
// parameters, a use case, and how its result lays out as a sheet for CSV/XLSX exports.
// The HTTP layer (http.ts) and the CLI both go through this table.
import { z } from 'zod';
import { catalogue } from './catalogue.ts';
import {
  adcodeSchema,
  cursorParamSchema,
  formatSchema,
  layoutSchema,
  limitSchema,
  metricSchema,
  periodKeySchema,
  provinceCodeSchema,
  reportIdSchema,
  uploadStateSchema,
} from './params.ts';
import type { QueryDeps } from './ports.ts';
import { reportDetail } from './reports.ts';
import { listRollups, provinceRollups, type RollupRow } from './rollups.ts';
import { catalogueTable, reportsTable, rollupsLong, rollupsWide, unitFactsTable } from './tabulate.ts';
import type { Table } from './table.ts';
import { listUploads } from './uploads.ts';
import { dashboardRoutes } from './dashboardRoutes.ts';
import { unitFacts, unitReports } from './units.ts';

export interface Route<P extends { query: { format?: string } }, R> {
  name: string;
  pattern: RegExp;
  schema: z.ZodType<P>;
  run(deps: QueryDeps, params: P): Promise<R>;
  /** Routes that return `{ items, next }` pages; an export without a `limit` reads them all. */
  paged?: boolean;
  /** How the result reads as a sheet; routes without it answer JSON only. */
  table?(result: R, params: P): Table;
  /** ASCII download name without extension. */
  fileName?(params: P): string;
}

const pageQuery = {
  limit: limitSchema.optional(),
  next: cursorParamSchema.optional(),
  format: formatSchema.default('json'),
};

const jsonOnly = { format: z.literal('json', { error: 'this route answers JSON only' }).default('json') };

const rollupsTable = (items: RollupRow[], layout: 'wide' | 'long', name: string) =>
  layout === 'long' ? rollupsLong(items, name) : rollupsWide(items, name);

// Written out route by route (not inferred through a generic builder) so each stays readable.
const rollupsRoute: Route<
  { path: {}; query: { period: string; province?: string; metric?: string; limit?: number; next?: string; format: 'json' | 'csv' | 'xlsx'; layout: 'wide' | 'long' } },
  Awaited<ReturnType<typeof listRollups>>
> = {
  name: 'rollups',
  pattern: /^\/api\/rollups$/,
  schema: z.object({
    path: z.object({}),
    query: z.strictObject({
      period: periodKeySchema,
      province: provinceCodeSchema.optional(),
      metric: metricSchema.optional(),
      layout: layoutSchema.default('wide'),
      ...pageQuery,
    }),
  }),
  paged: true,
  run: (deps, { query }) => listRollups(deps, { ...query, limit: query.limit ?? 100 }),
  table: (result, { query }) => rollupsTable(result.items, query.layout, `汇总 ${query.period}`),
  fileName: ({ query }) => ['rollups', query.period, query.province, query.metric].filter(Boolean).join('-'),
};

const provinceRollupsRoute: Route<
  { path: { provinceCode: string }; query: { period: string; format: 'json' | 'csv' | 'xlsx'; layout: 'wide' | 'long' } },
  Awaited<ReturnType<typeof provinceRollups>>
> = {
  name: 'province-rollups',
  pattern: /^\/api\/provinces\/(?<provinceCode>[^/]+)\/rollups$/,
  schema: z.object({
    path: z.object({ provinceCode: provinceCodeSchema }),
    query: z.strictObject({ period: periodKeySchema, layout: layoutSchema.default('wide'), format: formatSchema.default('json') }),
  }),
  run: (deps, { path, query }) => provinceRollups(deps, { province: path.provinceCode, period: query.period }),
  table: (result, { query }) => rollupsTable(result.items, query.layout, `汇总 ${query.period}`),
  fileName: ({ path, query }) => `rollups-${query.period}-${path.provinceCode}`,
};

const unitFactsRoute: Route<
  { path: { adcode: string }; query: { period?: string; format: 'json' | 'csv' | 'xlsx' } },
  Awaited<ReturnType<typeof unitFacts>>
> = {
  name: 'unit-facts',
  pattern: /^\/api\/units\/(?<adcode>[^/]+)\/facts$/,
  schema: z.object({
    path: z.object({ adcode: adcodeSchema }),
    query: z.strictObject({ period: periodKeySchema.optional(), format: formatSchema.default('json') }),
  }),
  run: (deps, { path, query }) => unitFacts(deps, { adcode: path.adcode, period: query.period }),
  table: (result, { path }) => unitFactsTable(result.items, `数据 ${path.adcode}`),
  fileName: ({ path, query }) => ['facts', path.adcode, query.period].filter(Boolean).join('-'),
};

const unitReportsRoute: Route<
  { path: { adcode: string }; query: { limit?: number; next?: string; format: 'json' | 'csv' | 'xlsx' } },
  Awaited<ReturnType<typeof unitReports>>
> = {
  name: 'unit-reports',
  pattern: /^\/api\/units\/(?<adcode>[^/]+)\/reports$/,
  schema: z.object({ path: z.object({ adcode: adcodeSchema }), query: z.strictObject(pageQuery) }),
  paged: true,
  run: (deps, { path, query }) => unitReports(deps, { adcode: path.adcode, limit: query.limit ?? 100, next: query.next }),
  table: (result, { path }) => reportsTable(result.items, `报告 ${path.adcode}`),
  fileName: ({ path }) => `reports-${path.adcode}`,
};

const reportRoute: Route<
  { path: { reportId: string }; query: { format: 'json' } },
  Awaited<ReturnType<typeof reportDetail>>
> = {
  name: 'report',
  pattern: /^\/api\/reports\/(?<reportId>[^/]+)$/,
  schema: z.object({ path: z.object({ reportId: reportIdSchema }), query: z.strictObject(jsonOnly) }),
  run: (deps, { path }) => reportDetail(deps, { reportId: path.reportId }),
};

const uploadsRoute: Route<
  {
    path: {};
    query: { status: z.infer<typeof uploadStateSchema>; unit?: string; limit?: number; next?: string; format: 'json' | 'csv' | 'xlsx' };
  },
  Awaited<ReturnType<typeof listUploads>>
> = {
  name: 'uploads',
  pattern: /^\/api\/uploads$/,
  schema: z.object({
    path: z.object({}),
    query: z.strictObject({
      status: uploadStateSchema,
      unit: adcodeSchema.optional(),
      ...pageQuery,
    }),
  }),
  paged: true,
  run: (deps, { query }) => listUploads(deps, { ...query, limit: query.limit ?? 100 }),
  table: (result, { query }) => reportsTable(result.items, `上传 ${query.status}`),
  fileName: ({ query }) => ['uploads', query.status, query.unit].filter(Boolean).join('-'),
};

const catalogueRoute: Route<{ path: {}; query: { format: 'json' | 'csv' | 'xlsx' } }, ReturnType<typeof catalogue>> = {
  name: 'catalogue',
  pattern: /^\/api\/catalogue$/,
  schema: z.object({ path: z.object({}), query: z.strictObject({ format: formatSchema.default('json') }) }),
  run: async () => catalogue(),
  table: () => catalogueTable('指标目录'),
  fileName: () => 'catalogue',
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = Route<any, any>;

export const routes: readonly AnyRoute[] = [
  rollupsRoute,
  provinceRollupsRoute,
  unitFactsRoute,
  unitReportsRoute,
  reportRoute,
  uploadsRoute,
  catalogueRoute,
  ...dashboardRoutes,
];

export function matchRoute(path: string): { route: AnyRoute; pathParams: Record<string, string> } | undefined {
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (match) {
      const pathParams: Record<string, string> = {};
      for (const [name, value] of Object.entries(match.groups ?? {})) pathParams[name] = safeDecode(value);
      return { route, pathParams };
    }
  }
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
