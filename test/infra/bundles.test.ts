// The deployed bundles are built with options the unit tests never exercise (ESM output with a
// require banner, the zod alias, everything inlined). Build each handler the way the construct
// does and load it in a fresh Node process, as Lambda would, so a bundling mistake fails here.
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { esbuildOptionsForFunction, projectRoot } from '../../infra/constructs/minzheng-function.ts';

const outDir = resolve(projectRoot, 'test/.artifacts/bundles');

describe.each(['ingest', 'rollup', 'query'])('%s bundle', (name) => {
  const entry = resolve(projectRoot, 'functions', name, 'handler.ts');

  it.skipIf(!existsSync(entry))('builds with the construct options and loads on this Node', async () => {
    rmSync(resolve(outDir, name), { recursive: true, force: true });
    mkdirSync(resolve(outDir, name), { recursive: true });
    const outfile = resolve(outDir, name, 'index.mjs');
    const result = await build(esbuildOptionsForFunction(entry, outfile));
    // Inputs that contributed bytes (esbuild also lists what it parsed and then shook out).
    const bundled = Object.values(result.metafile!.outputs).find((output) => output.entryPoint)!.inputs;
    const inputs = Object.keys(bundled).filter((path) => bundled[path].bytesInOutput > 0);
    // The alias is in effect: zod is in, its translations are not (English is configured by zod itself).
    expect(inputs.filter((p) => p.includes('zod/v4/locales/') && !p.endsWith('/en.js'))).toEqual([]);
    // The SDK is bundled, not expected from the runtime.
    expect(inputs.some((p) => p.includes('node_modules/@aws-sdk/'))).toBe(true);

    const load = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `const m = await import(${JSON.stringify(outfile)}); console.log(typeof m.handler);`],
      {
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          AWS_REGION: 'cn-north-1',
          UPLOAD_BUCKET: 'test-bucket',
          REPORTS_TABLE: 'test-reports',
          ROLLUPS_TABLE: 'test-rollups',
        },
      },
    );
    expect(load.stderr.replace(/\(node:\d+\) Warning: NodeVersionSupportWarning[\s\S]*/, '')).toBe('');
    expect(load.stdout.trim()).toBe('function');
  });
});
