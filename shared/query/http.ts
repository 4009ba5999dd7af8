// The query API over HTTP, independent of Lambda: a request (method, path, query string) in,
// a response (status, headers, body) out. functions/query/handler.ts maps API Gateway's
// payload v2 onto this, and `npm start` serves the same handler.
import { z } from 'zod';
import { QueryError } from './errors.ts';
import type { QueryDeps } from './ports.ts';
import { matchRoute, type AnyRoute } from './routes.ts';
import { matchAction } from './actions.ts';
import { dashboardAsset } from './dashboardAssets.ts';
import { toCsv } from './csv.ts';
import { toXlsx } from './xlsx.ts';
import { maxPageSize } from './params.ts';

export interface QueryRequest {
  method: string;
  path: string;
  /** Decoded query string; API Gateway joins a repeated parameter's values with commas. */
  query: Record<string, string | undefined>;
  /** The request body of a POST (the dashboard's review decisions and local uploads). */
  body?: string;
  isBase64Encoded?: boolean;
}

export interface QueryResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: boolean;
}

/** An export reads at most this many rows; past it the response carries X-Next-Cursor. */
export const exportRowCap = 10_000;

const jsonType = 'application/json; charset=utf-8';

const json = (statusCode: number, value: unknown, headers: Record<string, string> = {}): QueryResponse => ({
  statusCode,
  headers: { 'content-type': jsonType, ...headers },
  body: JSON.stringify(value),
  isBase64Encoded: false,
});

const errorBody = (code: string, message: string, issues: { path: string; message: string }[] = []) => ({
  error: { code, message, issues },
});

export async function handleQuery(
  deps: QueryDeps,
  request: QueryRequest,
  onUnexpected: (err: unknown) => void = () => {},
): Promise<QueryResponse> {
  try {
    if (request.method === 'GET') {
      const asset = dashboardAsset(request.path);
      if (asset) return asset;
    }
    const path = request.path.replace(/\/+$/, '') || '/';
    const action = matchAction(path);
    if (action && request.method === 'POST') {
      const body = request.body === undefined ? new Uint8Array() : Buffer.from(request.body, request.isBase64Encoded ? 'base64' : 'utf8');
      const done = await action(deps, { path, query: definedOnly(request.query), body });
      return json(done.status, done.body);
    }
    const matched = matchRoute(path);
    if (!matched && !action) return json(404, errorBody('route-not-found', `no route for ${request.path}`));
    if (request.method !== 'GET' || !matched) {
      const allow = action ? (matched ? 'GET, POST' : 'POST') : 'GET';
      return json(405, errorBody('method-not-allowed', `${request.path} answers ${allow}`), { allow });
    }
    const parsed = matched.route.schema.safeParse({ path: matched.pathParams, query: definedOnly(request.query) });
    if (!parsed.success) return json(400, invalidRequest(parsed.error));
    return await respond(deps, matched.route, parsed.data);
  } catch (err) {
    if (err instanceof QueryError) return json(err.status, errorBody(err.code, err.message, err.issues));
    onUnexpected(err);
    // Never the stack or the SDK's message: they name tables and internals.
    return json(500, errorBody('internal', 'the query failed; it has been logged'));
  }
}

function definedOnly(query: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined));
}

function invalidRequest(error: z.ZodError) {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message:
      issue.code === 'unrecognized_keys' ? `unknown parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message,
  }));
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return errorBody('invalid-request', `invalid request: ${summary}`, issues);
}

async function respond(deps: QueryDeps, route: AnyRoute, params: { query: { format?: string; limit?: number } }) {
  const format = params.query.format ?? 'json';
  if (format === 'json' || !route.table) return json(200, await route.run(deps, params));

  const { result, next } = route.paged && params.query.limit === undefined ? await readAll(deps, route, params) : await readOne(deps, route, params);
  const table = route.table(result, params);
  const baseName = route.fileName?.(params) ?? route.name;
  const headers: Record<string, string> = next ? { 'x-next-cursor': next } : {};
  if (format === 'csv') {
    return {
      statusCode: 200,
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': attachment(`${baseName}.csv`), ...headers },
      body: toCsv(table),
      isBase64Encoded: false,
    };
  }
  const bytes = await toXlsx(table);
  return {
    statusCode: 200,
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': attachment(`${baseName}.xlsx`),
      ...headers,
    },
    body: bytes.toString('base64'),
    isBase64Encoded: true,
  };
}

async function readOne(deps: QueryDeps, route: AnyRoute, params: object) {
  const result = await route.run(deps, params);
  return { result, next: route.paged ? (result.next as string | undefined) : undefined };
}

/** An export without a limit is the whole result, read page by page up to the row cap. */
async function readAll(deps: QueryDeps, route: AnyRoute, params: { query: object }) {
  const items: unknown[] = [];
  let result: { items: unknown[]; next?: string };
  let next = (params.query as { next?: string }).next;
  do {
    const limit = Math.min(maxPageSize, exportRowCap - items.length);
    result = await route.run(deps, { ...params, query: { ...params.query, limit, next } });
    items.push(...result.items);
    next = result.next;
  } while (next && items.length < exportRowCap);
  return { result: { ...result, items, next }, next };
}

/** RFC 6266: an ASCII name for old clients and the exact one for the rest. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
