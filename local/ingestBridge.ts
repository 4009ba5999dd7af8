// Locally there is no S3 → SQS → Lambda wiring: this forwards the local S3's ObjectCreated
// notifications for incoming/ to the ingest handler as one-message SQS batches, retrying a failed
// message like SQS would (up to maxReceiveCount deliveries, the last one marked as such) and then
// keeping it on a dead-letter list (and file) for `redrive`, as the dead-letter queue does in AWS.
import { localLambdaContext } from './lambdaContext.ts';
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { ingestQueueSizing } from '#shared/aws/clientConfig.ts';
import type { DeadLetter } from '#shared/ingest/redrive.ts';
import { bucketLayout } from '#shared/store/tables.ts';
import type { S3LocalServer } from './s3Local.ts';

export type IngestHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | void>;

interface S3rverRecord {
  eventName: string;
  requestParameters?: { sourceIPAddress?: string };
  s3: { bucket: { name: string }; object: { key: string; sequencer?: string } };
  [k: string]: unknown;
}

export interface BridgeStats {
  /** Notifications queued for ingest. */
  queued: number;
  /** Messages the handler finished (on some delivery). */
  succeeded: number;
  /** Messages that failed every delivery and went to the dead-letter list. */
  deadLettered: number;
  /** Deliveries that failed and were retried or dead-lettered. */
  failedDeliveries: number;
}

export interface IngestBridge {
  /** Resolves when every notification so far has been handled (or dead-lettered). */
  drain(): Promise<void>;
  stop(): void;
  /** The messages that failed every delivery, oldest first. */
  deadLetters(): DeadLetter[];
  /** Moves the dead-lettered messages back to the queue (fresh receive counts, as an SQS redrive does). */
  redrive(): Promise<{ redriven: number }>;
  stats(): BridgeStats;
}

export interface BridgeOptions {
  bucket: string;
  onError?: (err: unknown) => void;
  /** Messages handled at once (SQS feeds several Lambda invocations in parallel); default 1. */
  concurrency?: number;
  /** Wait before delivery `receive + 1`; SQS waits the visibility timeout, locally 200 ms × receive. */
  retryDelayMs?: (receive: number) => number;
  /** Dead-lettered messages are appended here (JSON lines) so `minzheng redrive` can find them from another process. */
  deadLetterFile?: string;
}

/** s3rver writes the raw key; S3 writes it form-encoded. Match S3 so the handler sees what AWS sends. */
const encodeKey = (key: string) =>
  key
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%20/g, '+'))
    .join('/');

/**
 * s3rver's sequencer is the millisecond clock, so two puts to one key within a millisecond would
 * share it (and, without versioning, their report id). S3's sequencer grows with every event for
 * a key; a per-process counter below the clock gives the same guarantee here.
 */
let sequenceInMillisecond = 0;
let lastMillisecond = 0;
function monotonicSequencer(): string {
  const now = Date.now();
  if (now === lastMillisecond) sequenceInMillisecond++;
  else {
    lastMillisecond = Math.max(now, lastMillisecond);
    sequenceInMillisecond = 0;
  }
  return ((BigInt(lastMillisecond) << 20n) | BigInt(sequenceInMillisecond)).toString(16).toUpperCase();
}

function asAwsRecord(record: S3rverRecord): S3rverRecord {
  const ip = record.requestParameters?.sourceIPAddress ?? '';
  return {
    ...record,
    // s3rver reports IPv6-mapped addresses (::ffff:127.0.0.1); S3 and its schema use IPv4.
    requestParameters: { sourceIPAddress: ip.replace(/^::ffff:/, '').replace(/^::1$/, '127.0.0.1') || '127.0.0.1' },
    s3: {
      ...record.s3,
      object: { ...record.s3.object, key: encodeKey(record.s3.object.key), sequencer: monotonicSequencer() },
    },
  };
}


