// The query API reads what the real writers write: ingest's report store (records, current facts)
// and the rollup job's store, so a change to either layout shows up here.
import { beforeAll, describe, expect, it } from 'vitest';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { UnitPeriodFacts } from '#shared/domain/records.ts';
import { divisions } from '#shared/divisions/divisions.ts';
import type { CurrentFacts, IngestRecord } from '#shared/ingest/ports.ts';
import { rollupProvince } from '#shared/rollup/rollupProvince.ts';
import { DynamoQueryStore } from '#shared/store/dynamoQueryStore.ts';
import { dynamoRollupStore } from '#shared/store/dynamoRollupStore.ts';
import { dynamoReportStore } from '#shared/store/dynamoReportStore.ts';
import { createQueryHandler } from '../../functions/query/handler.ts';
import { createTestResources, type TestResources } from '../support/localStack.ts';
import { httpEvent, lambdaContext, reportRecord } from './fixtures.ts';

let stack: TestResources;
let call: (path: string, query?: Record<string, string>) => Promise<APIGatewayProxyStructuredResultV2>;
const body = (r: APIGatewayProxyStructuredResultV2) => JSON.parse(r.body as string);

const facts = (adcode: string, unitName: string, reportId: string, value: number): CurrentFacts => ({
  adcode, unitName, level: 'prefecture', parentCode: '340000', provinceCode: '340000', periodKey: '2021',
  reportId, contentHash: `hash-${reportId}`, eventTime: '2022-01-10T08:00:00.000Z', sequencer: '00000A1',
  objectKey: `incoming/${adcode}/2021/${reportId}.txt`,
  facts: [{ metric: 'dibao_funds', value, unit: '元', quote: `低保资金${value}元`, start: 0, end: 12, confidence: 0.9 }],
});

beforeAll(async () => {
  stack = await createTestResources('query-writers');
  const store = new DynamoQueryStore({ client: stack.dynamo, reportsTableName: stack.tableNames.Reports, rollupsTableName: stack.tableNames.Rollups });
  const handler = createQueryHandler(() => ({
    store,
    presignGet: async (bucket, key) => `https://signed.test/${bucket}/${key}`,
    isKnownUnit: (adcode) => divisions().get(adcode) !== undefined,
  }));
  call = async (path, query = {}) => (await handler(httpEvent(path, query), lambdaContext)) as APIGatewayProxyStructuredResultV2;
});

describe('against ingest\'s report store', () => {
  it('shows a stored report with its facts, and a held one among the held', async () => {
    const reports = dynamoReportStore({ client: stack.dynamo, tableName: stack.tableNames.Reports });
    const stored: IngestRecord = reportRecord({ reportId: 'w-stored', factCount: 1 });
    expect(await reports.saveCurrent(stored, facts('340100', '合肥市', 'w-stored', 100), undefined)).toEqual({ kind: 'saved' });
    const held: IngestRecord = { ...reportRecord({ reportId: 'w-held', state: 'held', status: 'template', keyUnitCode: '340200' }), heldKey: 'held/x.txt' };
    expect(await reports.saveRecord(held)).toEqual({ kind: 'saved' });

    const detail = body(await call('/api/reports/w-stored'));
    expect(detail).toMatchObject({ current: true, report: { reportId: 'w-stored', state: 'stored' } });
    expect(detail.facts).toEqual([expect.objectContaining({ metric: 'dibao_funds', value: 100, metricName: '低保资金(合计)' })]);
    const current = body(await call('/api/units/340100/facts', { period: '2021' })).items[0];
    expect(current.sequencerSort).toBeUndefined();
    expect(current.reportId).toBe('w-stored');
    expect(body(await call('/api/uploads', { status: 'held' })).items.map((r: { reportId: string }) => r.reportId)).toEqual(['w-held']);
    expect(body(await call('/api/uploads', { status: 'held', unit: '340200' })).items).toHaveLength(1);
    expect(body(await call('/api/units/340100/reports')).items.map((r: { reportId: string }) => r.reportId)).toEqual(['w-stored']);
  });
});

describe('against the rollup store', () => {
  it('lists what the rollup job wrote, with its summary and the figures in an export', async () => {
    const unitFacts: UnitPeriodFacts[] = [facts('340100', '合肥市', 'a', 100), facts('340200', '芜湖市', 'b', 250)];
    const rollup = rollupProvince({ provinceCode: '340000', periodKey: '2021', unitFacts, divisions: divisions() });
    const rollups = dynamoRollupStore({ client: stack.dynamo, reportsTableName: stack.tableNames.Reports, rollupsTableName: stack.tableNames.Rollups });
    expect(await rollups.writeRollup(rollup, { sourceVersion: 'v1', computedAt: '2022-02-01T00:00:00.000Z' })).toBe('written');

    const province = body(await call('/api/provinces/340000/rollups', { period: '2021' }));
    expect(province.summary).toMatchObject({ coverage: { prefecturesReporting: 2 } });
    expect(province.items).toEqual([
      expect.objectContaining({
        metric: 'dibao_funds', rule: 'sum', value: 350, unitCount: 2, computedAt: '2022-02-01T00:00:00.000Z',
        extra: expect.objectContaining({ contributions: expect.any(Array) }),
      }),
    ]);
    expect(body(await call('/api/rollups', { period: '2021', metric: 'dibao_funds' })).items).toHaveLength(1);
    const csv = (await call('/api/rollups', { period: '2021', format: 'csv' })).body as string;
    expect(csv).toBe('\uFEFF省份代码,省份,期间,低保资金(合计)(元)\r\n340000,安徽省,2021,350\r\n');
  });
});
