// The dashboard's two writes, the only non-GET requests the API answers:
//   POST /api/reviews        an analyst confirms or rejects a figure
//   POST /api/local-upload   `npm start` only: the upload page's file, put into the local bucket
import { z } from 'zod';
import { isMetricId } from '#shared/catalogue/catalogue.ts';
import { bureauIncomingPrefix } from '#shared/upload/bureauUploadPolicy.ts';
import { recordDecision } from '#shared/review/recordDecision.ts';
import { dashboardOf } from './dashboardRoutes.ts';
import { badRequest, notFound } from './errors.ts';
import { adcodeSchema, periodKeySchema, reportIdSchema } from './params.ts';
import type { QueryDeps } from './ports.ts';

export interface ActionRequest {
  path: string;
  query: Record<string, string>;
  body: Uint8Array;
}

export const reviewDecisionBody = z.strictObject({
  reportId: reportIdSchema,
  metric: z.string().refine(isMetricId, 'unknown metric'),
  decision: z.enum(['confirm', 'reject']),
  reviewer: z.string().trim().min(1, 'say who reviewed').max(100),
});

/** A file name as the browser gives it, kept readable (Chinese included) but never a path. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\\u0000-\u001f]/.test(name) && name !== '.' && name !== '..', 'not a plain file name');

export const localUploadQuery = z.strictObject({ unit: adcodeSchema, period: periodKeySchema, name: fileNameSchema });

type Action = (deps: QueryDeps, request: ActionRequest) => Promise<{ status: number; body: unknown }>;

const actions: Array<{ pattern: RegExp; run: Action }> = [
  { pattern: /^\/api\/reviews$/, run: reviewAction },
  { pattern: /^\/api\/local-upload$/, run: localUploadAction },
];

export const matchAction = (path: string): Action | undefined => actions.find((a) => a.pattern.test(path))?.run;

const issuesOf = (error: z.ZodError, where: string) =>
  error.issues.map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message }));

async function reviewAction(deps: QueryDeps, request: ActionRequest) {
  const dashboard = dashboardOf(deps);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(request.body));
  } catch {
    throw badRequest('invalid-request', 'the body must be JSON', [{ path: 'body', message: 'not JSON' }]);
  }
  const parsed = reviewDecisionBody.safeParse(json);
  if (!parsed.success) throw badRequest('invalid-request', 'invalid review decision', issuesOf(parsed.error, 'body'));
  const outcome = await recordDecision({ store: dashboard.reviews, clock: dashboard.clock }, parsed.data);
  switch (outcome.kind) {
    case 'recorded':
      return { status: 201, body: outcome.decision };
    case 'report-not-found':
      throw notFound('report-not-found', `no report has id ${parsed.data.reportId}`);
    case 'no-such-fact':
      throw badRequest('no-such-fact', `the report has no ${parsed.data.metric} figure`, [{ path: 'body.metric', message: 'not in the report' }]);
    case 'not-current':
      throw badRequest('not-current', outcome.reason, [{ path: 'body.reportId', message: outcome.reason }]);
  }
}

async function localUploadAction(deps: QueryDeps, request: ActionRequest) {
  const dashboard = dashboardOf(deps);
  // On AWS the page posts to S3 itself; this route exists only where a local bucket does.
  if (!dashboard.localUpload) throw notFound('route-not-found', 'local uploads are only served by `npm start`');
  const parsed = localUploadQuery.safeParse(request.query);
  if (!parsed.success) throw badRequest('invalid-request', 'invalid upload', issuesOf(parsed.error, 'query'));
  const form = await dashboard.uploadForm(parsed.data.unit, parsed.data.period);
  if (request.body.byteLength < 1 || request.body.byteLength > form.maxBytes) {
    throw badRequest('invalid-request', `a report is 1 to ${form.maxBytes} bytes`, [{ path: 'body', message: 'size out of range' }]);
  }
  const key = `${bureauIncomingPrefix(parsed.data.unit)}${parsed.data.period}/${parsed.data.name}`;
  await dashboard.localUpload(key, request.body);
  return { status: 201, body: { key } };
}
