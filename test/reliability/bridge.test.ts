// The local bridge behaves like the SQS queue it stands in for: a failed or thrown invocation is
// delivered again, a message that fails every delivery lands on the dead-letter list (and file)
// instead of vanishing, a redrive sends it round again, and puts to one key get growing sequencers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { SQSEvent } from 'aws-lambda';
import { ingestQueueSizing } from '#shared/aws/clientConfig.ts';
import { s3Client } from '#shared/aws/clients.ts';
import { createBucket } from '../../local/resources.ts';
import { startS3Local, type S3LocalServer } from '../../local/s3Local.ts';
import { bridgeUploadsToIngest, readDeadLetterFile } from '../../local/ingestBridge.ts';

let directory: string;
let server: S3LocalServer;
let s3: S3Client;
const bucket = 'bridge-test';

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'minzheng-bridge-faults-'));
  server = await startS3Local({ directory: join(directory, 's3') });
  s3 = s3Client({ endpoint: server.endpoint });
  await createBucket(s3, bucket);
});
afterAll(async () => {
  await server?.stop();
  rmSync(directory, { recursive: true, force: true });
});

const put = (key: string) => s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: 'x' }));
const settle = async (bridge: { drain(): Promise<void> }) => {
  await new Promise((r) => setTimeout(r, 100));
  await bridge.drain();
};

describe('the local ingest bridge as a queue', () => {
  it('delivers again after a thrown invocation and after a reported failure, with growing receive counts', async () => {
    const receives: string[] = [];
    let calls = 0;
    const handler = async (event: SQSEvent) => {
      receives.push(event.Records[0].attributes.ApproximateReceiveCount);
      calls++;
      if (calls === 1) throw new Error('invocation crashed');
      if (calls === 2) return { batchItemFailures: [{ itemIdentifier: event.Records[0].messageId }] };
      return { batchItemFailures: [] };
    };
    const bridge = bridgeUploadsToIngest(server, handler, { bucket, retryDelayMs: () => 5 });
    await put('incoming/320106/2021/a.txt');
    await settle(bridge);
    bridge.stop();
    expect(receives).toEqual(['1', '2', '3']);
    expect(bridge.stats()).toMatchObject({ queued: 1, succeeded: 1, deadLettered: 0 });
  });

  it('keeps a message that fails every delivery on the dead-letter list and file, and a redrive delivers it again', async () => {
    const file = join(directory, 'dead-letters.jsonl');
    let healthy = false;
    const handler = async () => {
      if (!healthy) throw new Error('DynamoDB is down');
      return { batchItemFailures: [] };
    };
    const bridge = bridgeUploadsToIngest(server, handler, { bucket, retryDelayMs: () => 5, deadLetterFile: file });
    await put('incoming/320106/2021/b.txt');
    await put('incoming/320106/2021/c.txt');
    await settle(bridge);
    expect(bridge.stats()).toMatchObject({ queued: 2, succeeded: 0, deadLettered: 2, failedDeliveries: 2 * ingestQueueSizing.maxReceiveCount });
    const letters = bridge.deadLetters();
    expect(letters.map((l) => JSON.parse(l.body).Records[0].s3.object.key).sort()).toEqual(['incoming/320106/2021/b.txt', 'incoming/320106/2021/c.txt']);
    expect(letters[0].error).toContain('DynamoDB is down');
    expect(readDeadLetterFile(file)).toEqual(letters);

    healthy = true;
    expect(await bridge.redrive()).toEqual({ redriven: 2 });
    await settle(bridge);
    bridge.stop();
    expect(bridge.deadLetters()).toEqual([]);
    expect(readDeadLetterFile(file)).toEqual([]);
    expect(bridge.stats()).toMatchObject({ succeeded: 2, deadLettered: 2 });
  });

  it('gives puts to one key strictly growing sequencers, even within one millisecond', async () => {
    const sequencers: string[] = [];
    const handler = async (event: SQSEvent) => {
      sequencers.push(JSON.parse(event.Records[0].body).Records[0].s3.object.sequencer);
      return { batchItemFailures: [] };
    };
    const bridge = bridgeUploadsToIngest(server, handler, { bucket });
    await Promise.all(Array.from({ length: 20 }, () => put('incoming/320106/2021/same.txt')));
    await settle(bridge);
    bridge.stop();
    expect(sequencers).toHaveLength(20);
    const values = sequencers.map((s) => BigInt(`0x${s}`));
    for (let i = 1; i < values.length; i++) expect(values[i] > values[i - 1]).toBe(true);
  });
});
