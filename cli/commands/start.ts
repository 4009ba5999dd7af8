// `minzheng start` (`npm start`): the whole pipeline on this machine. DynamoDB Local and s3rver
// keep their data under .minzheng/; every object put under incoming/ reaches the real ingest
// handler as the SQS-wrapped S3 event it gets on AWS; the rollup runs on a timer as the schedule
// does on AWS; the query handler (API and dashboard) answers on a printed loopback URL. A first
// start on an empty store uploads sample reports so there is something to look at.
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { dynamoDocumentClient, s3Client } from '#shared/aws/clients.ts';
import { divisions } from '#shared/divisions/divisions.ts';
import { runRollups, type RollupRunResult } from '#shared/rollup/runRollups.ts';
import { rollupStoreFromEnvironment } from '#shared/store/dynamoRollupStore.ts';
import { dataDirectory, removeEndpoints, runningLocalStack, writeEndpoints, type LocalEndpoints } from '#shared/cli/endpointsFile.ts';
import { progressLine, type Progress } from '#shared/cli/progress.ts';
import type { HttpApiServer } from '../../local/httpServer.ts';
import type { IngestBridge } from '../../local/ingestBridge.ts';
import { corpusSample, countUploadsByState, putUploads, simulatedSample, storeIsEmpty } from '../../local/seed.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The shared corpus beside the project, when it is there. */
export const defaultCorpusSeeds = join(projectRoot, '..', 'shared', 'corpus', 'seeds');
const defaultPort = 8787;

export interface PlatformOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Fall back to a free port when `port` is taken (the default port only). */
  portFallback?: boolean;
  fresh?: boolean;
  /** Upload sample reports when the store is empty. */
  seed: boolean;
  rollupEverySeconds: number;
  sampleCount?: number;
  samplePeriod?: string;
  corpusSeeds?: string;
  log?: (line: string) => void;
  progress?: Progress;
}

export interface SeedSummary {
  uploaded: number;
  skipped: { file: string; reason: string }[];
  states: Record<string, number>;
  rollup: RollupRunResult;
  periodKey: string;
  seconds: number;
}

export interface RunningPlatform {
  url: string;
  endpoints: LocalEndpoints;
  /** Settles when first-start seeding and its rollup are done; undefined when nothing was seeded. */
  seeding: Promise<SeedSummary | undefined>;
  /** Runs the rollup now (the timer's runs never overlap with it). */
  rollupNow(): Promise<RollupRunResult>;
  stop(): Promise<void>;
}

