// S3 event notifications and SQS batches as AWS delivers them, built from real puts to the local
// S3: the key URL-encoded ('+' for spaces), size and ETag from the stored object, a sequencer
// that grows per put.
import { localLambdaContext } from '../../local/lambdaContext.ts';
import { randomUUID } from 'node:crypto';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';

/** As S3 writes keys into notifications: form-encoded per segment, slashes kept. */
export function encodeS3EventKey(key: string): string {
  return key
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%20/g, '+'))
    .join('/');
}

let sequence = 0n;
/** Grows with every call in this process; real S3 sequencers are hex of varying length. */
export function nextSequencer(): string {
  sequence += 1n;
  return (BigInt(Date.now()) * 1000n + sequence).toString(16).toUpperCase().padStart(18, '0');
}

export interface S3EventRecordShape {
  eventTime: string;
  eventName: string;
  s3: { [k: string]: unknown; bucket: { name: string; [k: string]: unknown }; object: { key: string; size?: number; eTag?: string; sequencer?: string; versionId?: string } };
  [k: string]: unknown;
}

export function s3EventRecord(input: {
  bucket: string;
  key: string;
  size?: number;
  eTag?: string;
  versionId?: string;
  sequencer?: string;
  eventTime?: string;
  eventName?: string;
}): S3EventRecordShape {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: 'cn-north-1',
    eventTime: input.eventTime ?? new Date().toISOString(),
    eventName: input.eventName ?? 'ObjectCreated:Put',
    userIdentity: { principalId: 'AWS:AIDAEXAMPLE' },
    requestParameters: { sourceIPAddress: '10.0.0.1' },
    responseElements: { 'x-amz-request-id': randomUUID(), 'x-amz-id-2': randomUUID() },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'ingest',
      bucket: { name: input.bucket, ownerIdentity: { principalId: 'A3EXAMPLE' }, arn: `arn:aws-cn:s3:::${input.bucket}` },
      object: {
        key: encodeS3EventKey(input.key),
        ...(input.size !== undefined ? { size: input.size } : {}),
        ...(input.eTag ? { eTag: input.eTag } : {}),
        ...(input.versionId ? { versionId: input.versionId } : {}),
        sequencer: input.sequencer ?? nextSequencer(),
      },
    },
  };
}

/** Puts the bytes and returns the notification S3 would send for that put. */
export async function putUpload(
  s3: S3Client,
  bucket: string,
  key: string,
  body: string | Uint8Array,
  overrides: { eventTime?: string; sequencer?: string } = {},
): Promise<S3EventRecordShape> {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const put = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes }));
  return s3EventRecord({
    bucket,
    key,
    size: bytes.byteLength,
    eTag: put.ETag?.replace(/"/g, ''),
    ...(put.VersionId ? { versionId: put.VersionId } : {}),
    ...overrides,
  });
}

export function sqsRecord(body: unknown, messageId = randomUUID()): SQSRecord {
  return {
    messageId,
    receiptHandle: `handle-${messageId}`,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: String(Date.now()),
      SenderId: 'AIDAEXAMPLE',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws-cn:sqs:cn-north-1:123456789012:minzheng-ingest',
    awsRegion: 'cn-north-1',
  };
}

/** One SQS message per S3 event record, as an S3 → SQS notification delivers them. */
export function sqsBatch(...records: (S3EventRecordShape | SQSRecord)[]): SQSEvent {
  return {
    Records: records.map((r) => ('messageId' in r ? (r as SQSRecord) : sqsRecord({ Records: [r] }))),
  };
}

export const lambdaContext = (): Context => localLambdaContext('minzheng-ingest', 60_000);
