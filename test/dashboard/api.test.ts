// The dashboard's API on the local stack, over HTTP as `npm start` serves it: the same rollup
// numbers as the query API's own use case, exports Excel opens, review decisions that change the
// next rollup, the static assets and the local upload route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleQuery } from '#shared/query/http.ts';
import { startDashboardStack, type DashboardStack } from './dashboardStack.ts';
import { seedUnits } from './seedData.ts';
import { templateReport } from '../support/reportTexts.ts';

let stack: DashboardStack;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON off the wire
type Json = any;

const get = async (path: string) => {
  const response = await fetch(`${stack.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Json };
};
const post = async (path: string, value: unknown) => {
  const response = await fetch(`${stack.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
  return { status: response.status, body: (await response.json()) as Json };
};
const dibaoTotal = async (province: string) =>
  (await get(`/api/rollups?period=2021&province=${province}&metric=dibao_recipients`)).body.items[0]?.value;

beforeAll(async () => {
  stack = await startDashboardStack('dash-api');
  await stack.seed(seedUnits);
  await stack.rollup();
});

afterAll(async () => {
  await stack?.stop();
});

describe('dashboard API', () => {
  it('gives the same rollup numbers over HTTP, through handleQuery and in the overview', async () => {
    const http = (await get('/api/rollups?period=2021&metric=dibao_recipients')).body;
    const direct = await handleQuery(stack.queryDeps, { method: 'GET', path: '/api/rollups', query: { period: '2021', metric: 'dibao_recipients' } });
    expect(JSON.parse(direct.body as string)).toEqual(http);
    const byProvince = Object.fromEntries(http.items.map((i: { provinceCode: string; value: number }) => [i.provinceCode, i.value]));
    expect(byProvince).toEqual({ '320000': 20000, '340000': 17345 });

    const overview = (await get('/api/overview?period=2021&metric=dibao_recipients')).body;
    expect(overview.metricName).toBe('城乡低保对象(合计)');
    expect(overview.items.map((i: { provinceName: string; figure: number; unitCount: number }) => [i.provinceName, i.figure, i.unitCount])).toEqual([
      ['江苏省', 20000, 1],
      ['安徽省', 17345, 2],
    ]);
    const anhui = overview.items.find((i: { provinceCode: string }) => i.provinceCode === '340000');
    expect(anhui.coverage).toMatchObject({ prefecturesReporting: 2, prefecturesTotal: 16 });
  });

  it('exports CSV with a byte-order mark and Chinese headers', async () => {
    const response = await fetch(`${stack.url}/api/rollups?period=2021&metric=dibao_recipients&format=csv`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toBe('\uFEFF省份代码,省份,期间,城乡低保对象(合计)(人)');
    expect(text).toContain('340000,安徽省,2021,17345');
  });

  it('lists periods, a province\'s units with their facts, and low-confidence facts for review', async () => {
    expect((await get('/api/periods')).body.periods).toEqual([{ periodKey: '2021', provinces: ['320000', '340000'] }]);
    const units = (await get('/api/provinces/340000/units?period=2021')).body;
    expect(units.units.map((u: { unitName: string }) => u.unitName)).toEqual(['合肥市', '芜湖市']);
    expect(units.units[0].facts[0]).toMatchObject({ metricName: '城乡低保对象(合计)', quote: '全市城乡低保对象共计12,345人' });
    const reviews = (await get('/api/reviews?period=2021')).body.items;
    expect(reviews.map((r: { unitName: string; fact: { metric: string } }) => [r.unitName, r.fact.metric])).toEqual([
      ['合肥市', 'elderly_beds'],
      ['芜湖市', 'dibao_recipients'],
    ]);
  });

  it('a rejected figure leaves the next rollup; confirming it again brings it back; who and when are kept', async () => {
    expect(await dibaoTotal('340000')).toBe(17345);
    const rejected = await post('/api/reviews', { reportId: 'r-wuhu', metric: 'dibao_recipients', decision: 'reject', reviewer: '王分析员' });
    expect(rejected.status).toBe(201);
    expect(rejected.body).toMatchObject({ decision: 'reject', reviewer: '王分析员', adcode: '340200', provinceCode: '340000' });
    expect(Date.parse(rejected.body.decidedAt)).toBeGreaterThan(Date.now() - 60_000);
    // Not before the rollup runs: the decision marks the partition, the rollup applies it.
    expect(await dibaoTotal('340000')).toBe(17345);
    await stack.rollup();
    expect(await dibaoTotal('340000')).toBe(12345);
    expect(await dibaoTotal('320000')).toBe(20000);

    const confirmed = await post('/api/reviews', { reportId: 'r-wuhu', metric: 'dibao_recipients', decision: 'confirm', reviewer: '李审核' });
    expect(confirmed.body.history.map((h: { decision: string; reviewer: string }) => [h.decision, h.reviewer])).toEqual([
      ['reject', '王分析员'],
      ['confirm', '李审核'],
    ]);
    await stack.rollup();
    expect(await dibaoTotal('340000')).toBe(17345);
    const listed = (await get('/api/reviews?period=2021&province=340000')).body.items;
    expect(listed.find((r: { reportId: string }) => r.reportId === 'r-wuhu').decision).toMatchObject({ decision: 'confirm', reviewer: '李审核' });
  });

  it('refuses decisions it cannot apply', async () => {
    expect((await post('/api/reviews', { reportId: 'r-wuhu', metric: 'dibao_recipients', decision: 'maybe', reviewer: 'x' })).status).toBe(400);
    expect((await post('/api/reviews', { reportId: 'r-wuhu', metric: 'dibao_recipients', decision: 'reject', reviewer: ' ' })).status).toBe(400);
    expect((await post('/api/reviews', { reportId: 'r-wuhu', metric: 'dibao_funds', decision: 'reject', reviewer: 'x' })).body.error.code).toBe('no-such-fact');
    expect((await post('/api/reviews', { reportId: 'nope', metric: 'dibao_recipients', decision: 'reject', reviewer: 'x' })).status).toBe(404);
    const bad = await fetch(`${stack.url}/api/reviews`, { method: 'POST', body: 'not json', headers: { 'content-type': 'text/plain' } });
    expect(bad.status).toBe(400);
    expect((await fetch(`${stack.url}/api/reviews?period=2021`, { method: 'DELETE' })).status).toBe(405);
  });

  it('serves the dashboard and ECharts with their content types', async () => {
    const index = await fetch(`${stack.url}/`);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('民政工作报告数据');
    const app = await fetch(`${stack.url}/dashboard/app.js`);
    expect(app.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const echarts = await fetch(`${stack.url}/dashboard/vendor/echarts.min.js`);
    expect(echarts.status).toBe(200);
    expect((await echarts.text()).length).toBeGreaterThan(500_000);
    expect((await fetch(`${stack.url}/dashboard/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${stack.url}/dashboard/nothing.js`)).status).toBe(404);
  });

  it('hands out a local upload form and ingests what is posted to it', async () => {
    const form = (await get('/api/upload-form?unit=320106&period=2021')).body;
    expect(form).toMatchObject({ mode: 'local', url: '/api/local-upload', keyPrefix: 'incoming/320106/2021/' });
    const name = '鼓楼区 模板.txt';
    const put = await fetch(`${stack.url}/api/local-upload?${new URLSearchParams({ unit: '320106', period: '2021', name })}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: templateReport(),
    });
    expect(put.status).toBe(201);
    await new Promise((r) => setTimeout(r, 50));
    await stack.bridge.drain();
    const held = (await get('/api/uploads?status=held')).body.items;
    expect(held.map((r: { key: string }) => r.key)).toContain(`incoming/320106/2021/${name}`);
    const escape = await fetch(`${stack.url}/api/local-upload?unit=320106&period=2021&name=..%2F..%2Fx`, { method: 'POST', body: 'x' });
    expect(escape.status).toBe(400);
  });
});