export function localSqsRecord(body: string, messageId: string, receive: number): SQSRecord {
  return {
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
}

/**
 * Delivers one message up to maxReceiveCount times. A thrown invocation counts as a failed
 * delivery like a reported item failure: in AWS the whole batch returns to the queue.
 */
export async function deliverWithRetries(
  handler: IngestHandler,
  body: string,
  options: { messageId?: string; retryDelayMs?: (receive: number) => number } = {},
): Promise<{ ok: true } | { ok: false; error: string; failedDeliveries: number }> {
  const messageId = options.messageId ?? randomUUID();
  const delay = options.retryDelayMs ?? ((receive: number) => 200 * receive);
  let error = '';
  for (let receive = 1; receive <= ingestQueueSizing.maxReceiveCount; receive++) {
    try {
      const response = await handler({ Records: [localSqsRecord(body, messageId, receive)] }, localLambdaContext('minzheng-ingest-local', 60_000));
      if (!response || response.batchItemFailures.length === 0) return { ok: true };
      error = 'the handler reported the message as a batch item failure';
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    if (receive < ingestQueueSizing.maxReceiveCount) await new Promise((r) => setTimeout(r, delay(receive)));
  }
  return { ok: false, error, failedDeliveries: ingestQueueSizing.maxReceiveCount };
}

export function bridgeUploadsToIngest(s3: S3LocalServer, handler: IngestHandler, options: BridgeOptions): IngestBridge {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const pending: Array<{ body: string; messageId: string }> = [];
  const deadLetters: DeadLetter[] = [];
  const stats: BridgeStats = { queued: 0, succeeded: 0, deadLettered: 0, failedDeliveries: 0 };
  let running = 0;
  let idleWaiters: Array<() => void> = [];

  const settleIfIdle = () => {
    if (running > 0 || pending.length > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  };

  const work = async (message: { body: string; messageId: string }) => {
    const result = await deliverWithRetries(handler, message.body, {
      messageId: message.messageId,
      ...(options.retryDelayMs ? { retryDelayMs: options.retryDelayMs } : {}),
    });
    if (result.ok) {
      stats.succeeded++;
      return;
    }
    stats.failedDeliveries += result.failedDeliveries;
    stats.deadLettered++;
    const letter: DeadLetter = { messageId: message.messageId, body: message.body, failedAt: new Date().toISOString(), error: result.error };
    deadLetters.push(letter);
    if (options.deadLetterFile) {
      try {
        mkdirSync(dirname(options.deadLetterFile), { recursive: true });
        appendFileSync(options.deadLetterFile, `${JSON.stringify(letter)}\n`);
      } catch (err) {
        options.onError?.(err);
      }
    }
  };

  const pump = () => {
    while (running < concurrency && pending.length > 0) {
      const message = pending.shift()!;
      running++;
      work(message)
        .catch((err) => options.onError?.(err))
        .finally(() => {
          running--;
          pump();
          settleIfIdle();
        });
    }
  };

  const enqueue = (body: string, messageId: string = randomUUID()) => {
    stats.queued++;
    pending.push({ body, messageId });
    pump();
  };

  const listener = (event: { Records: S3rverRecord[] }) => {
    for (const record of event.Records) {
      if (!record.eventName.startsWith('ObjectCreated:')) continue;
      if (record.s3.bucket.name !== options.bucket) continue;
      if (!record.s3.object.key.startsWith(bucketLayout.incomingPrefix)) continue;
      enqueue(JSON.stringify({ Records: [asAwsRecord(record)] }));
    }
  };
  s3.server.on('event', listener);
  return {
    drain: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settleIfIdle();
      }),
    stop: () => s3.server.off('event', listener),
    deadLetters: () => [...deadLetters],
    async redrive() {
      const letters = deadLetters.splice(0);
      if (options.deadLetterFile) {
        const redriven = new Set(letters.map((l) => l.messageId));
        writeDeadLetterFile(options.deadLetterFile, readDeadLetterFile(options.deadLetterFile).filter((l) => !redriven.has(l.messageId)));
      }
      for (const letter of letters) enqueue(letter.body, letter.messageId);
      return { redriven: letters.length };
    },
    stats: () => ({ ...stats }),
  };
}

/** The dead-letter file's messages; none when it does not exist. A torn last line (crash mid-append) is skipped. */
export function readDeadLetterFile(path: string): DeadLetter[] {
  if (!existsSync(path)) return [];
  const letters: DeadLetter[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      letters.push(JSON.parse(line) as DeadLetter);
    } catch {
      // Only the line being written when a process died can be incomplete.
    }
  }
  return letters;
}

/** Replaces the file with what is still dead-lettered (written whole, then renamed, so a crash keeps the old list). */
export function writeDeadLetterFile(path: string, letters: DeadLetter[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, letters.map((l) => `${JSON.stringify(l)}\n`).join(''));
  renameSync(temporary, path);
}
