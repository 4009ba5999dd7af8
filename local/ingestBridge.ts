// Locally there is no S3 → SQS → Lambda wiring: this forwards the local S3's ObjectCreated
// notifications for incoming/ to the ingest handler as one-message SQS batches, retrying a failed
// message like SQS would (up to maxReceiveCount deliveries, the last one marked as such).
import { randomUUID } from 'node:crypto';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { ingestQueueSizing } from '#shared/aws/clientConfig.ts';
import { bucketLayout } from '#shared/store/tables.ts';
import type { S3LocalServer } from './s3Local.ts';

type IngestHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | void>;

interface S3rverRecord {
  eventName: string;
  requestParameters?: { sourceIPAddress?: string };
  s3: { bucket: { name: string }; object: { key: string } };
  [k: string]: unknown;
}

export interface IngestBridge {
  /** Resolves when every notification so far has been handled. */
  drain(): Promise<void>;
  stop(): void;
}

/** s3rver writes the raw key; S3 writes it form-encoded. Match S3 so the handler sees what AWS sends. */
const encodeKey = (key: string) =>
  key
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%20/g, '+'))
    .join('/');

function asAwsRecord(record: S3rverRecord): S3rverRecord {
  const ip = record.requestParameters?.sourceIPAddress ?? '';
  return {
    ...record,
    // s3rver reports IPv6-mapped addresses (::ffff:127.0.0.1); S3 and its schema use IPv4.
    requestParameters: { sourceIPAddress: ip.replace(/^::ffff:/, '').replace(/^::1$/, '127.0.0.1') || '127.0.0.1' },
    s3: { ...record.s3, object: { ...record.s3.object, key: encodeKey(record.s3.object.key) } },
  };
}

function localContext(): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'minzheng-ingest-local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:minzheng-ingest-local',
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: 'local',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 60_000,
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

export function bridgeUploadsToIngest(
  s3: S3LocalServer,
  handler: IngestHandler,
  options: { bucket: string; onError?: (err: unknown) => void },
): IngestBridge {
  let queue: Promise<void> = Promise.resolve();

  const deliver = async (body: string) => {
    const messageId = randomUUID();
    for (let receive = 1; receive <= ingestQueueSizing.maxReceiveCount; receive++) {
      const message: SQSRecord = {
        messageId,
        receiptHandle: messageId,
        body,
        attributes: {
          ApproximateReceiveCount: String(receive),
          SentTimestamp: String(Date.now()),
          SenderId: 'local',
          ApproximateFirstReceiveTimestamp: String(Date.now()),
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:local:000000000000:minzheng-ingest',
        awsRegion: 'local',
      };
      const response = await handler({ Records: [message] }, localContext());
      if (!response || response.batchItemFailures.length === 0) return;
      await new Promise((r) => setTimeout(r, 200 * receive));
    }
  };

  const listener = (event: { Records: S3rverRecord[] }) => {
    for (const record of event.Records) {
      if (!record.eventName.startsWith('ObjectCreated:')) continue;
      if (record.s3.bucket.name !== options.bucket) continue;
      if (!record.s3.object.key.startsWith(bucketLayout.incomingPrefix)) continue;
      const body = JSON.stringify({ Records: [asAwsRecord(record)] });
      queue = queue.then(() => deliver(body)).catch((err) => options.onError?.(err));
    }
  };
  s3.server.on('event', listener);
  return {
    drain: () => queue,
    stop: () => s3.server.off('event', listener),
  };
}
