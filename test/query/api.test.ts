// The query API against DynamoDB Local, through the real Lambda handler with API Gateway v2 events.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSheet } from 'read-excel-file/node';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { ReportRecord, UnitPeriodFacts } from '#shared/domain/records.ts';
import { DynamoQueryStore } from '#shared/store/dynamoQueryStore.ts';
import { createQueryHandler, handler as defaultHandler } from '../../functions/query/handler.ts';
import { createTestResources, type TestResources } from '../support/localStack.ts';
import { parseCsv } from './csvParse.ts';
import {
  distributionRollup, factsItem, httpEvent, lambdaContext, putAll, reportItem, reportRecord, rollupItem, sumRollup,
} from './fixtures.ts';

let stack: TestResources;
let call: (path: string, query?: Record<string, string>) => Promise<APIGatewayProxyStructuredResultV2>;

const body = (response: APIGatewayProxyStructuredResultV2) => JSON.parse(response.body as string);

const hefeiText = '全市城乡低保对象共计12,345人，发放低保资金5.42亿元，其中"城市低保"资金\n1.2亿元。';
const hefeiFacts: UnitPeriodFacts = {
  adcode: '340100', unitName: '合肥市', level: 'prefecture', parentCode: '340000', provinceCode: '340000',
  periodKey: '2021', asOf: '2021-12', reportId: 'r-current', contentHash: 'hash-r-current',
  eventTime: '2022-01-10T08:00:00.000Z', sequencer: '00A2',
  facts: [
    { metric: 'dibao_recipients', value: 12345, unit: '人', quote: '全市城乡低保对象共计12,345人', start: 0, end: 18, confidence: 0.95 },
    { metric: 'dibao_funds', value: 542000000, unit: '元', quote: '发放低保资金5.42亿元，其中"城市低保"资金\n1.2亿元', start: 19, end: 48, confidence: 0.9, qualifier: 'approximate' },
  ],
};

// 23 held uploads, a minute apart, 8 of them for 340100; plus a current and a superseded report.
const held = Array.from({ length: 23 }, (_, i) =>
  reportRecord({
    reportId: `h${String(i).padStart(2, '0')}`,
    state: 'held',
    status: 'template',
    issues: [{ code: 'template', message: '报告含有未填写的占位符，如"XX"，请补全后重新上传' }],
    keyUnitCode: i % 3 === 0 ? '340100' : '320100',
    unit: { name: null, adcode: null, level: null, province: null, provinceCode: null },
    period: { key: null },
    receivedAt: `2022-03-01T08:${String(i).padStart(2, '0')}:00.000Z`,
  }),
);
const current = reportRecord({ reportId: 'r-current', factCount: 2, receivedAt: '2022-01-10T08:00:01.000Z', versionId: 'v2' });
const superseded = reportRecord({ reportId: 'r-old', state: 'superseded', receivedAt: '2022-01-05T08:00:01.000Z', versionId: 'v1' });

const provinces = ['110000', '320000', '340000'];

beforeAll(async () => {
  stack = await createTestResources('query');
  await putAll(stack.dynamo, stack.tableNames.Reports, [
    ...[...held, current, superseded].map(reportItem),
    factsItem(hefeiFacts),
  ]);
  await putAll(stack.dynamo, stack.tableNames.Rollups, [
    ...provinces.flatMap((p, i) => [
      rollupItem(p, '2021', sumRollup('dibao_funds', '元', 1e9 * (i + 1), 3 + i)),
      rollupItem(p, '2021', sumRollup('elderly_beds', '张', 1000 * (i + 1))),
      rollupItem(p, '2021', distributionRollup('dibao_standard_urban', '元/人/月', [700 + i, 800 + i, 900 + i])),
      { pk: `PROV#${p}#PERIOD#2021`, sk: 'SUMMARY', provinceCode: p, periodKey: '2021', coverage: { prefecturesCovered: 1 + i } },
    ]),
    rollupItem('340000', '2020', sumRollup('dibao_funds', '元', 7)),
  ]);
  const store = new DynamoQueryStore({
    client: stack.dynamo,
    reportsTableName: stack.tableNames.Reports,
    rollupsTableName: stack.tableNames.Rollups,
  });
  const handler = createQueryHandler(() => ({
    store,
    presignGet: async (bucket, key, versionId) => `https://signed.test/${bucket}/${encodeURIComponent(key)}?versionId=${versionId}`,
  }));
  call = async (path, query = {}) => (await handler(httpEvent(path, query), lambdaContext)) as APIGatewayProxyStructuredResultV2;
});

