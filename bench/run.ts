// `npm run bench`: runs every benchmark section and writes BENCHMARKS.md. Each section measures
// its own baseline in the same run, so figures are ratios that survive a change of machine.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { BenchSection } from './section.ts';

const sections: Array<[string, () => Promise<{ run(): Promise<BenchSection> }>]> = [
  ['extract', () => import('./extract.ts')],
  ['numbers', () => import('./numbers.ts')],
  ['divisions', () => import('./divisions.ts')],
  ['rollup', () => import('./rollup.ts')],
  ['bundles', () => import('./bundles.ts')],
  ['soak', () => import('./soak.ts')],
];

const only = process.argv.slice(2);
const out: string[] = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}.`,
  'Absolute times depend on the machine; the ratios against the baseline measured in the same run are what to compare.',
  '',
];
for (const [name, load] of sections) {
  if (only.length && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name}...\n`);
  try {
    const section = await (await load()).run();
    out.push(`## ${section.title}`, '', `Command: \`${section.command}\``, '', ...section.lines, '');
  } catch (err) {
    out.push(`## ${name}`, '', `Not measured: ${(err as Error).message}`, '');
  }
}
// Some sections only (npm run bench -- extract bundles): printed, so BENCHMARKS.md keeps every section.
if (only.length) process.stdout.write(`${out.join('\n')}\n`);
else {
  writeFileSync('BENCHMARKS.md', out.join('\n'));
  process.stderr.write('bench: wrote BENCHMARKS.md\n');
}
