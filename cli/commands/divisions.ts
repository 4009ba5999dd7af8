// `minzheng divisions resolve|children|counts`: the administrative divisions the pipeline uses.
import type { Command } from 'commander';
import { divisions } from '#shared/divisions/divisions.ts';
import type { Resolution } from '#shared/divisions/types.ts';

/** Exit codes: 0 one unit, 1 ambiguous (candidates printed), 2 unknown. */
export function resolutionOutput(r: Resolution): { json: unknown; exitCode: number } {
  if (r.kind === 'unit') return { json: { ...r.division, usedName: r.usedName, ...(r.formerName ? { formerName: r.formerName } : {}) }, exitCode: 0 };
  if (r.kind === 'ambiguous') return { json: { code: 'ambiguous-unit', usedName: r.usedName, candidates: r.candidates }, exitCode: 1 };
  return { json: { code: 'unknown-unit', usedName: r.usedName }, exitCode: 2 };
}

const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerDivisions(program: Command): void {
  const command = program
    .command('divisions')
    .description('China\'s administrative divisions (GB/T 2260, 2023 data): resolve names and codes, list children.');

  command
    .command('resolve')
    .argument('<nameOrCode>', 'a full, short or former name (海门区, 淮南, 海门市) or a code (320614, 3206, 32)')
    .option('--unit <code>', 'the upload\'s unit code, to settle a shared name')
    .option('--near <name>', 'a province or city named nearby (repeatable)', collect, [] as string[])
    .description('Print the unit as JSON; exit 1 with the candidates when the name is ambiguous, 2 when unknown.')
    .action((nameOrCode: string, options: { unit?: string; near: string[] }) => {
      const { json, exitCode } = resolutionOutput(
        divisions().resolve(nameOrCode, { unitCode: options.unit, nearby: options.near }),
      );
      print(json);
      process.exitCode = exitCode;
    });

  command
    .command('children')
    .argument('<code>', 'a province or prefecture code (or an unambiguous name)')
    .description('List the units directly under a unit, as JSON.')
    .action((code: string) => {
      const r = divisions().resolve(code);
      if (r.kind !== 'unit') {
        const { json, exitCode } = resolutionOutput(r);
        print(json);
        process.exitCode = exitCode;
        return;
      }
      print(divisions().children(r.division.adcode));
    });

  command
    .command('counts')
    .argument('[provinceCode]', 'a province code; all provinces when left out')
    .description('Prefecture- and county-level units per province (the denominators of rollup coverage).')
    .action((provinceCode?: string) => {
      const d = divisions();
      const provinces = provinceCode ? [d.resolve(provinceCode)] : d.provinces().map((p) => d.resolve(p.adcode));
      const rows = [];
      for (const r of provinces) {
        if (r.kind !== 'unit' || r.division.level !== 'province') {
          print({ code: 'unknown-unit', usedName: r.usedName, message: 'not a province' });
          process.exitCode = 2;
          return;
        }
        rows.push({ provinceCode: r.division.adcode, province: r.division.name, ...d.countUnitsByProvince(r.division.adcode) });
      }
      print(provinceCode ? rows[0] : rows);
    });
}
