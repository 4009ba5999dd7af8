// `npm start`'s path end to end: a put to the local S3 lands in DynamoDB with no event built by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { s3Client } from '#shared/aws/clients.ts';
import { createBucket } from '../../local/resources.ts';
import { startS3Local, type S3LocalServer } from '../../local/s3Local.ts';
import { bridgeUploadsToIngest, type IngestBridge } from '../../local/ingestBridge.ts';
import { createTestResources, type TestResources } from '../support/localStack.ts';
import { reportsTableReader } from '../support/reportsTable.ts';
import { gulouReport, templateReport } from '../support/reportTexts.ts';

let stack: TestResources;
let s3Server: S3LocalServer;
let s3: S3Client;
let bridge: IngestBridge;
let directory: string;

beforeAll(async () => {
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  const { createIngestHandler } = await import('../../functions/ingest/handler.ts');
  const { ingestDependencies } = await import('#shared/ingest/dependencies.ts');
  stack = await createTestResources('bridge');
  // An s3rver of our own, in this process, so its notifications reach the bridge.
  directory = mkdtempSync(join(tmpdir(), 'minzheng-bridge-'));
  s3Server = await startS3Local({ directory });
  s3 = s3Client({ endpoint: s3Server.endpoint });
  await createBucket(s3, stack.bucket);
  const env = { ...stack.env, AWS_ENDPOINT_URL_S3: s3Server.endpoint };
  bridge = bridgeUploadsToIngest(s3Server, createIngestHandler(() => ingestDependencies(env)), { bucket: stack.bucket });
});

afterAll(async () => {
  bridge?.stop();
  await s3Server?.stop();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('local ingest bridge', () => {
  it('ingests what lands under incoming/, and not the held/ copies it makes', async () => {
    const table = reportsTableReader(stack.dynamo, stack.tableNames.Reports);
    await s3.send(
      new PutObjectCommand({
        Bucket: stack.bucket,
        Key: 'incoming/320106/2021/鼓楼区 年度总结.txt',
        Body: gulouReport({ period: '2021年', dibao: 42 }),
      }),
    );
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'incoming/320106/2021/模板.txt', Body: templateReport() }));
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'notes/readme.txt', Body: 'not an upload' }));
    // Let the notifications reach the bridge, then wait for its queue.
    await new Promise((r) => setTimeout(r, 50));
    await bridge.drain();

    const records = (await table.all()).filter((i) => i.sk === 'REPORT');
    expect(records.map((r) => [r.key, r.state]).sort()).toEqual([
      ['incoming/320106/2021/模板.txt', 'held'],
      ['incoming/320106/2021/鼓楼区 年度总结.txt', 'stored'],
    ]);
    const facts = await table.facts('320106', '2021');
    expect(facts?.facts.find((f: { metric: string }) => f.metric === 'dibao_recipients_urban')?.value).toBe(42);
  });
});
