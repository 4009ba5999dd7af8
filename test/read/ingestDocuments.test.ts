// Documents through the real ingest handler on the local stack: the facts of a .docx are stored
// with the reader on the record, the text that was read is kept under extracted/ beside the
// original, every stored quote is found at its offsets in that text, and a scan is held back.
import { beforeAll, describe, expect, it } from 'vitest';
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { bucketLayout } from '#shared/store/tables.ts';
import { createTestResources, type TestResources } from '../support/localStack.ts';
import { lambdaContext, putUpload, sqsBatch } from '../support/s3Events.ts';
import { reportsTableReader } from '../support/reportsTable.ts';
import { gulouReport } from '../support/reportTexts.ts';
import { cjkFont, docxOf, htmlOf, scannedPdf } from './documents.ts';

let stack: TestResources;
let table: ReturnType<typeof reportsTableReader>;
let ingest: (event: SQSEvent) => Promise<SQSBatchResponse>;

beforeAll(async () => {
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  const { createIngestHandler } = await import('../../functions/ingest/handler.ts');
  const { ingestDependencies } = await import('#shared/ingest/dependencies.ts');
  stack = await createTestResources('read');
  table = reportsTableReader(stack.dynamo, stack.tableNames.Reports);
  const handler = createIngestHandler(() => ingestDependencies(stack.env));
  ingest = (event) => handler(event, lambdaContext()) as Promise<SQSBatchResponse>;
});

async function recordOf(key: string) {
  return (await table.all()).find((i) => i.sk === 'REPORT' && i.key === key && i.bucket === stack.bucket);
}

async function textAt(key: string): Promise<string> {
  const got = await stack.s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: key }));
  return (await got.Body?.transformToString('utf-8')) ?? '';
}

describe('ingesting documents', () => {
  it('stores a .docx report, records the reader and keeps the text it read under extracted/', async () => {
    const key = 'incoming/320106/2021-03/鼓楼区工作总结.docx';
    const put = await putUpload(stack.s3, stack.bucket, key, await docxOf(gulouReport({ period: '2021年3月', dibao: 4321 })));
    expect((await ingest(sqsBatch(put))).batchItemFailures).toEqual([]);

    const record = await recordOf(key);
    expect(record).toMatchObject({ state: 'stored', status: 'ok', reader: 'docx', factCount: 3 });
    expect(record?.extractedKey).toBe(`${bucketLayout.extractedPrefix}320106/2021-03/鼓楼区工作总结.docx.${record?.reportId}.txt`);
    const text = await textAt(record!.extractedKey as string);
    expect(text).toContain('城市低保对象4321人');
    const facts = await table.facts('320106', '2021-03');
    expect(facts?.facts.length).toBe(3);
    for (const f of facts!.facts as Array<{ quote: string; start: number; end: number }>) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('keeps the text of a web page too, and none for a plain .txt (the upload is its own text)', async () => {
    const htmlKey = 'incoming/320106/2021-04/工作总结.html';
    const txtKey = 'incoming/320106/2021-05/工作总结.txt';
    const html = await putUpload(stack.s3, stack.bucket, htmlKey, htmlOf(gulouReport({ period: '2021年4月', dibao: 77 })));
    const txt = await putUpload(stack.s3, stack.bucket, txtKey, gulouReport({ period: '2021年5月', dibao: 78 }));
    expect((await ingest(sqsBatch(html, txt))).batchItemFailures).toEqual([]);
    const htmlRecord = await recordOf(htmlKey);
    expect(htmlRecord).toMatchObject({ state: 'stored', reader: 'html' });
    expect(await textAt(htmlRecord!.extractedKey as string)).not.toMatch(/首页|版权所有|浏览次数/);
    const txtRecord = await recordOf(txtKey);
    expect(txtRecord).toMatchObject({ state: 'stored', reader: 'utf-8' });
    expect(txtRecord?.extractedKey).toBeUndefined();
    const listed = await stack.s3.send(new ListObjectsV2Command({ Bucket: stack.bucket, Prefix: `${bucketLayout.extractedPrefix}320106/2021-05/` }));
    expect(listed.KeyCount ?? 0).toBe(0);
  });

  it.skipIf(cjkFont() === null)('holds back a scanned PDF as no-text-layer with its reason, storing no facts', async () => {
    const key = 'incoming/320106/2021-06/扫描件.pdf';
    const put = await putUpload(stack.s3, stack.bucket, key, await scannedPdf(2));
    expect((await ingest(sqsBatch(put))).batchItemFailures).toEqual([]);
    const record = await recordOf(key);
    expect(record).toMatchObject({ state: 'held', status: 'no-text-layer', factCount: 0 });
    expect((record?.issues as Array<{ code: string }>)[0].code).toBe('no-text-layer');
    expect(await table.facts('320106', '2021-06')).toBeUndefined();
  });
});
