// What the reliability tests share: the real ingest handler on the per-file local resources,
// an SDK middleware that counts or fails commands, and reads of records by key.
import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { MiddlewareHook } from '#shared/aws/clients.ts';
import type { IngestDependencyOptions } from '#shared/ingest/dependencies.ts';
import { lambdaContext } from '../support/s3Events.ts';
import { reportsTableReader } from '../support/reportsTable.ts';
import type { TestResources } from '../support/localStack.ts';

type Next = (args: unknown) => Promise<unknown>;
type AddMiddleware = { add: (mw: unknown, options: unknown) => void };

/** Counts the calls of one command (e.g. GetObjectCommand) on a client. */
export function commandCounter(commandName: string) {
  const seen = { count: 0 };
  const hook: MiddlewareHook = (stack) =>
    (stack as AddMiddleware).add(
      (next: Next, context: { commandName?: string }) => async (args: unknown) => {
        if (context.commandName === commandName) seen.count++;
        return next(args);
      },
      { step: 'initialize', name: `count-${commandName}-${Math.random()}` },
    );
  return { seen, hook };
}

/**
 * Throttles one command while `when()` says so, at the `finalizeRequest` step so the SDK's own
 * retries see the error (as they would a real ProvisionedThroughputExceeded from DynamoDB).
 */
export function throttle(commandName: string, when: (call: number) => boolean) {
  const calls = { count: 0, throttled: 0 };
  const hook: MiddlewareHook = (stack) =>
    (stack as AddMiddleware).add(
      (next: Next, context: { commandName?: string }) => async (args: unknown) => {
        if (context.commandName === commandName) {
          calls.count++;
          if (when(calls.count)) {
            calls.throttled++;
            throw new ProvisionedThroughputExceededException({ message: 'injected throttle', $metadata: { httpStatusCode: 400 } });
          }
        }
        return next(args);
      },
      { step: 'finalizeRequest', name: `throttle-${commandName}-${Math.random()}` },
    );
  return { calls, hook };
}

export async function loadHandler() {
  // Before the handler module builds its Logger and Metrics: keep test output readable.
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  const { createIngestHandler } = await import('../../functions/ingest/handler.ts');
  const { ingestDependencies } = await import('#shared/ingest/dependencies.ts');
  return (env: Record<string, string>, options: IngestDependencyOptions = {}) => {
    const handler = createIngestHandler(() => ingestDependencies(env, options));
    return (event: SQSEvent) => handler(event, lambdaContext()) as Promise<SQSBatchResponse>;
  };
}

export function recordsByKey(stack: Pick<TestResources, 'dynamo' | 'tableNames'>) {
  const table = reportsTableReader(stack.dynamo, stack.tableNames.Reports);
  return {
    table,
    async of(bucket: string, key: string) {
      return (await table.all()).filter((i) => i.sk === 'REPORT' && i.key === key && i.bucket === bucket);
    },
  };
}

export async function objectExists(s3: S3Client, bucket: string, key: string): Promise<boolean> {
  try {
    await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch {
    return false;
  }
}
