// The real ingest handler (middy, Powertools batch/parser, the real extractor) against DynamoDB
// Local and a local S3, fed SQS batches built from real puts.
import { beforeAll, describe, expect, it } from 'vitest';
import { GetObjectCommand, GetObjectTaggingCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { MiddlewareHook } from '#shared/aws/clients.ts';
import { ingestQueueSizing } from '#shared/aws/clientConfig.ts';
import type { IngestDependencyOptions } from '#shared/ingest/dependencies.ts';
import { createTestResources, type TestResources } from '../support/localStack.ts';
import { lambdaContext, putUpload, sqsBatch, sqsRecord, s3EventRecord } from '../support/s3Events.ts';
import { reportsTableReader } from '../support/reportsTable.ts';
import { gulouReport, templateReport } from '../support/reportTexts.ts';

let stack: TestResources;
let table: ReturnType<typeof reportsTableReader>;
let createIngestHandler: typeof import('../../functions/ingest/handler.ts').createIngestHandler;
let ingestDependencies: typeof import('#shared/ingest/dependencies.ts').ingestDependencies;

beforeAll(async () => {
  // Before the handler module builds its Logger and Metrics: keep test output readable.
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  ({ createIngestHandler } = await import('../../functions/ingest/handler.ts'));
  ({ ingestDependencies } = await import('#shared/ingest/dependencies.ts'));
  stack = await createTestResources('ingest');
  table = reportsTableReader(stack.dynamo, stack.tableNames.Reports);
});

function ingest(event: SQSEvent, options: IngestDependencyOptions = {}): Promise<SQSBatchResponse> {
  const handler = createIngestHandler(() => ingestDependencies(stack.env, options));
  return handler(event, lambdaContext()) as Promise<SQSBatchResponse>;
}

/** Each test files under its own month so tests do not see each other's current facts. */
let periodCounter = 0;
const freshMonth = () => {
  const n = periodCounter++;
  return `${2010 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};
/** 2013-04 → 2013年4月, as the report text writes the period. */
const inWords = (period: string) => `${period.slice(0, 4)}年${Number(period.slice(5))}月`;

async function recordOf(bucket: string, key: string) {
  const all = await table.all();
  return all.filter((i) => i.sk === 'REPORT' && i.key === key && i.bucket === bucket);
}

const commandCounter = (name: string) => {
  const seen = { count: 0 };
  const hook: MiddlewareHook = (stack) =>
    (stack as { add: (mw: unknown, options: unknown) => void }).add(
      (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
        if (context.commandName === name) seen.count++;
        return next(args);
      },
      { step: 'initialize', name: `count-${name}` },
    );
  return { seen, hook };
};

/** DynamoDB refuses every transaction, as under a throttling burst that outlasts the SDK's retries. */
const throttleTransactions: MiddlewareHook = (s) =>
  (s as { add: (mw: unknown, options: unknown) => void }).add(
    (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
      if (context.commandName === 'TransactWriteItemsCommand') {
        throw new ProvisionedThroughputExceededException({ message: 'injected throttle', $metadata: { httpStatusCode: 400 } });
      }
      return next(args);
    },
    { step: 'initialize', name: 'injectThrottle' },
  );

describe('ingest handler', () => {
  it('stores the facts of a good report, marks its province and period, and keeps the upload', async () => {
    const key = 'incoming/320106/2021-H1/鼓楼区 2021年上半年 工作总结.txt';
    const put = await putUpload(stack.s3, stack.bucket, key, gulouReport({ period: '2021年上半年', asOf: '2021年6月底', dibao: 1234 }));
    expect(put.s3.object.key).toContain('+'); // the event carries the key as S3 encodes it

    const response = await ingest(sqsBatch(put));
    expect(response.batchItemFailures).toEqual([]);

    const [record] = await recordOf(stack.bucket, key);
    expect(record).toMatchObject({ state: 'stored', status: 'ok', keyUnitCode: '320106', keyPeriodKey: '2021-H1', factCount: 3 });
    expect(record.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const facts = await table.facts('320106', '2021-H1');
    expect(facts).toMatchObject({ reportId: record.reportId, provinceCode: '320000', unitName: '鼓楼区', asOf: '2021-06' });
    expect(facts?.facts.find((f: { metric: string }) => f.metric === 'dibao_recipients_urban')?.value).toBe(1234);
    expect(facts?.gsi1pk).toBe('PROV#320000#PERIOD#2021-H1');
    expect(await table.dirty('320000', '2021-H1')).toMatchObject({ provinceCode: '320000', periodKey: '2021-H1', version: 1 });
    expect((await table.byState('stored')).map((i) => i.reportId)).toContain(record.reportId);
    await expect(stack.s3.send(new HeadObjectCommand({ Bucket: stack.bucket, Key: key }))).resolves.toBeTruthy();
  });

  it('holds back a template with its reason, tags it and copies it under held/', async () => {
    const period = freshMonth();
    const key = `incoming/320106/${period}/模板.txt`;
    const put = await putUpload(stack.s3, stack.bucket, key, templateReport());
    expect((await ingest(sqsBatch(put))).batchItemFailures).toEqual([]);

    const [record] = await recordOf(stack.bucket, key);
    expect(record).toMatchObject({ state: 'held', status: 'template', heldKey: `held/320106/${period}/模板.txt` });
    expect(record.issues.length).toBeGreaterThan(0);
    expect(await table.facts('320106', period)).toBeUndefined();
    const copy = await stack.s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: record.heldKey }));
    expect(await copy.Body?.transformToString()).toBe(templateReport());
    await expect(stack.s3.send(new HeadObjectCommand({ Bucket: stack.bucket, Key: key }))).resolves.toBeTruthy();
    // s3rver 3.7 does tag; the `unsupported` path is for stores that answer NotImplemented.
    expect(record.tagged).toBe(true);
    const tags = await stack.s3.send(new GetObjectTaggingCommand({ Bucket: stack.bucket, Key: key }));
    expect(tags.TagSet).toEqual(
      expect.arrayContaining([
        { Key: 'minzheng-status', Value: 'held' },
        { Key: 'minzheng-reason', Value: record.issues[0].code },
      ]),
    );
    expect((await table.byState('held')).map((i) => i.reportId)).toContain(record.reportId);
  });

  it('records the same bytes uploaded again as a duplicate and changes nothing else', async () => {
    const period = freshMonth();
    const text = gulouReport({ period: inWords(period), dibao: 77 });
    const first = await putUpload(stack.s3, stack.bucket, `incoming/320106/${period}/a.txt`, text);
    await ingest(sqsBatch(first));
    const factsBefore = await table.facts('320106', period);
    const dirtyBefore = await table.dirty('320000', period);
    const again = await putUpload(stack.s3, stack.bucket, `incoming/320106/${period}/a（再次上传）.txt`, text);
    expect((await ingest(sqsBatch(again))).batchItemFailures).toEqual([]);

    const [second] = await recordOf(stack.bucket, `incoming/320106/${period}/a（再次上传）.txt`);
    expect(second).toMatchObject({ state: 'duplicate', duplicateOf: factsBefore?.reportId });
    expect(await table.facts('320106', period)).toEqual(factsBefore);
    expect(await table.dirty('320000', period)).toEqual(dirtyBefore);
  });

  it('changes nothing when the same event is delivered again', async () => {
    const period = freshMonth();
    const put = await putUpload(stack.s3, stack.bucket, `incoming/320106/${period}/r.txt`, gulouReport({ period: inWords(period), dibao: 5 }));
    const held = await putUpload(stack.s3, stack.bucket, `incoming/320106/${period}/t.txt`, templateReport());
    await ingest(sqsBatch(put, held));
    const before = await table.all();
    const response = await ingest(sqsBatch(put, held));
    expect(response.batchItemFailures).toEqual([]);
    expect(await table.all()).toEqual(before);
  });

  it('lets a corrected report supersede the earlier one', async () => {
    const period = freshMonth();
    const month = inWords(period);
    const v1 = await putUpload(stack.s3, stack.bucket, `incoming/320106/${period}/报告.txt`, gulouReport({ period: month, dibao: 100 }));
    await ingest(sqsBatch(v1));
    const v2 = await putUpload(stack.s3, stack.bucket, `incoming/320106/${period}/报告（更正）.txt`, gulouReport({ period: month, dibao: 101 }));
    await ingest(sqsBatch(v2));

    const [first] = await recordOf(stack.bucket, `incoming/320106/${period}/报告.txt`);
    const [second] = await recordOf(stack.bucket, `incoming/320106/${period}/报告（更正）.txt`);
    expect(second.state).toBe('stored');
    expect(first).toMatchObject({ state: 'superseded', supersededBy: second.reportId, gsi2pk: 'STATUS#superseded' });
    const facts = await table.facts('320106', period);
    expect(facts?.reportId).toBe(second.reportId);
    expect(facts?.facts.find((f: { metric: string }) => f.metric === 'dibao_recipients_urban')?.value).toBe(101);
    expect((await table.dirty('320000', period))?.version).toBe(2);
  });

  it('keeps the newer report when events arrive out of order', async () => {
    const period = freshMonth();
    const month = inWords(period);
    const older = await putUpload(stack.s3, stack.bucket, `incoming/320106/${period}/初稿.txt`, gulouReport({ period: month, dibao: 1 }), {
      eventTime: '2022-01-10T08:00:00.000Z',
    });
    const newer = await putUpload(stack.s3, stack.bucket, `incoming/320106/${period}/定稿.txt`, gulouReport({ period: month, dibao: 2 }), {
      eventTime: '2022-01-10T09:00:00.000Z',
    });
    await ingest(sqsBatch(newer));
    await ingest(sqsBatch(older));

    const [olderRecord] = await recordOf(stack.bucket, `incoming/320106/${period}/初稿.txt`);
    const [newerRecord] = await recordOf(stack.bucket, `incoming/320106/${period}/定稿.txt`);
    expect(newerRecord.state).toBe('stored');
    expect(olderRecord).toMatchObject({ state: 'superseded', supersededBy: newerRecord.reportId });
    expect((await table.facts('320106', period))?.reportId).toBe(newerRecord.reportId);
  });

  it('leaves exactly one current report, the newer, when two versions are processed at once', async () => {
    for (let round = 0; round < 4; round++) {
      const period = freshMonth();
      const month = inWords(period);
      const older = await putUpload(stack.s3, stack.bucket, `incoming/320106/${period}/v1.txt`, gulouReport({ period: month, dibao: 10 }), {
        eventTime: '2022-02-01T00:00:00.000Z',
      });
      const newer = await putUpload(stack.s3, stack.bucket, `incoming/320106/${period}/v2.txt`, gulouReport({ period: month, dibao: 20 }), {
        eventTime: '2022-02-01T00:00:00.001Z',
      });
      // Separate invocations racing, and (every other round) both in one batch processed in parallel.
      const responses =
        round % 2 === 0
          ? await Promise.all([ingest(sqsBatch(older)), ingest(sqsBatch(newer))])
          : [await ingest(sqsBatch(newer, older))];
      for (const r of responses) expect(r.batchItemFailures).toEqual([]);

      const [v1] = await recordOf(stack.bucket, `incoming/320106/${period}/v1.txt`);
      const [v2] = await recordOf(stack.bucket, `incoming/320106/${period}/v2.txt`);
      expect(v2.state).toBe('stored');
      expect(v1.state).toBe('superseded');
      expect((await table.facts('320106', period))?.reportId).toBe(v2.reportId);
    }
  });

  it('reports a throttled write as a batch item failure and leaves nothing half-written', async () => {
    const period = freshMonth();
    const key = `incoming/320106/${period}/限流.txt`;
    const put = await putUpload(stack.s3, stack.bucket, key, gulouReport({ period: inWords(period), dibao: 9 }));
    const batch = sqsBatch(put);
    const response = await ingest(batch, { dynamo: { middleware: [throttleTransactions] } });
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: batch.Records[0].messageId }]);
    expect(await recordOf(stack.bucket, key)).toEqual([]);
    expect(await table.facts('320106', period)).toBeUndefined();
    expect(await table.dirty('320000', period)).toBeUndefined();

    // The redelivery, with DynamoDB healthy again, stores it.
    expect((await ingest(batch)).batchItemFailures).toEqual([]);
    expect((await recordOf(stack.bucket, key))[0].state).toBe('stored');
  });

  it('records an upload whose last delivery fails as dead-lettered, and lets a redrive store it', async () => {
    const period = freshMonth();
    const key = `incoming/320106/${period}/死信.txt`;
    const put = await putUpload(stack.s3, stack.bucket, key, gulouReport({ period: inWords(period), dibao: 4 }));
    const lastDelivery = sqsRecord({ Records: [put] });
    lastDelivery.attributes.ApproximateReceiveCount = String(ingestQueueSizing.maxReceiveCount);

    const failed = await ingest({ Records: [lastDelivery] }, { dynamo: { middleware: [throttleTransactions] } });
    expect(failed.batchItemFailures).toEqual([{ itemIdentifier: lastDelivery.messageId }]);
    const [deadLettered] = await recordOf(stack.bucket, key);
    expect(deadLettered).toMatchObject({ state: 'dead-lettered', keyUnitCode: '320106', keyPeriodKey: period });
    expect(deadLettered.issues[0].message).toContain('injected throttle');
    expect((await table.byState('dead-lettered')).map((i) => i.reportId)).toContain(deadLettered.reportId);
    expect(await table.facts('320106', period)).toBeUndefined();

    // An operator redrives the message from the dead-letter queue.
    expect((await ingest({ Records: [lastDelivery] })).batchItemFailures).toEqual([]);
    const [redriven] = await recordOf(stack.bucket, key);
    expect(redriven).toMatchObject({ reportId: deadLettered.reportId, state: 'stored', gsi2pk: 'STATUS#stored' });
    expect((await table.byState('dead-lettered')).map((i) => i.reportId)).not.toContain(deadLettered.reportId);
    expect((await table.facts('320106', period))?.reportId).toBe(deadLettered.reportId);
  });

  it.each([
    ['a 5-digit adcode', 'incoming/32010/2021/a.txt'],
    ['a key outside incoming/', 'uploads/320106/2021/a.txt'],
    ['a month 13', 'incoming/320106/2021-13/a.txt'],
  ])('holds back %s as bad-key, recorded and copied', async (_, key) => {
    const put = await putUpload(stack.s3, stack.bucket, key, gulouReport({ period: '2021年', dibao: 3 }));
    expect((await ingest(sqsBatch(put))).batchItemFailures).toEqual([]);
    const [record] = await recordOf(stack.bucket, key);
    expect(record).toMatchObject({ state: 'held', status: 'rejected' });
    expect(record.issues[0].code).toBe('bad-key');
    await expect(stack.s3.send(new HeadObjectCommand({ Bucket: stack.bucket, Key: record.heldKey }))).resolves.toBeTruthy();
  });

  it('holds back an unknown unit code, and names the current code for a former one', async () => {
    const unknown = await putUpload(stack.s3, stack.bucket, 'incoming/999999/2021/a.txt', gulouReport({ period: '2021年', dibao: 3 }));
    const former = await putUpload(stack.s3, stack.bucket, 'incoming/320684/2021/海门.txt', '海门市民政局2021年工作总结\n全市共有城市低保对象12人。');
    await ingest(sqsBatch(unknown, former));
    const [u] = await recordOf(stack.bucket, 'incoming/999999/2021/a.txt');
    const [f] = await recordOf(stack.bucket, 'incoming/320684/2021/海门.txt');
    expect(u.issues[0].code).toBe('unknown-unit');
    expect(f.issues[0]).toMatchObject({ code: 'unknown-unit' });
    expect(f.issues[0].message).toContain('320614');
  });

  it('holds back a report whose text names another unit or another period, naming both', async () => {
    const period = freshMonth();
    const other = await putUpload(
      stack.s3,
      stack.bucket,
      `incoming/320106/${period}/玄武.txt`,
      gulouReport({ unit: '南京市玄武区', period: inWords(period), dibao: 3 }),
    );
    const lastYear = await putUpload(stack.s3, stack.bucket, 'incoming/320106/2021/去年.txt', gulouReport({ period: '2020年', dibao: 3 }));
    await ingest(sqsBatch(other, lastYear));
    const [unit] = await recordOf(stack.bucket, `incoming/320106/${period}/玄武.txt`);
    const [year] = await recordOf(stack.bucket, 'incoming/320106/2021/去年.txt');
    const unitIssue = unit.issues.find((i: { code: string }) => i.code === 'unit-mismatch');
    expect(unit.state).toBe('held');
    expect(unitIssue.message).toContain('玄武区');
    expect(unitIssue.message).toContain('鼓楼区');
    const periodIssue = year.issues.find((i: { code: string }) => i.code === 'period-mismatch');
    expect(year.state).toBe('held');
    expect(periodIssue.message).toContain('2020');
    expect(periodIssue.message).toContain('2021');
  });

  it('holds back an upload over the size limit without reading it', async () => {
    const key = `incoming/320106/${freshMonth()}/大文件.txt`;
    const put = await putUpload(stack.s3, stack.bucket, key, gulouReport({ period: '2021年', dibao: 3 }));
    const gets = commandCounter('GetObjectCommand');
    await ingest(sqsBatch(put), { maxObjectBytes: 50, s3: { middleware: [gets.hook] } });
    const [record] = await recordOf(stack.bucket, key);
    expect(record).toMatchObject({ state: 'held', status: 'too-large', contentHash: '' });
    expect(record.issues[0].code).toBe('too-large');
    expect(gets.seen.count).toBe(0);
  });

  it('asks S3 for the size when the event does not carry it', async () => {
    const key = `incoming/320106/${freshMonth()}/无大小.txt`;
    const put = await putUpload(stack.s3, stack.bucket, key, gulouReport({ period: '2021年', dibao: 3 }));
    delete put.s3.object.size;
    await ingest(sqsBatch(put), { maxObjectBytes: 50 });
    expect((await recordOf(stack.bucket, key))[0]).toMatchObject({ state: 'held', status: 'too-large' });
  });

  it('does not lose the good records of a batch with a bad one, and skips S3 test events', async () => {
    const period = freshMonth();
    const good = await putUpload(stack.s3, stack.bucket, `incoming/320106/${period}/好.txt`, gulouReport({ period: inWords(period), dibao: 8 }));
    const badKey = await putUpload(stack.s3, stack.bucket, `incoming/320106/bad/好.txt`, 'x');
    const malformed = sqsRecord('{"not":"an s3 event"}');
    const testEvent = sqsRecord({ Service: 'Amazon S3', Event: 's3:TestEvent', Time: '2022-01-01T00:00:00.000Z', Bucket: stack.bucket });
    const removal = s3EventRecord({ bucket: stack.bucket, key: `incoming/320106/${period}/旧.txt`, eventName: 'ObjectRemoved:Delete' });
    const batch = sqsBatch(good, malformed, badKey, testEvent, removal);

    const response = await ingest(batch);
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: malformed.messageId }]);
    expect((await recordOf(stack.bucket, `incoming/320106/${period}/好.txt`))[0].state).toBe('stored');
    expect((await recordOf(stack.bucket, 'incoming/320106/bad/好.txt'))[0].state).toBe('held');
  });
});
