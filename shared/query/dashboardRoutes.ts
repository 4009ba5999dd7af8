// The dashboard's read routes (JSON only), registered in routes.ts after the query API's own.
import { z } from 'zod';
import type { DashboardDeps } from './dashboardPorts.ts';
import { notFound } from './errors.ts';
import { metricOverview } from './overview.ts';
import { adcodeSchema, metricSchema, periodKeySchema, provinceCodeSchema } from './params.ts';
import type { QueryDeps } from './ports.ts';
import { provinceUnits } from './provinceUnits.ts';
import { periodsWithData, reviewList } from './reviewList.ts';
import type { Route } from './routes.ts';

const jsonOnly = { format: z.literal('json', { error: 'this route answers JSON only' }).default('json') };

export function dashboardOf(deps: QueryDeps): DashboardDeps {
  if (!deps.dashboard) throw notFound('dashboard-unavailable', 'this deployment serves no dashboard routes');
  return deps.dashboard;
}

const overviewRoute: Route<{ path: {}; query: { period: string; metric: string; format: 'json' } }, Awaited<ReturnType<typeof metricOverview>>> = {
  name: 'overview',
  pattern: /^\/api\/overview$/,
  schema: z.object({ path: z.object({}), query: z.strictObject({ period: periodKeySchema, metric: metricSchema, ...jsonOnly }) }),
  run: (deps, { query }) => metricOverview(deps, query),
};

const provinceUnitsRoute: Route<
  { path: { provinceCode: string }; query: { period: string; format: 'json' } },
  Awaited<ReturnType<typeof provinceUnits>>
> = {
  name: 'province-units',
  pattern: /^\/api\/provinces\/(?<provinceCode>[^/]+)\/units$/,
  schema: z.object({ path: z.object({ provinceCode: provinceCodeSchema }), query: z.strictObject({ period: periodKeySchema, ...jsonOnly }) }),
  run: (deps, { path, query }) => provinceUnits(dashboardOf(deps), { province: path.provinceCode, period: query.period }),
};

const reviewListRoute: Route<
  { path: {}; query: { period: string; province?: string; format: 'json' } },
  Awaited<ReturnType<typeof reviewList>>
> = {
  name: 'reviews',
  pattern: /^\/api\/reviews$/,
  schema: z.object({
    path: z.object({}),
    query: z.strictObject({ period: periodKeySchema, province: provinceCodeSchema.optional(), ...jsonOnly }),
  }),
  run: (deps, { query }) => reviewList(dashboardOf(deps), query),
};

const periodsRoute: Route<{ path: {}; query: { format: 'json' } }, Awaited<ReturnType<typeof periodsWithData>>> = {
  name: 'periods',
  pattern: /^\/api\/periods$/,
  schema: z.object({ path: z.object({}), query: z.strictObject(jsonOnly) }),
  run: (deps) => periodsWithData(dashboardOf(deps)),
};

const uploadFormRoute: Route<{ path: {}; query: { unit: string; period: string; format: 'json' } }, unknown> = {
  name: 'upload-form',
  pattern: /^\/api\/upload-form$/,
  schema: z.object({ path: z.object({}), query: z.strictObject({ unit: adcodeSchema, period: periodKeySchema, ...jsonOnly }) }),
  run: (deps, { query }) => dashboardOf(deps).uploadForm(query.unit, query.period),
};

export const dashboardRoutes = [overviewRoute, provinceUnitsRoute, reviewListRoute, periodsRoute, uploadFormRoute];
