// Function bundles: what each Lambda ships and what loading it costs a cold start.
//
// Each handler is bundled with esbuild using the construct's own options (imported from
// infra/constructs/minzheng-function.ts, so the benchmark cannot drift from the deployment).
// Load time: fresh `node` processes import the bundle, timed from inside (import() only) and
// from outside (process wall time), against an empty script measured in the same run.
// The ingest bundle has a 500 KB budget.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { esbuildOptionsForFunction, projectRoot } from '../infra/constructs/minzheng-function.ts';
import { unbundledPackagesByFunction } from '../infra/stateless-stack.ts';

export type { BenchSection } from './section.ts';
import type { BenchSection } from './section.ts';

export const ingestBundleBudgetBytes = 500 * 1024;
const functionNames = ['ingest', 'rollup', 'query'] as const;
const runs = Number(process.env.BENCH_BUNDLE_RUNS ?? 15);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

// Names the handlers read at load time; nothing is called, so the values are never used.
const handlerEnvironment = {
  AWS_REGION: 'cn-north-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  UPLOAD_BUCKET: 'bench-bucket',
  REPORTS_TABLE: 'bench-reports',
  ROLLUPS_TABLE: 'bench-rollups',
  POWERTOOLS_SERVICE_NAME: 'bench',
  POWERTOOLS_METRICS_NAMESPACE: 'Bench',
  POWERTOOLS_DEV: 'true',
};

interface LoadTiming {
  wallMs: number;
  importMs: number;
}

