// Faults in the middle of work: DynamoDB throttling, an outage of DynamoDB Local, both local
// servers killed and restarted while uploads keep coming, and the dead-letter list redriven.
// Each ends with every upload accounted for and no half-written report visible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { MiddlewareHook } from '#shared/aws/clients.ts';
import { dynamoClient, dynamoDocumentClient, s3Client } from '#shared/aws/clients.ts';
import { createLocalResources, type LocalResources } from '../../local/resources.ts';
import { startDynamoLocal, type LocalServer } from '../../local/dynamoLocal.ts';
import { startS3Local, type S3LocalServer } from '../../local/s3Local.ts';
import { bridgeUploadsToIngest, readDeadLetterFile } from '../../local/ingestBridge.ts';
import { redriveLocally } from '../../cli/commands/redrive.ts';
import { createTestResources, type TestResources } from '../support/localStack.ts';
import { putUpload, sqsBatch } from '../support/s3Events.ts';
import { reportsTableReader } from '../support/reportsTable.ts';
import { gulouReport } from '../support/reportTexts.ts';
import { loadHandler, recordsByKey, throttle } from './harness.ts';

let ingestWith: Awaited<ReturnType<typeof loadHandler>>;
let stack: TestResources;
const cleanups: Array<() => Promise<void> | void> = [];

beforeAll(async () => {
  ingestWith = await loadHandler();
  stack = await createTestResources('faults');
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Uploads for distinct county-level units of Nanjing, one period: each should end stored. */
const nanjingCounties = ['320102', '320104', '320105', '320106', '320111', '320113', '320114', '320115', '320116', '320117', '320118'];
const nanjingNames: Record<string, string> = {
  '320102': '南京市玄武区',
  '320104': '南京市秦淮区',
  '320105': '南京市建邺区',
  '320106': '南京市鼓楼区',
  '320111': '南京市浦口区',
  '320113': '南京市栖霞区',
  '320114': '南京市雨花台区',
  '320115': '南京市江宁区',
  '320116': '南京市六合区',
  '320117': '南京市溧水区',
  '320118': '南京市高淳区',
};
const reportFor = (adcode: string, year: number, dibao: number) =>
  gulouReport({ unit: nanjingNames[adcode], period: `${year}年`, dibao });

/**
 * No half-written report: each current facts item points at a stored record of the same unit
 * and period, and each stored record is the current one of its unit and period.
 */
function assertConsistent(items: Record<string, unknown>[]) {
  const records = new Map(items.filter((i) => i.sk === 'REPORT').map((i) => [i.reportId as string, i]));
  const facts = items.filter((i) => typeof i.pk === 'string' && (i.pk as string).startsWith('UNIT#'));
  for (const f of facts) {
    const record = records.get(f.reportId as string);
    expect(record, `facts ${f.pk} ${f.sk} without a record`).toBeDefined();
    expect(record).toMatchObject({ state: 'stored', keyUnitCode: f.adcode, keyPeriodKey: f.periodKey });
  }
  for (const record of records.values()) {
    if (record.state !== 'stored') continue;
    const current = facts.find((f) => f.adcode === record.keyUnitCode && f.periodKey === record.keyPeriodKey);
    expect(current?.reportId, `stored record ${record.key} is not current`).toBe(record.reportId);
  }
}

describe('DynamoDB throttling in the middle of a batch', () => {
  it('rides out a short burst on the SDK’s retries: every report stored, no failures', async () => {
    const year = 2001;
    const puts = await Promise.all(nanjingCounties.slice(0, 5).map((a, i) => putUpload(stack.s3, stack.bucket, `incoming/${a}/${year}/报告.txt`, reportFor(a, year, 10 + i))));
    // The 2nd and 3rd transaction attempts are refused: one report needs a retry, maybe two.
    const burst = throttle('TransactWriteItemsCommand', (call) => call === 2 || call === 3);
    const response = await ingestWith(stack.env, { dynamo: { middleware: [burst.hook] } })(sqsBatch(...puts));
    expect(burst.calls.throttled).toBe(2);
    expect(response.batchItemFailures).toEqual([]);
    const { table } = recordsByKey(stack);
    for (const a of nanjingCounties.slice(0, 5)) expect((await table.facts(a, String(year)))?.adcode).toBe(a);
    assertConsistent(await table.all());
  });

  it('returns only the throttled message to the queue when throttling outlasts the retries, and a redelivery stores it', async () => {
    const year = 2002;
    const units = nanjingCounties.slice(0, 6);
    const puts = await Promise.all(units.map((a, i) => putUpload(stack.s3, stack.bucket, `incoming/${a}/${year}/报告.txt`, reportFor(a, year, 20 + i))));
    const victim = '320104';
    // Every attempt of the victim's transaction is throttled; the others go through.
    const targeted: MiddlewareHook = (s) =>
      (s as { add: (mw: unknown, o: unknown) => void }).add(
        (next: (a: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: { input?: unknown }) => {
          if (context.commandName === 'TransactWriteItemsCommand' && JSON.stringify(args.input).includes(`UNIT#${victim}`)) {
            const { ProvisionedThroughputExceededException } = await import('@aws-sdk/client-dynamodb');
            throw new ProvisionedThroughputExceededException({ message: 'injected throttle', $metadata: { httpStatusCode: 400 } });
          }
          return next(args);
        },
        { step: 'finalizeRequest', name: 'throttle-victim' },
      );
    const batch = sqsBatch(...puts);
    const response = await ingestWith(stack.env, { dynamo: { middleware: [targeted] } })(batch);
    const victimMessage = batch.Records[units.indexOf(victim)].messageId;
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: victimMessage }]);

    const { table, of } = recordsByKey(stack);
    // Nothing of the victim is visible: no record, no facts, no dirty mark beyond the others'.
    expect(await of(stack.bucket, `incoming/${victim}/${year}/报告.txt`)).toEqual([]);
    expect(await table.facts(victim, String(year))).toBeUndefined();
    for (const a of units.filter((u) => u !== victim)) expect((await table.facts(a, String(year)))?.adcode).toBe(a);
    expect((await table.dirty('320000', String(year)))?.version).toBe(units.length - 1);
    assertConsistent(await table.all());

    // SQS delivers the returned message again; DynamoDB has recovered.
    const redelivery = { Records: batch.Records.filter((r) => r.messageId === victimMessage) };
    expect((await ingestWith(stack.env)(redelivery)).batchItemFailures).toEqual([]);
    expect((await table.facts(victim, String(year)))?.adcode).toBe(victim);
    assertConsistent(await table.all());
  });
});

