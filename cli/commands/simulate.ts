// `minzheng simulate`: writes simulated bureau reports and their gold labels, in the shared
// corpus's layout (reports/*.txt, gold/*.json), so the scorer can run against them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { divisions } from '#shared/divisions/divisions.ts';
import { simulateCorpus } from '#shared/simulate/corpus.ts';

interface SimulateFlags {
  out: string;
  count?: string;
  allUnits?: boolean;
  seed: string;
  period?: string;
  templates: string;
  encodings: 'mixed' | 'utf-8';
}

export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description('Write simulated civil-affairs work reports (DIR/reports/*.txt) and their true figures (DIR/gold/*.json).')
    .requiredOption('--out <dir>', 'folder to write reports/ and gold/ into')
    .option('--count <n>', 'how many reports, over randomly chosen units (default 100)')
    .option('--all-units', 'one report for every prefecture- and county-level unit')
    .option('--seed <seed>', 'seed; the same seed writes the same corpus', '1')
    .option('--period <key>', 'period: a year (2021) or a key (2021-H1, 2021-Q3, 2021-11); without it, reports spread over 2019-2023 and all period kinds')
    .option('--templates <share>', 'share of blank templates', '0.03')
    .option('--encodings <which>', 'mixed (UTF-8, BOM, GB18030, UTF-16) or utf-8', 'mixed')
    .action((flags: SimulateFlags) => {
      if (flags.count && flags.allUnits) throw new Error('give --count or --all-units, not both');
      const count = flags.count ? Number(flags.count) : 100;
      if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive whole number, not ${flags.count}`);
      const templateShare = Number(flags.templates);
      if (!(templateShare >= 0 && templateShare <= 1)) throw new Error(`--templates must be a share between 0 and 1, not ${flags.templates}`);
      if (flags.encodings !== 'mixed' && flags.encodings !== 'utf-8') throw new Error('--encodings must be mixed or utf-8');
      mkdirSync(join(flags.out, 'reports'), { recursive: true });
      mkdirSync(join(flags.out, 'gold'), { recursive: true });
      const entries = simulateCorpus(
        {
          seed: flags.seed,
          count: flags.allUnits ? undefined : count,
          units: flags.allUnits ? 'all' : undefined,
          periodKey: flags.period,
          mixedPeriods: !flags.period,
          templateShare,
          encodings: flags.encodings,
        },
        divisions(),
      );
      let n = 0;
      let facts = 0;
      const started = Date.now();
      const total = flags.allUnits ? divisions().all().filter((d) => d.level !== 'province').length : count;
      const tty = process.stderr.isTTY;
      for (const { file, report, gold } of entries) {
        writeFileSync(join(flags.out, 'reports', file), report.bytes);
        writeFileSync(join(flags.out, 'gold', file.replace(/\.txt$/, '.json')), JSON.stringify(gold, null, 1) + '\n');
        n++;
        facts += gold.facts.length;
        if (n % 100 === 0 || n === total) {
          const msg = `simulate: ${n}/${total} reports, ${facts} facts, ${((Date.now() - started) / 1000).toFixed(1)}s`;
          if (tty) process.stderr.write(`\r${msg}`);
          else console.error(msg);
        }
      }
      if (tty) process.stderr.write('\n');
      console.log(`wrote ${n} reports with ${facts} true facts to ${flags.out}`);
    });
}
