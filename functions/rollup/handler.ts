// The scheduled rollup Lambda. Thin: parse the EventBridge event, run the use case in shared/rollup,
// log what it did. A schedule rule whose input sets `detail.full` runs a full recomputation.
import middy from '@middy/core';
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import { dynamoDocumentClient } from '#shared/aws/clients.ts';
import { divisions } from '#shared/divisions/divisions.ts';
import { runRollups, type RollupRunResult, type RunRollupsDeps } from '#shared/rollup/runRollups.ts';
import { rollupStoreFromEnvironment } from '#shared/store/dynamoRollupStore.ts';

const logger = new Logger({ serviceName: 'minzheng-rollup' });

export const scheduledRollupEvent = z
  .object({
    'detail-type': z.string().optional(),
    detail: z.object({ full: z.boolean().optional() }).passthrough().optional(),
  })
  .passthrough();

export interface RollupSummary {
  mode: RollupRunResult['mode'];
  partitions: number;
  written: number;
  deferred: number;
  marksKept: number;
}

export const summarise = (r: RollupRunResult): RollupSummary => ({
  mode: r.mode,
  partitions: r.partitions.length,
  written: r.partitions.filter((p) => p.outcome === 'written').length,
  deferred: r.partitions.filter((p) => p.outcome === 'deferred').length,
  marksKept: r.partitions.filter((p) => p.markCleared === false).length,
});

export const defaultRollupDeps = (env: NodeJS.ProcessEnv = process.env): RunRollupsDeps => ({
  store: rollupStoreFromEnvironment(dynamoDocumentClient(), env),
  divisions: divisions(),
  clock: { now: () => new Date() },
});

export function createRollupHandler(deps: () => RunRollupsDeps) {
  let resolved: RunRollupsDeps | undefined;
  return middy<unknown, RollupSummary, Error, Context>()
    .use(injectLambdaContext(logger))
    .handler(async (raw) => {
      const event = scheduledRollupEvent.parse(raw ?? {});
      resolved ??= deps();
      const result = await runRollups(resolved, { full: event.detail?.full === true });
      const summary = summarise(result);
      logger.info('rollup run finished', { ...summary, startedAt: result.startedAt, finishedAt: result.finishedAt });
      return summary;
    });
}

export const handler = createRollupHandler(() => defaultRollupDeps());