interface PrivateStack {
  dataDir: string;
  dynamo: LocalServer;
  dynamoPort: number;
  resources: LocalResources;
  env: Record<string, string>;
  document: DynamoDBDocumentClient;
}

/** A DynamoDB Local of this file's own, keeping its tables on disk so a restart finds them. */
async function privateDynamo(bucket: string): Promise<PrivateStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'minzheng-outage-'));
  const dynamo = await startDynamoLocal({ dataDir });
  const dynamoPort = Number(new URL(dynamo.endpoint).port);
  const admin = dynamoClient({ endpoint: dynamo.endpoint });
  const resources = await createLocalResources({ dynamo: admin, s3: stack.s3 }, { tablePrefix: 'outage-', bucket });
  admin.destroy();
  const state: PrivateStack = {
    dataDir,
    dynamo,
    dynamoPort,
    resources,
    env: { ...resources.env, AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint, AWS_ENDPOINT_URL_S3: stack.s3Endpoint },
    document: dynamoDocumentClient({ endpoint: dynamo.endpoint }),
  };
  cleanups.push(async () => {
    await state.dynamo.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return state;
}

async function restartDynamo(state: PrivateStack) {
  state.dynamo = await startDynamoLocal({ dataDir: state.dataDir, port: state.dynamoPort });
}

describe('a DynamoDB outage in the middle of a batch', () => {
  it('returns the unfinished messages to the queue, shows nothing half-written, and stores them after the restart', async () => {
    const state = await privateDynamo(stack.bucket);
    const year = 2003;
    const units = nanjingCounties.slice(0, 8);
    const puts = await Promise.all(units.map((a, i) => putUpload(stack.s3, stack.bucket, `incoming/${a}/${year}/报告.txt`, reportFor(a, year, 30 + i))));
    // The server goes down as the third transaction is about to be sent.
    let transactions = 0;
    const outage: MiddlewareHook = (s) =>
      (s as { add: (mw: unknown, o: unknown) => void }).add(
        (next: (a: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
          if (context.commandName === 'TransactWriteItemsCommand' && ++transactions === 3) await state.dynamo.stop();
          return next(args);
        },
        { step: 'initialize', name: 'outage' },
      );
    const batch = sqsBatch(...puts);
    const response = await ingestWith(state.env, { dynamo: { middleware: [outage], maxAttempts: 2 } })(batch);
    const failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
    expect(failed.size).toBeGreaterThan(0);
    expect(failed.size).toBeLessThan(units.length + 1);

    await restartDynamo(state);
    const table = reportsTableReader(state.document, state.resources.tableNames.Reports);
    const before = await table.all();
    assertConsistent(before);
    // Exactly the messages that did not fail have their reports stored.
    const storedKeys = new Set(before.filter((i) => i.sk === 'REPORT' && i.state === 'stored').map((i) => i.key));
    for (const [i, record] of batch.Records.entries()) {
      expect(storedKeys.has(`incoming/${units[i]}/${year}/报告.txt`)).toBe(!failed.has(record.messageId));
    }

    // SQS delivers the returned messages again.
    const redelivery = { Records: batch.Records.filter((r) => failed.has(r.messageId)) };
    expect((await ingestWith(state.env)(redelivery)).batchItemFailures).toEqual([]);
    const after = await table.all();
    assertConsistent(after);
    for (const a of units) expect((await table.facts(a, String(year)))?.adcode).toBe(a);
  }, 120_000);
});

describe('both local servers killed and restarted while uploads keep coming', () => {
  it('loses no upload: what failed meanwhile is dead-lettered, and a redrive stores it', async () => {
    const s3Dir = mkdtempSync(join(tmpdir(), 'minzheng-restart-s3-'));
    cleanups.push(() => rmSync(s3Dir, { recursive: true, force: true }));
    const deadLetterFile = join(s3Dir, '..', `${s3Dir.split('/').pop()}-dead-letters.jsonl`);
    cleanups.push(() => rmSync(deadLetterFile, { force: true }));
    let s3Server: S3LocalServer = await startS3Local({ directory: s3Dir });
    cleanups.push(() => s3Server.stop());
    const s3Port = Number(new URL(s3Server.endpoint).port);
    const s3: S3Client = s3Client({ endpoint: s3Server.endpoint });
    const bucket = 'restart-bucket';
    const state = await privateDynamo(bucket);
    await createLocalResources({ dynamo: dynamoClient({ endpoint: state.dynamo.endpoint }), s3 }, { tablePrefix: 'outage-', bucket });
    const env = { ...state.env, AWS_ENDPOINT_URL_S3: s3Server.endpoint };
    const { createIngestHandler } = await import('../../functions/ingest/handler.ts');
    const { ingestDependencies } = await import('#shared/ingest/dependencies.ts');
    // One attempt per SDK call: the bridge's redeliveries are the retries under test.
    const handler = createIngestHandler(() => ingestDependencies(env, { dynamo: { maxAttempts: 1 }, s3: { maxAttempts: 1 } }));
    const bridgeOptions = { bucket, deadLetterFile, retryDelayMs: () => 20, concurrency: 2 };
    let bridge = bridgeUploadsToIngest(s3Server, handler, bridgeOptions);
    const keys: string[] = [];
    const upload = async (i: number) => {
      const adcode = nanjingCounties[i % nanjingCounties.length];
      const year = 2010 + Math.floor(i / nanjingCounties.length);
      const key = `incoming/${adcode}/${year}/第${i}份.txt`;
      keys.push(key);
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: reportFor(adcode, year, 100 + i) }));
    };
    const settle = async () => {
      await new Promise((r) => setTimeout(r, 100));
      await bridge.drain();
    };

    // Normal running.
    for (let i = 0; i < 6; i++) await upload(i);
    await settle();
    // DynamoDB dies; bureaus keep uploading.
    await state.dynamo.stop();
    for (let i = 6; i < 12; i++) await upload(i);
    await settle();
    expect(bridge.stats().deadLettered).toBe(6);
    // Then the local S3 dies too, and both come back on the same ports with the same data.
    bridge.stop();
    await s3Server.stop();
    s3Server = await startS3Local({ directory: s3Dir, port: s3Port });
    await restartDynamo(state);
    bridge = bridgeUploadsToIngest(s3Server, handler, bridgeOptions);
    for (let i = 12; i < 18; i++) await upload(i);
    await settle();
    expect(bridge.stats()).toMatchObject({ succeeded: 6, deadLettered: 0 });

    // The dead letters survived the restart in their file; the redrive stores them.
    const letters = readDeadLetterFile(deadLetterFile);
    expect(letters).toHaveLength(6);
    const redrive = await redriveLocally(handler, letters, { retryDelayMs: () => 20 });
    expect(redrive).toEqual({ redriven: 6, stillFailing: [] });

    const table = reportsTableReader(state.document, state.resources.tableNames.Reports);
    const items = await table.all();
    assertConsistent(items);
    const records = items.filter((i) => i.sk === 'REPORT');
    expect(records.map((r) => r.key).sort()).toEqual([...keys].sort());
    expect(records.every((r) => r.state === 'stored')).toBe(true);
  }, 180_000);
});

