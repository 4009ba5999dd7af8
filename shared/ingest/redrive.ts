// Redrive: messages that failed every delivery are processed again once the cause is fixed.
// In AWS the dead-letter queue holds them and SQS moves them back (StartMessageMoveTask); locally
// the ingest bridge keeps them on a list and in a file. A dead-lettered upload also has a record
// (state `dead-lettered`), from which its notification can be rebuilt when the message is gone
// (e.g. past the queue's retention, or the record was written but the file was lost).
import type { IngestRecord } from './ports.ts';

/** A message that failed every delivery, as the local bridge keeps it. */
export interface DeadLetter {
  messageId: string;
  /** The SQS message body: an S3 event notification. */
  body: string;
  failedAt: string;
  error: string;
}

/** S3 writes keys into notifications form-encoded per segment ('+' for spaces). */
const encodeEventKey = (key: string) =>
  key
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%20/g, '+'))
    .join('/');

/**
 * The S3 notification that produced a record, rebuilt from it: same bucket, key, version, event
 * time and sequencer, so the report id (and the ordering against other uploads) is the same.
 */
export function notificationBodyOf(record: Pick<IngestRecord, 'bucket' | 'key' | 'versionId' | 'size' | 'eventTime' | 'sequencer'>): string {
  return JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: process.env.AWS_REGION ?? 'cn-north-1',
        eventTime: record.eventTime,
        eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: 'minzheng-redrive' },
        requestParameters: { sourceIPAddress: '127.0.0.1' },
        responseElements: { 'x-amz-request-id': 'redrive', 'x-amz-id-2': 'redrive' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'redrive',
          bucket: { name: record.bucket, ownerIdentity: { principalId: 'minzheng' }, arn: `arn:aws:s3:::${record.bucket}` },
          object: {
            key: encodeEventKey(record.key),
            ...(record.size ? { size: record.size } : {}),
            ...(record.versionId ? { versionId: record.versionId } : {}),
            sequencer: record.sequencer,
          },
        },
      },
    ],
  });
}

/** Dead letters from several sources, each message once (the same body twice is one upload). */
export function uniqueDeadLetters(letters: DeadLetter[]): DeadLetter[] {
  const seen = new Set<string>();
  return letters.filter((l) => (seen.has(l.body) ? false : (seen.add(l.body), true)));
}
