// Items in the documented layout of shared/store/tables.ts, written straight through the
// DocumentClient so these tests do not wait on the ingest and rollup writers.
import { localLambdaContext } from '../../local/lambdaContext.ts';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { ReportRecord, UnitPeriodFacts } from '#shared/domain/records.ts';

export function reportRecord(overrides: Partial<ReportRecord> & { reportId: string }): ReportRecord {
  return {
    bucket: 'uploads',
    key: `incoming/340100/2021/${overrides.reportId}.txt`,
    versionId: null,
    contentHash: `hash-${overrides.reportId}`,
    size: 1024,
    keyUnitCode: '340100',
    keyPeriodKey: '2021',
    state: 'stored',
    status: 'ok',
    issues: [],
    unit: { name: '合肥市', adcode: '340100', level: 'prefecture', province: '安徽省', provinceCode: '340000' },
    period: { key: '2021' },
    factCount: 0,
    eventTime: '2022-01-10T08:00:00.000Z',
    sequencer: '00A1',
    receivedAt: '2022-01-10T08:00:01.000Z',
    ...overrides,
  };
}

export function reportItem(record: ReportRecord): Record<string, unknown> {
  const adcode = record.unit.adcode ?? record.keyUnitCode;
  const period = record.period.key ?? record.keyPeriodKey ?? 'unknown';
  return {
    pk: `REPORT#${record.reportId}`,
    sk: 'REPORT',
    gsi2pk: `STATUS#${record.state}`,
    gsi2sk: `${record.receivedAt}#${record.reportId}`,
    ...(adcode ? { gsi3pk: `UNIT#${adcode}`, gsi3sk: `${period}#${record.receivedAt}#${record.reportId}` } : {}),
    ...record,
  };
}

export function factsItem(facts: UnitPeriodFacts): Record<string, unknown> {
  return {
    pk: `UNIT#${facts.adcode}`,
    sk: `PERIOD#${facts.periodKey}`,
    gsi1pk: `PROV#${facts.provinceCode}#PERIOD#${facts.periodKey}`,
    gsi1sk: facts.adcode,
    ...facts,
  };
}

/** A rollup item as shared/rollup's MetricRollup, beside province, period and computation time. */
export function rollupItem(provinceCode: string, periodKey: string, rollup: Record<string, unknown> & { metric: string }) {
  return {
    pk: `PROV#${provinceCode}#PERIOD#${periodKey}`,
    sk: `METRIC#${rollup.metric}`,
    gsi1pk: `METRIC#${rollup.metric}#PERIOD#${periodKey}`,
    gsi1sk: provinceCode,
    provinceCode,
    periodKey,
    computedAt: '2022-02-01T00:00:00.000Z',
    ...rollup,
  };
}

export const sumRollup = (metric: string, unit: string, total: number, contributingUnits = 2) => ({
  rule: 'sum',
  metric,
  unit,
  total,
  totalDecimal: String(total),
  contributingUnits,
  reportingUnits: contributingUnits,
  contributions: [],
  partialPrefectures: [],
  containedCounties: [],
  qualifiedContributions: 0,
});

export const distributionRollup = (metric: string, unit: string, values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    rule: 'distribution',
    metric,
    unit,
    min: sorted[0],
    max: sorted[sorted.length - 1],
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    median: sorted[Math.floor(sorted.length / 2)],
    contributingUnits: values.length,
    units: [],
  };
};

export async function putAll(client: DynamoDBDocumentClient, table: string, items: Record<string, unknown>[]) {
  for (let i = 0; i < items.length; i += 25) {
    let requests: Record<string, unknown>[] | undefined = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    while (requests?.length) {
      const out = await client.send(new BatchWriteCommand({ RequestItems: { [table]: requests as never } }));
      requests = out.UnprocessedItems?.[table] as Record<string, unknown>[] | undefined;
    }
  }
}

export function httpEvent(path: string, query: Record<string, string> = {}, method = 'GET'): APIGatewayProxyEventV2 {
  const rawQueryString = new URLSearchParams(query).toString();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString,
    headers: { host: 'api.example.test', 'user-agent': 'vitest' },
    ...(rawQueryString ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: 'api.example.test',
      domainPrefix: 'api',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      requestId: 'req-1',
      routeKey: '$default',
      stage: '$default',
      time: '10/Jan/2022:08:00:00 +0000',
      timeEpoch: 1641801600000,
    },
    isBase64Encoded: false,
  };
}

export const lambdaContext = localLambdaContext('minzheng-query', 10_000, 256);