export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const log = options.log ?? ((line: string) => console.log(line));
  const progress = options.progress ?? progressLine();
  const started = Date.now();
  const dataDir = options.dataDir;

  const running = await runningLocalStack(dataDir);
  if (running.endpoints) {
    throw new Error(`a local stack already runs from ${dataDir} (pid ${running.endpoints.pid}) at ${running.endpoints.apiUrl}; stop it first`);
  }
  if (options.fresh) rmSync(dataDir, { recursive: true, force: true });

  // Before the handlers' modules load: their loggers and metrics read these once.
  process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  const [{ startLocal }, { createQueryHandler, defaultQueryDeps }, { serveHttpApi }] = await Promise.all([
    import('../../local/start.ts'),
    import('../../functions/query/handler.ts'),
    import('../../local/httpServer.ts'),
  ]);

  const local = await startLocal({ dataDir, onError: (err) => log(`local ingest failed: ${errorText(err)}`) });
  let http: HttpApiServer | undefined;
  try {
    // The query handler, the rollup store and the CLI's clients read the environment, as on AWS.
    Object.assign(process.env, local.stack.env);
    const handler = createQueryHandler(() => defaultQueryDeps(process.env));
    const onError = (err: unknown) => log(`query failed: ${errorText(err)}`);
    try {
      http = await serveHttpApi(handler, { port: options.port, onError });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || !options.portFallback) throw portError(err, options.port);
      http = await serveHttpApi(handler, { port: 0, onError });
      log(`port ${options.port} is taken; using ${new URL(http.url).port}`);
    }
  } catch (err) {
    await local.stop();
    throw err;
  }

  const endpoints: LocalEndpoints = {
    apiUrl: http.url,
    dynamoEndpoint: local.stack.dynamoEndpoint,
    s3Endpoint: local.stack.s3Endpoint,
    region: local.stack.env.AWS_REGION,
    bucket: local.stack.bucket,
    tables: local.stack.tableNames,
    pid: process.pid,
    startedAt: new Date(started).toISOString(),
  };
  writeEndpoints(dataDir, endpoints);
  log(`minzheng: local stack up in ${seconds(started)} s`);
  log(`  dashboard and API  ${http.url}/`);
  log(`  DynamoDB Local     ${endpoints.dynamoEndpoint}   S3 (s3rver) ${endpoints.s3Endpoint}   bucket ${endpoints.bucket}`);
  log(`  data               ${dataDir}/ (kept across restarts; --fresh starts empty)`);

  const dynamo = dynamoDocumentClient({ endpoint: endpoints.dynamoEndpoint });
  const s3 = s3Client({ endpoint: endpoints.s3Endpoint });
  const rollupStore = rollupStoreFromEnvironment(dynamo, local.stack.env);
  const timer = rollupTimer(
    () => runRollups({ store: rollupStore, divisions: divisions(), clock: { now: () => new Date() } }),
    options.rollupEverySeconds * 1000,
    (result) => {
      const changed = result.partitions.filter((p) => p.outcome !== 'deferred').length;
      if (changed) log(`rollup: ${changed} province-period partition(s) recomputed`);
    },
    (err) => log(`rollup failed: ${errorText(err)}`),
  );

  let stopping = false;
  const seedFirstStart = async (): Promise<SeedSummary | undefined> => {
    if (!options.seed || !(await storeIsEmpty(dynamo, endpoints.tables.Reports))) return undefined;
    const seedStarted = Date.now();
    const periodKey = options.samplePeriod ?? String(new Date().getFullYear() - 1);
    const corpus = await corpusSample(options.corpusSeeds ?? defaultCorpusSeeds);
    const uploads = [...simulatedSample({ count: options.sampleCount ?? 60, periodKey }, divisions()), ...corpus.uploads];
    for (const skip of corpus.skipped) log(`seed: skipped ${skip.file}: ${skip.reason}`);
    await putUploads(s3, endpoints.bucket, uploads, (done, total) => {
      if (!stopping) progress.update(`seed: uploaded ${done}/${total} sample reports`);
    });
    const states = await waitForIngest(
      local.bridge,
      uploads.length,
      () => countUploadsByState(dynamo, endpoints.tables.Reports),
      (n) => progress.update(`seed: ingested ${n}/${uploads.length}`),
      () => stopping,
    );
    progress.done(`seed: ${uploads.length} sample reports ingested: ${describeStates(states)} (${seconds(seedStarted)} s)`);
    const rollup = await timer.runNow();
    log(`seed: rollups of the sample served ${seconds(started)} s after start`);
    log(`  e.g. ${http!.url}/api/rollups?period=${periodKey}`);
    return { uploaded: uploads.length, skipped: corpus.skipped, states, rollup, periodKey, seconds: (Date.now() - seedStarted) / 1000 };
  };
  const seeding = seedFirstStart();
  seeding.catch((err) => log(`seeding failed: ${errorText(err)}`));

  return {
    url: http.url,
    endpoints,
    seeding,
    rollupNow: () => timer.runNow(),
    async stop() {
      stopping = true;
      await Promise.race([seeding.catch(() => {}), sleep(5000)]);
      await timer.stop();
      await http!.close();
      await local.stop();
      dynamo.destroy();
      s3.destroy();
      removeEndpoints(dataDir);
    },
  };
}