/** Follows `next` until the last page, checking every page keeps to the limit. */
async function allPages(path: string, query: Record<string, string>, limit: number) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON off the wire
  const items: any[] = [];
  let next: string | undefined;
  let pages = 0;
  do {
    const response = await call(path, { ...query, limit: String(limit), ...(next ? { next } : {}) });
    expect(response.statusCode).toBe(200);
    const page = body(response);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    next = page.next;
    pages += 1;
  } while (next && pages < 50);
  return { items, pages };
}

describe('rollups', () => {
  it('lists one province and period, metric by metric, with Chinese names', async () => {
    const response = await call('/api/rollups', { period: '2021', province: '340000' });
    expect(response.statusCode).toBe(200);
    expect(response.headers?.['content-type']).toBe('application/json; charset=utf-8');
    const { items } = body(response);
    expect(items.map((r: { metric: string }) => r.metric)).toEqual(['dibao_funds', 'dibao_standard_urban', 'elderly_beds']);
    expect(items[0]).toMatchObject({
      provinceCode: '340000', provinceName: '安徽省', periodKey: '2021', metricName: '低保资金(合计)',
      rule: 'sum', value: 3e9, unitCount: 5, unit: '元',
    });
    expect(items[1]).toMatchObject({ rule: 'distribution', min: 702, max: 902, median: 802 });
  });

  it('reads one metric across provinces in code order', async () => {
    const { items } = body(await call('/api/rollups', { period: '2021', metric: 'dibao_funds' }));
    expect(items.map((r: { provinceCode: string; value: number }) => [r.provinceCode, r.value])).toEqual([
      ['110000', 1e9], ['320000', 2e9], ['340000', 3e9],
    ]);
    const one = body(await call('/api/rollups', { period: '2021', metric: 'dibao_funds', province: '320000' }));
    expect(one.items).toHaveLength(1);
  });

  it('walks every province when neither is named, page by page, missing nothing', async () => {
    const { items, pages } = await allPages('/api/rollups', { period: '2021' }, 2);
    expect(pages).toBeGreaterThanOrEqual(5);
    const keys = items.map((r) => `${r.provinceCode}/${r.metric}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(9);
    expect(keys.slice(0, 3)).toEqual(['110000/dibao_funds', '110000/dibao_standard_urban', '110000/elderly_beds']);
  });

  it('gives all metrics of one province with its summary', async () => {
    const result = body(await call('/api/provinces/320000/rollups', { period: '2021' }));
    expect(result).toMatchObject({ provinceCode: '320000', provinceName: '江苏省', period: '2021', summary: { coverage: { prefecturesCovered: 2 } } });
    expect(result.items).toHaveLength(3);
    expect(body(await call('/api/provinces/340000/rollups', { period: '2019' }))).toMatchObject({ items: [], summary: null });
  });

  it('exports a wide .xlsx that reads back with Chinese headers and numbers as numbers', async () => {
    const response = await call('/api/rollups', { period: '2021', format: 'xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.isBase64Encoded).toBe(true);
    expect(response.headers?.['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers?.['content-disposition']).toContain('rollups-2021.xlsx');
    const bytes = Buffer.from(response.body as string, 'base64');
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const rows = await readSheet(bytes);
    expect(rows[0]).toEqual(['省份代码', '省份', '期间', '城市低保标准(元/人/月,中位数)', '低保资金(合计)(元)', '养老床位数(张)']);
    expect(rows.slice(1)).toEqual([
      ['110000', '北京市', '2021', 800, 1e9, 1000],
      ['320000', '江苏省', '2021', 801, 2e9, 2000],
      ['340000', '安徽省', '2021', 802, 3e9, 3000],
    ]);
  });

  it('exports the long layout as CSV with every statistic', async () => {
    const response = await call('/api/rollups', { period: '2021', metric: 'dibao_standard_urban', format: 'csv', layout: 'long' });
    const rows = parseCsv((response.body as string).slice(1));
    expect(rows[0].slice(0, 8)).toEqual(['省份代码', '省份', '期间', '指标代码', '指标', '计量单位', '汇总方式', '合计']);
    expect(rows[1]).toEqual(expect.arrayContaining(['110000', '城市低保标准', '分布', '700', '900', '800']));
  });
});

describe('units', () => {
  it('gives a unit\'s current facts with quotes, offsets, confidence and report', async () => {
    const { items } = body(await call('/api/units/340100/facts', { period: '2021' }));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ adcode: '340100', periodKey: '2021', reportId: 'r-current' });
    expect(items[0].facts[1]).toMatchObject({
      metric: 'dibao_funds', metricName: '低保资金(合计)', quote: hefeiFacts.facts[1].quote, start: 19, end: 48, confidence: 0.9,
    });
    expect(body(await call('/api/units/340100/facts')).items).toHaveLength(1);
  });

  it('answers 404 for a unit without facts in the period', async () => {
    const response = await call('/api/units/340100/facts', { period: '2020' });
    expect(response.statusCode).toBe(404);
    expect(body(response).error.code).toBe('facts-not-found');
  });

  it('exports facts as CSV with a BOM, Chinese headers and quotes that survive commas, quotes and line breaks', async () => {
    const response = await call('/api/units/340100/facts', { period: '2021', format: 'csv' });
    expect(response.headers?.['content-type']).toBe('text/csv; charset=utf-8');
    const csv = response.body as string;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['行政区划代码', '单位名称', '期间', '截至', '指标代码', '指标', '数值', '计量单位', '限定', '原文', '起始位置', '结束位置', '置信度', '报告编号']);
    expect(rows[2]).toEqual(['340100', '合肥市', '2021', '2021-12', 'dibao_funds', '低保资金(合计)', '542000000', '元', '约', hefeiFacts.facts[1].quote, '19', '48', '0.9', 'r-current']);
    expect(csv).toContain('"发放低保资金5.42亿元，其中""城市低保""资金\n1.2亿元"');
  });

  it('lists a unit\'s uploads, latest period first and the newest upload first within it', async () => {
    const ids = body(await call('/api/units/340100/reports')).items.map((r: ReportRecord) => r.reportId);
    expect(ids).toHaveLength(2 + held.filter((r) => r.keyUnitCode === '340100').length);
    expect(ids.slice(-2)).toEqual(['r-current', 'r-old']);
  });
});

describe('reports', () => {
  it('gives the current report with its facts and a link to its source', async () => {
    const result = body(await call('/api/reports/r-current'));
    expect(result.current).toBe(true);
    expect(result.report).toMatchObject({ reportId: 'r-current', state: 'stored', status: 'ok' });
    expect(result.report.pk).toBeUndefined();
    expect(result.facts).toHaveLength(2);
    expect(result.sourceUrl).toBe(`https://signed.test/uploads/${encodeURIComponent('incoming/340100/2021/r-current.txt')}?versionId=v2`);
  });

  it('gives a superseded report without facts, and 404 for an unknown one', async () => {
    const result = body(await call('/api/reports/r-old'));
    expect(result).toMatchObject({ current: false, facts: null, report: { state: 'superseded' } });
    const missing = await call('/api/reports/nope');
    expect(missing.statusCode).toBe(404);
    expect(body(missing).error).toEqual({ code: 'report-not-found', message: 'no report has id nope', issues: [] });
  });
});

describe('uploads', () => {
  it('pages through held uploads newest first, each exactly once', async () => {
    const { items, pages } = await allPages('/api/uploads', { status: 'held' }, 5);
    expect(pages).toBe(5);
    expect(items.map((r) => r.reportId)).toEqual(held.map((r) => r.reportId).reverse());
    expect(items[0].issues[0].code).toBe('template');
  });

  it('keeps one unit\'s uploads across pages even when the filter drops most of a page', async () => {
    const { items } = await allPages('/api/uploads', { status: 'held', unit: '340100' }, 3);
    expect(items.map((r) => r.reportId)).toEqual(held.filter((r) => r.keyUnitCode === '340100').map((r) => r.reportId).reverse());
  });

  it('gives the same sequence whatever the page size', async () => {
    const everything = held.map((r) => r.reportId).reverse();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 30 }), async (limit) => {
        const { items } = await allPages('/api/uploads', { status: 'held' }, limit);
        expect(items.map((r) => r.reportId)).toEqual(everything);
      }),
      { numRuns: 8 },
    );
  });

  it('refuses another query\'s cursor', async () => {
    const { next } = body(await call('/api/uploads', { status: 'held', limit: '2' }));
    const response = await call('/api/uploads', { status: 'stored', next });
    expect(response.statusCode).toBe(400);
    expect(body(response).error.code).toBe('bad-cursor');
  });

  it('exports every page as CSV unless a limit is given', async () => {
    const all = parseCsv((await call('/api/uploads', { status: 'held', format: 'csv' })).body!.slice(1));
    expect(all).toHaveLength(24);
    expect(all[0].slice(0, 3)).toEqual(['报告编号', '上传状态', '提取状态']);
    expect(all[1].slice(0, 2)).toEqual(['h22', '暂扣']);
    const some = await call('/api/uploads', { status: 'held', format: 'csv', limit: '4' });
    expect(parseCsv(some.body!.slice(1))).toHaveLength(5);
    expect(some.headers?.['x-next-cursor']).toBeTruthy();
  });
});