function timeLoader(script: string): LoadTiming {
  const walls: number[] = [];
  const imports: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [script], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, ...handlerEnvironment },
    });
    walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}`);
    imports.push(JSON.parse(result.stdout.trim().split('\n').at(-1)!).ms);
  }
  return { wallMs: median(walls), importMs: median(imports) };
}

function loaderScript(dir: string, name: string, bundle: string | null): string {
  const script = join(dir, `${name}-load.mjs`);
  const body = bundle
    ? `const m = await import(${JSON.stringify(`./${bundle}`)});\nif (typeof m.handler !== 'function') throw new Error('no handler export');\n`
    : '';
  writeFileSync(
    script,
    `const t0 = performance.now();\n${body}console.log(JSON.stringify({ ms: performance.now() - t0 }));\n`,
  );
  return script;
}

export async function run(): Promise<BenchSection> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bundles-'));
  try {
    const empty = timeLoader(loaderScript(dir, 'empty', null));
    const rows: string[] = [];
    const missing: string[] = [];
    let ingest: { bytes: number; gzipBytes: number } | null = null;
    for (const name of functionNames) {
      const entry = resolve(projectRoot, 'functions', name, 'handler.ts');
      if (!existsSync(entry)) {
        missing.push(name);
        continue;
      }
      mkdirSync(join(dir, name));
      const outfile = join(dir, name, 'index.mjs');
      const result = await build(esbuildOptionsForFunction(entry, outfile, unbundledPackagesByFunction[name]));
      const bytes = statSync(outfile).size;
      const gzipBytes = gzipSync(readFileSync(outfile)).length;
      if (name === 'ingest') ingest = { bytes, gzipBytes };
      const inputs = Object.keys(result.metafile!.inputs);
      const sdkInputs = inputs.filter((p) => p.includes('@aws-sdk/') || p.includes('@smithy/')).length;
      const load = timeLoader(loaderScript(dir, name, `${name}/index.mjs`));
      rows.push(
        `| ${name} | ${kb(bytes)} | ${kb(gzipBytes)} | ${inputs.length} (${sdkInputs} SDK) | ${load.importMs.toFixed(1)} | ` +
          `${load.wallMs.toFixed(0)} | ${(load.wallMs / empty.wallMs).toFixed(2)}× |`,
      );
    }
    // The part of ingest no project code can shrink: its S3 and DynamoDB clients with the commands
    // its two store adapters send, bundled alone with the same options. The rest of the ingest
    // bundle is extraction, divisions, readers' glue and Powertools.
    const sdkEntry = join(dir, 'ingest-sdk.ts');
    writeFileSync(
      sdkEntry,
      [
        `import { dynamoDocumentClient, s3Client } from ${JSON.stringify(resolve(projectRoot, 'shared/aws/clients.ts'))};`,
        `import { s3ObjectStore } from ${JSON.stringify(resolve(projectRoot, 'shared/store/s3ObjectStore.ts'))};`,
        `import { dynamoReportStore } from ${JSON.stringify(resolve(projectRoot, 'shared/store/dynamoReportStore.ts'))};`,
        `export const stores = (tableName) => [s3ObjectStore(s3Client()), dynamoReportStore({ client: dynamoDocumentClient(), tableName })];`,
      ].join('\n'),
    );
    const sdkOut = join(dir, 'ingest-sdk.mjs');
    const sdkBuild = await build(esbuildOptionsForFunction(sdkEntry, sdkOut));
    const sdkBytes = statSync(sdkOut).size;
    const sdkModules = Object.keys(sdkBuild.metafile!.inputs).length;
    rows.push(
      `| (ingest's S3 + DynamoDB clients and store adapters alone) | ${kb(sdkBytes)} | ${kb(gzipSync(readFileSync(sdkOut)).length)} | ${sdkModules} | – | – | – |`,
    );
    // The same ingest bundle from the SDK as published: every rewritten module (see
    // scripts/sdk-tree-shaking.mjs) is read from the original kept beside it.
    const asPublishedOut = join(dir, 'ingest-as-published.mjs');
    await build({
      ...esbuildOptionsForFunction(resolve(projectRoot, 'functions/ingest/handler.ts'), asPublishedOut, unbundledPackagesByFunction.ingest),
      plugins: [
        {
          name: 'sdk-as-published',
          setup(b) {
            b.onLoad({ filter: /[\\/]@aws-sdk[\\/].*[\\/]dist-es[\\/].*\.js$/ }, (args) =>
              existsSync(`${args.path}.orig`) ? { contents: readFileSync(`${args.path}.orig`, 'utf8'), loader: 'js' } : undefined,
            );
          },
        },
      ],
    });
    const asPublishedBytes = statSync(asPublishedOut).size;
    rows.push(
      `| (ingest, SDK as published: no tree-shaking rewrite) | ${kb(asPublishedBytes)} | ${kb(gzipSync(readFileSync(asPublishedOut)).length)} | – | – | – | – |`,
    );
    // Both readings against the budget: the minified file is what Node parses at a cold start,
    // the compressed size is roughly what the deployment zip carries.
    const verdict = (bytes: number) => (bytes < ingestBundleBudgetBytes ? 'within' : '**over**');
    const budget =
      ingest === null
        ? 'Ingest budget: not measured (no handler).'
        : `Ingest budget ${kb(ingestBundleBudgetBytes)} KB: minified bundle ${kb(ingest.bytes)} KB (${verdict(ingest.bytes)}); ` +
          `gzip ${kb(ingest.gzipBytes)} KB (${verdict(ingest.gzipBytes)}). ` +
          `The SDK clients and store adapters alone take ${kb(sdkBytes)} KB of it (${((100 * sdkBytes) / ingest.bytes).toFixed(0)}%). ` +
          `Built from the SDK as published it would be ${kb(asPublishedBytes)} KB: the install-time rewrite saves ${kb(asPublishedBytes - ingest.bytes)} KB.`;
    return {
      title: 'Function bundles and module load',
      command: 'node bin/run-ts.mjs bench/bundles.ts',
      lines: [
        `esbuild with the MinzhengFunction options (ESM, minified, UTF-8, SDK bundled with the Lambda credential providers only, the endpoint cache's LRU on a Map, no event-stream codec, and its ES modules rewritten at install for tree-shaking (scripts/sdk-tree-shaking.mjs), zod without locales, target ${esbuildOptionsForFunction('', '').target}); ` +
          `load measured on local Node ${process.version}, median of ${runs} fresh processes; ` +
          `${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}.`,
        '',
        '| function | bundle KB | gzip KB | modules bundled | import() ms | process wall ms | wall vs empty script |',
        '|---|---:|---:|---:|---:|---:|---:|',
        `| (empty script) | – | – | – | ${empty.importMs.toFixed(1)} | ${empty.wallMs.toFixed(0)} | 1.00× |`,
        ...rows,
        '',
        budget,
        ...(missing.length > 0 ? [`Not measured (handler not present): ${missing.join(', ')}.`] : []),
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(projectRoot, 'bench/bundles.ts')) {
  const section = await run();
  console.log(`## ${section.title}\n\n\`${section.command}\`\n\n${section.lines.join('\n')}`);
}