/** Like the schedule on AWS: runs never overlap; a tick while one runs is skipped. */
function rollupTimer(
  run: () => Promise<RollupRunResult>,
  everyMs: number,
  onResult: (result: RollupRunResult) => void,
  onError: (err: unknown) => void,
) {
  let current: Promise<RollupRunResult> | undefined;
  const start = () => {
    const promise = run().finally(() => {
      if (current === promise) current = undefined;
    });
    current = promise;
    return promise;
  };
  const interval = setInterval(() => {
    if (!current) start().then(onResult, onError);
  }, everyMs);
  return {
    /** Waits for a run in progress, then runs again so the result includes everything until now. */
    async runNow() {
      await current?.catch(() => {});
      return start();
    },
    async stop() {
      clearInterval(interval);
      await current?.catch(() => {});
    },
  };
}

/**
 * The bridge hands notifications to the ingest handler one by one; wait until it has none left
 * and every upload has its record. A handler stuck on a request that never returns must not
 * stall the start: a spell of `patienceMs` without a new record ends the wait.
 */
async function waitForIngest(
  bridge: Pick<IngestBridge, 'drain' | 'stats'>,
  expected: number,
  count: () => Promise<Record<string, number>>,
  onCount: (recorded: number) => void,
  shouldStop: () => boolean,
  patienceMs = 15_000,
): Promise<Record<string, number>> {
  const recorded = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  let idle = false;
  const watchDrain = async () => {
    for (;;) {
      // Notifications are emitted while a put is answered: a short pause lets the last ones queue.
      await sleep(100);
      const queued = bridge.stats().queued;
      await bridge.drain();
      await sleep(100);
      if (bridge.stats().queued === queued) break;
    }
    idle = true;
  };
  watchDrain().catch(() => {});
  let last = -1;
  let changedAt = Date.now();
  for (;;) {
    const counts = await count();
    const n = recorded(counts);
    onCount(n);
    if (n !== last) [last, changedAt] = [n, Date.now()];
    const quiet = Date.now() - changedAt > patienceMs;
    if (shouldStop() || (idle && n >= expected) || quiet) return counts;
    await sleep(idle ? 100 : 500);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const describeStates = (states: Record<string, number>) =>
  Object.entries(states)
    .sort((a, b) => b[1] - a[1])
    .map(([state, n]) => `${n} ${state}`)
    .join(', ') || 'nothing recorded';

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

function portError(err: unknown, port: number): Error {
  if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') return new Error(`port ${port} is in use on 127.0.0.1; pass --port N (or 0 for any free port)`);
  return err as Error;
}

interface StartFlags {
  fresh: boolean;
  port?: string;
  seed: boolean;
  rollupEvery: string;
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('Run the whole pipeline on this machine (DynamoDB Local, a local S3, ingest, rollups, the API and dashboard).')
    .option('--fresh', 'delete the local data (.minzheng/) first and start empty', false)
    .option('--port <n>', `port for the dashboard and API on 127.0.0.1 (default ${defaultPort}, or a free one if taken; 0 for any)`)
    .option('--no-seed', 'do not upload sample reports into an empty store')
    .option('--rollup-every <seconds>', 'how often the rollup runs', '10')
    .action(async (flags: StartFlags) => {
      const port = flags.port === undefined ? defaultPort : Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not ${flags.port}`);
      const rollupEverySeconds = Number(flags.rollupEvery);
      if (!(rollupEverySeconds >= 1)) throw new Error(`--rollup-every must be at least 1 second, not ${flags.rollupEvery}`);
      const platform = await startPlatform({
        dataDir: dataDirectory(),
        port,
        portFallback: flags.port === undefined,
        fresh: flags.fresh,
        seed: flags.seed,
        rollupEverySeconds,
      });
      console.log('Press Ctrl+C to stop.');
      const signal = await new Promise<NodeJS.Signals>((resolve) => {
        process.once('SIGINT', () => resolve('SIGINT'));
        process.once('SIGTERM', () => resolve('SIGTERM'));
      });
      console.log(`\n${signal}: stopping…`);
      await platform.stop();
      console.log('stopped; data kept for the next start.');
      // SDK keep-alive sockets must not hold the process open once everything is stopped.
      setTimeout(() => process.exit(), 2000).unref();
    });
}
