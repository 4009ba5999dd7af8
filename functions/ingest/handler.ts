// The ingest Lambda: S3 ObjectCreated → SQS → here. Each SQS record is one S3 notification;
// a record that throws goes back to the queue (partial batch response) and, after the queue's
// retries, to the dead-letter queue. Bad uploads do not throw: they are recorded as held.
import middy from '@middy/core';
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { ingestQueueSizing } from '#shared/aws/clientConfig.ts';
import { ingestUpload, recordDeadLettered, type IngestDeps, type IngestOutcome } from '#shared/ingest/ingestUpload.ts';
import { parseNotification } from '#shared/ingest/s3Notification.ts';
import { ingestDependencies } from '#shared/ingest/dependencies.ts';

const logger = new Logger({ serviceName: 'minzheng-ingest' });
const metrics = new Metrics({ namespace: 'Minzheng', serviceName: 'minzheng-ingest' });

function count(outcome: IngestOutcome) {
  if (outcome.alreadyRecorded) {
    metrics.addMetric('RedeliveriesIgnored', MetricUnit.Count, 1);
    return;
  }
  const metric = {
    stored: 'ReportsStored',
    held: 'ReportsHeld',
    superseded: 'ReportsSuperseded',
    duplicate: 'ReportsDuplicate',
    'dead-lettered': 'ReportsDeadLettered',
  }[outcome.state];
  metrics.addMetric(metric, MetricUnit.Count, 1);
  if (outcome.factCount) metrics.addMetric('FactsStored', MetricUnit.Count, outcome.factCount);
}

function isLastDelivery(record: SQSRecord): boolean {
  return Number(record.attributes?.ApproximateReceiveCount ?? 1) >= ingestQueueSizing.maxReceiveCount;
}

export function createIngestHandler(deps: () => IngestDeps) {
  let resolved: IngestDeps | undefined;

  const recordHandler = async (record: SQSRecord) => {
    try {
      await ingestRecord(record);
    } catch (error) {
      logger.error('record failed; it returns to the queue', { messageId: record.messageId, error: error as Error });
      if (isLastDelivery(record)) await recordDeadLetter(record, error);
      throw error;
    }
  };

  // SQS moves the message to the dead-letter queue after this failure: leave a queryable trace.
  const recordDeadLetter = async (record: SQSRecord, error: unknown) => {
    try {
      resolved ??= deps();
      const notification = parseNotification(record.body);
      if (notification.kind !== 's3') return;
      for (const item of notification.items) {
        if (item.kind !== 'upload') continue;
        const outcome = await recordDeadLettered(item.upload, error instanceof Error ? error.message : String(error), resolved);
        count(outcome);
        logger.error('upload dead-lettered', { key: item.upload.key, reportId: outcome.reportId });
      }
    } catch (recordingError) {
      // The message itself still reaches the dead-letter queue; only the record is missing.
      logger.error('could not record the dead-lettered upload', { messageId: record.messageId, error: recordingError as Error });
    }
  };

  const ingestRecord = async (record: SQSRecord) => {
    resolved ??= deps();
    const notification = parseNotification(record.body);
    if (notification.kind === 'test-event') {
      logger.info('s3:TestEvent skipped', { messageId: record.messageId });
      return;
    }
    for (const item of notification.items) {
      if (item.kind === 'skip') {
        logger.info('notification skipped', { reason: item.reason, key: item.key });
        continue;
      }
      const outcome = await ingestUpload(item.upload, resolved);
      count(outcome);
      const detail = { key: item.upload.key, versionId: item.upload.versionId, ...outcome };
      if (outcome.state === 'held' && !outcome.alreadyRecorded) logger.warn('upload held back', detail);
      else logger.info('upload ingested', detail);
      if (outcome.tagUnsupported) logger.warn('object store cannot tag; held copy made without tags', { key: item.upload.key });
    }
  };

  return middy<SQSEvent, SQSBatchResponse, Error, Context>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics))
    .handler(async (event, context) => {
      // One processor per invocation: it holds the batch's state.
      const processor = new BatchProcessor(EventType.SQS);
      return processPartialResponse(event, recordHandler, processor, {
        context,
        // An all-failed batch is reported item by item like any other; SQS retries them all the same.
        throwOnFullBatchFailure: false,
      });
    });
}

/** Clients are built on the first record, from the environment the function runs with. */
export const handler = createIngestHandler(() => ingestDependencies());
