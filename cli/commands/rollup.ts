// `minzheng rollup [--full]`: run the provincial rollup against the configured endpoints
// (AWS_ENDPOINT_URL_DYNAMODB, REPORTS_TABLE, ROLLUPS_TABLE; `npm start` sets them for the local stack).
import type { Command } from 'commander';
import { dynamoDocumentClient } from '#shared/aws/clients.ts';
import { divisions } from '#shared/divisions/divisions.ts';
import { runRollups } from '#shared/rollup/runRollups.ts';
import { rollupStoreFromEnvironment } from '#shared/store/dynamoRollupStore.ts';
import { resolveTarget, targetOptions, useTarget } from '#shared/cli/target.ts';

export function registerRollup(program: Command): void {
  targetOptions(program
    .command('rollup')
    .description('Recompute provincial rollups: the (province, period) partitions changed since the last run, or all with --full.')
    .option('--full', 'recompute every partition, not only the changed ones', false)
    .option('--concurrency <n>', 'partitions computed at once', (v) => Number.parseInt(v, 10), 8))
    .action(async (options: { full: boolean; concurrency: number; aws?: boolean; profile?: string }) => {
      // The running local stack (npm start), or the deployed tables the environment names.
      useTarget(await resolveTarget(options, ['reports', 'rollups']));
      const store = rollupStoreFromEnvironment(dynamoDocumentClient());
      const result = await runRollups(
        { store, divisions: divisions(), clock: { now: () => new Date() }, concurrency: options.concurrency },
        { full: options.full },
      );
      const { read, write } = store.consumed();
      process.stdout.write(`${JSON.stringify({ ...result, consumedCapacity: { read, write } }, null, 2)}\n`);
    });
}
