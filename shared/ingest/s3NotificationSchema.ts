// The S3 event notification, as the ingest Lambda reads it from an SQS message body.
//
// Written with zod/mini rather than taken from Powertools' S3Schema: that schema is built with
// classic zod, whose method-chained schemas esbuild cannot shake (~180 KB of the ingest bundle
// against ~18 KB here). Powertools' parser still runs it (through Standard Schema). It checks the
// fields ingest relies on and lets the rest of the record through unchecked, so an S3-compatible
// server that leaves out identity fields is still read.
import * as z from 'zod/mini';

const S3ObjectSchema = z.object({
  key: z.string().check(z.minLength(1)),
  size: z.optional(z.number().check(z.nonnegative())),
  versionId: z.optional(z.string()),
  /** Orders events for the same key; absent on some event types. */
  sequencer: z.optional(z.string()),
  eTag: z.optional(z.string()),
});

export const S3EventRecordSchema = z.object({
  eventSource: z.literal('aws:s3'),
  eventTime: z.iso.datetime(),
  eventName: z.string(),
  s3: z.object({
    bucket: z.object({ name: z.string().check(z.minLength(1)) }),
    object: S3ObjectSchema,
  }),
});

export const S3NotificationSchema = z.object({
  Records: z.array(S3EventRecordSchema),
});

export type S3Notification = z.infer<typeof S3NotificationSchema>;
