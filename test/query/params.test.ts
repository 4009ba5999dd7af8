// Bad requests are refused with a 400 that says which parameter and why, before anything is read.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { handleQuery, type QueryRequest } from '#shared/query/http.ts';
import { periodKeySchema } from '#shared/query/params.ts';
import type { QueryDeps, QueryStore } from '#shared/query/ports.ts';

const untouchable = new Proxy({} as QueryStore, {
  get: (_, name) => () => {
    throw new Error(`store.${String(name)} read for a request that should have been refused`);
  },
});
const deps: QueryDeps = { store: untouchable, presignGet: async () => 'unused' };

const get = (path: string, query: Record<string, string> = {}): QueryRequest => ({ method: 'GET', path, query });

async function refused(request: QueryRequest) {
  const response = await handleQuery(deps, request);
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  return { status: response.statusCode, error: JSON.parse(response.body).error };
}

describe('parameter validation', () => {
  it.each(['2021-13', '21', '2021-Q5', '2021-H3', '２０２１', '2021-1', ''])('refuses period %j', async (period) => {
    const { status, error } = await refused(get('/api/rollups', { period, province: '340000' }));
    expect(status).toBe(400);
    expect(error.code).toBe('invalid-request');
    expect(error.issues.map((i: { path: string }) => i.path)).toContain('query.period');
  });

  it.each(['12345', 'abcdef', '990100', '3401001', '34010a'])('refuses adcode %j', async (adcode) => {
    const { status, error } = await refused(get(`/api/units/${adcode}/facts`, { period: '2021' }));
    expect(status).toBe(400);
    expect(error.issues[0].path).toBe('path.adcode');
  });

  it('refuses a province code that is a prefecture', async () => {
    const { status, error } = await refused(get('/api/provinces/340100/rollups', { period: '2021' }));
    expect(status).toBe(400);
    expect(error.issues[0]).toEqual({ path: 'path.provinceCode', message: expect.stringContaining('0000') });
  });

  it('refuses an unknown metric and says where the catalogue is', async () => {
    const { status, error } = await refused(get('/api/rollups', { period: '2021', metric: 'dibao_money' }));
    expect(status).toBe(400);
    expect(error.issues[0].path).toBe('query.metric');
    expect(error.message).toContain('dibao_money');
    expect(error.message).toContain('/api/catalogue');
  });

  it.each(['501', '0', '-1', '2.5', 'ten'])('refuses limit %j', async (limit) => {
    const { status, error } = await refused(get('/api/uploads', { status: 'held', limit }));
    expect(status).toBe(400);
    expect(error.issues[0].path).toBe('query.limit');
  });

  it('refuses unknown parameters, a missing period, an unknown state and an export of one report', async () => {
    expect((await refused(get('/api/rollups', { period: '2021', perod: '2021' }))).error.issues[0].message).toContain('"perod"');
    expect((await refused(get('/api/rollups', {}))).error.issues[0].path).toBe('query.period');
    expect((await refused(get('/api/uploads', { status: 'lost' }))).error.issues[0].path).toBe('query.status');
    expect((await refused(get('/api/reports/abc', { format: 'csv' }))).status).toBe(400);
    expect((await refused(get('/api/rollups', { period: '2021', format: 'pdf' }))).error.issues[0].path).toBe('query.format');
  });

  it('refuses a cursor it did not make', async () => {
    for (const next of ['bm90LWpzb24', Buffer.from('[1,2]').toString('base64url'), Buffer.from('{"key":{"pk":3}}').toString('base64url')]) {
      const { status, error } = await refused(get('/api/uploads', { status: 'held', next }));
      expect(status).toBe(400);
      expect(error.code).toBe('bad-cursor');
    }
    expect((await refused(get('/api/uploads', { status: 'held', next: 'not a cursor!' }))).error.issues[0].path).toBe('query.next');
  });

  it('answers 404 for an unknown route and 405 for a write', async () => {
    expect((await refused(get('/api/nothing'))).status).toBe(404);
    const post = await handleQuery(deps, { method: 'POST', path: '/api/catalogue', query: {} });
    expect(post.statusCode).toBe(405);
  });

  it('answers 500 without the error text and reports the error to the caller', async () => {
    const failing: QueryDeps = {
      store: { ...untouchable, report: async () => { throw new Error('ResourceNotFound: table prod-Reports-secret'); } } as QueryStore,
      presignGet: async () => 'unused',
    };
    const seen: unknown[] = [];
    const response = await handleQuery(failing, get('/api/reports/abc'), (err) => seen.push(err));
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('secret');
    expect(response.body).not.toContain('at ');
    expect(JSON.parse(response.body).error.code).toBe('internal');
    expect(seen).toHaveLength(1);
  });
});

describe('period keys', () => {
  const year = fc.integer({ min: 1900, max: 2099 }).map(String);
  const valid = fc.oneof(
    year,
    fc.tuple(year, fc.constantFrom('H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4')).map(([y, p]) => `${y}-${p}`),
    fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  );

  it('accepts every year, half, quarter and month key', () => {
    fc.assert(fc.property(valid, (key) => periodKeySchema.safeParse(key).success));
  });

  // Valid keys are 4 or 7 characters long, so one or two more never make another valid key.
  it('refuses any key with one or two characters added', () => {
    fc.assert(
      fc.property(valid, fc.string({ minLength: 1, maxLength: 2 }), (key, junk) => !periodKeySchema.safeParse(key + junk).success),
    );
  });
});
