// The SQS message body from an S3 notification: what ingest reads, what it skips, and the
// reason it gives for a body it cannot read (that message goes to the dead-letter queue).
import { describe, expect, it } from 'vitest';
import { MalformedNotificationError, parseNotification } from '#shared/ingest/s3Notification.ts';

const record = (overrides: { eventName?: string; key?: string; eventSource?: string; eventTime?: string } = {}) => ({
  eventVersion: '2.1',
  eventSource: overrides.eventSource ?? 'aws:s3',
  awsRegion: 'cn-north-1',
  eventTime: overrides.eventTime ?? '2026-03-01T08:00:00.000Z',
  eventName: overrides.eventName ?? 'ObjectCreated:Put',
  s3: {
    bucket: { name: 'uploads', arn: 'arn:aws-cn:s3:::uploads' },
    object: { key: overrides.key ?? 'incoming/340400/2025/%E6%8A%A5%E5%91%8A.txt', size: 1024, versionId: 'v1', sequencer: '0065A' },
  },
});

describe('parseNotification', () => {
  it('turns an ObjectCreated record into an upload with its decoded key, version and order', () => {
    const parsed = parseNotification(JSON.stringify({ Records: [record()] }));
    expect(parsed).toEqual({
      kind: 's3',
      items: [
        {
          kind: 'upload',
          upload: {
            bucket: 'uploads',
            key: 'incoming/340400/2025/报告.txt',
            versionId: 'v1',
            size: 1024,
            eventTime: '2026-03-01T08:00:00.000Z',
            sequencer: '0065A',
          },
        },
      ],
    });
  });

  it('reads a record from an S3-compatible server that leaves out the identity fields', () => {
    const { userIdentity: _u, ...minimal } = { ...record(), userIdentity: undefined };
    const parsed = parseNotification(JSON.stringify({ Records: [minimal] }));
    expect(parsed.kind === 's3' && parsed.items[0].kind).toBe('upload');
  });

  it('skips removals and the held/ copies the pipeline writes itself', () => {
    const parsed = parseNotification(
      JSON.stringify({ Records: [record({ eventName: 'ObjectRemoved:Delete' }), record({ key: 'held/340400/2025/a.txt' })] }),
    );
    expect(parsed.kind === 's3' && parsed.items.map((i) => i.kind)).toEqual(['skip', 'skip']);
  });

  it('recognises the test event S3 sends when the notification is configured', () => {
    expect(parseNotification(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent' }))).toEqual({ kind: 'test-event' });
  });

  it('names the field that is wrong in a body that is not an S3 notification', () => {
    const bad = (body: unknown) => () => parseNotification(typeof body === 'string' ? body : JSON.stringify(body));
    expect(bad('not json')).toThrow(new MalformedNotificationError('message body is not JSON'));
    expect(bad({ not: 'an s3 event' })).toThrow(/not an S3 event notification: Records:/);
    expect(bad({ Records: [record({ eventSource: 'aws:sqs' })] })).toThrow(/Records\.0\.eventSource/);
    expect(bad({ Records: [record({ eventTime: 'yesterday' })] })).toThrow(/Records\.0\.eventTime/);
    expect(bad({ Records: [{ ...record(), s3: { bucket: { name: 'uploads' }, object: { size: -1, key: 'a' } } }] })).toThrow(
      /Records\.0\.s3\.object\.size/,
    );
  });
});
