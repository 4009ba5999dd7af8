// An SQS message body from an S3 bucket notification, turned into the uploads to ingest.
// S3 sends one `s3:TestEvent` message when a notification is configured: nothing to ingest.
import { parse } from '@aws-lambda-powertools/parser';
import { S3NotificationSchema } from './s3NotificationSchema.ts';
import type { UploadEvent } from './ports.ts';
import { decodeEventKey, isPipelineOutput } from './uploadKey.ts';

export type NotificationItem =
  | { kind: 'upload'; upload: UploadEvent }
  /** Not an upload to ingest: a removal, our own held/ copy, ... (logged, not failed). */
  | { kind: 'skip'; reason: string; key?: string };

export type Notification = { kind: 'test-event' } | { kind: 's3'; items: NotificationItem[] };

export class MalformedNotificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedNotificationError';
  }
}

type Issue = { message: string; path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> };

function describeIssues(cause: unknown): string {
  if (!Array.isArray(cause)) return String(cause);
  return (cause as Issue[])
    .map((issue) => {
      const path = (issue.path ?? []).map((part) => String(typeof part === 'object' ? part.key : part)).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** Throws MalformedNotificationError for a body that is neither; the message then retries into the DLQ, kept. */
export function parseNotification(body: string): Notification {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new MalformedNotificationError('message body is not JSON');
  }
  if (json && typeof json === 'object' && (json as { Event?: unknown }).Event === 's3:TestEvent') return { kind: 'test-event' };
  const parsed = parse(json, undefined, S3NotificationSchema, true);
  if (!parsed.success) {
    throw new MalformedNotificationError(`message body is not an S3 event notification: ${describeIssues(parsed.error.cause).slice(0, 500)}`);
  }
  return {
    kind: 's3',
    items: parsed.data.Records.map((record): NotificationItem => {
      const object = record.s3.object;
      if (!record.eventName.startsWith('ObjectCreated:')) return { kind: 'skip', reason: `event ${record.eventName}`, key: object.key };
      const key = decodeEventKey(object.key);
      // A key that does not decode is still an upload: it is held back as bad-key under its raw form.
      const decodedKey = key ?? object.key;
      if (isPipelineOutput(decodedKey)) return { kind: 'skip', reason: 'pipeline output', key: decodedKey };
      return {
        kind: 'upload',
        upload: {
          bucket: record.s3.bucket.name,
          key: decodedKey,
          versionId: object.versionId ?? null,
          ...(object.size !== undefined ? { size: object.size } : {}),
          eventTime: record.eventTime,
          sequencer: object.sequencer ?? '',
        },
      };
    }),
  };
}