describe('minzheng redrive', () => {
  it('reprocesses the dead-letter file and the uploads recorded as dead-lettered, then empties the list', async () => {
    const year = 2004;
    const keyA = `incoming/320106/${year}/死信A.txt`;
    const keyB = `incoming/320102/${year}/死信B.txt`;
    const a = await putUpload(stack.s3, stack.bucket, keyA, reportFor('320106', year, 7));
    const b = await putUpload(stack.s3, stack.bucket, keyB, reportFor('320102', year, 8));
    // A's message failed every delivery and sits in the file; B's last delivery recorded it as dead-lettered.
    const dir = mkdtempSync(join(tmpdir(), 'minzheng-redrive-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'dead-letters.jsonl');
    const letterA = { messageId: 'm-a', body: JSON.stringify({ Records: [a] }), failedAt: new Date().toISOString(), error: 'throttled' };
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, `${JSON.stringify(letterA)}\n{"torn":`);
    const lastDelivery = sqsBatch(b);
    lastDelivery.Records[0].attributes.ApproximateReceiveCount = '5';
    const alwaysThrottled = throttle('TransactWriteItemsCommand', () => true);
    await ingestWith(stack.env, { dynamo: { middleware: [alwaysThrottled.hook], maxAttempts: 1 } })(lastDelivery);
    const { of } = recordsByKey(stack);
    expect((await of(stack.bucket, keyB))[0].state).toBe('dead-lettered');

    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, ['bin/minzheng.mjs', 'redrive', '--dead-letters', file], {
      env: { ...process.env, ...stack.env, AWS_REGION: 'cn-north-1', POWERTOOLS_LOG_LEVEL: 'SILENT' },
      timeout: 60_000,
    });
    const summary = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(summary).toMatchObject({ mode: 'local', fromFile: 1, redriven: summary.fromFile + summary.fromRecords, stillFailing: 0 });
    expect(summary.fromRecords).toBeGreaterThanOrEqual(1);
    expect((await of(stack.bucket, keyA))[0].state).toBe('stored');
    expect((await of(stack.bucket, keyB))[0].state).toBe('stored');
    expect(readDeadLetterFile(file)).toEqual([]);
  }, 90_000);
});