describe('catalogue', () => {
  it('lists the metrics with their Chinese names', async () => {
    const { metrics } = body(await call('/api/catalogue'));
    expect(metrics.find((m: { id: string }) => m.id === 'dibao_funds')).toMatchObject({ zh: '低保资金(合计)', unit: '元' });
  });
});

describe('the deployed handler', () => {
  it('reads its tables from the environment and links to an object S3 will serve', async () => {
    Object.assign(process.env, stack.env);
    const key = 'incoming/340100/2021/合肥市 2021年 工作报告.txt';
    await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: hefeiText }));
    await putAll(stack.dynamo, stack.tableNames.Reports, [reportItem(reportRecord({ reportId: 'r-real', bucket: stack.bucket, key, versionId: null }))]);
    const response = (await defaultHandler(httpEvent('/api/reports/r-real'), lambdaContext)) as APIGatewayProxyStructuredResultV2;
    expect(response.statusCode).toBe(200);
    const { sourceUrl } = body(response);
    expect(sourceUrl).toContain('X-Amz-Signature=');
    const download = await fetch(sourceUrl);
    expect(download.status).toBe(200);
    expect(await download.text()).toBe(hefeiText);
  });

  it('answers 404 for a code no division has when nothing is stored under it', async () => {
    const unknown = (await defaultHandler(httpEvent('/api/units/341400/reports'), lambdaContext)) as APIGatewayProxyStructuredResultV2;
    expect(unknown.statusCode).toBe(404);
    expect(body(unknown).error.code).toBe('unit-not-found');
    const quiet = (await defaultHandler(httpEvent('/api/units/340200/reports'), lambdaContext)) as APIGatewayProxyStructuredResultV2;
    expect(quiet.statusCode).toBe(200);
    expect(body(quiet).items).toEqual([]);
  });
});
