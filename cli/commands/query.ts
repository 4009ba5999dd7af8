// `minzheng query rollups|facts|report`: the query API from the command line. Each subcommand
// is the API's route run through the same handleQuery, so the CLI and the API give the same
// numbers; a table is the route's CSV export laid out for a terminal.
import type { Command } from 'commander';
import { handleQuery, type QueryResponse } from '#shared/query/http.ts';
import type { ReportView } from '#shared/query/reports.ts';
import { resolveTarget, targetOptions, useTarget } from '#shared/cli/target.ts';
import { parseCsv, renderTable } from '#shared/cli/textTable.ts';
import { resolveProvince, resolveUnit } from '#shared/cli/units.ts';

type Format = 'table' | 'json' | 'csv';
const formats: Format[] = ['table', 'json', 'csv'];

interface TargetFlags {
  aws?: boolean;
  profile?: string;
  format: string;
}

/** Runs one API request against the target and prints it in the chosen format. */
async function runQuery(
  flags: TargetFlags,
  path: string,
  query: Record<string, string | undefined>,
  render?: (json: unknown) => string,
): Promise<void> {
  const format = flags.format as Format;
  if (!formats.includes(format)) throw new Error(`--format must be one of ${formats.join(', ')}, not ${flags.format}`);
  const target = await resolveTarget(flags, ['reports', 'rollups']);
  useTarget(target);
  const { defaultQueryDeps } = await import('../../functions/query/handler.ts');
  const wire = format === 'table' && !render ? 'csv' : format === 'table' ? 'json' : format;
  const deps = defaultQueryDeps();
  const ask = (extra: Record<string, string | undefined>) =>
    handleQuery(deps, { method: 'GET', path, query: { ...query, format: wire === 'json' ? undefined : wire, ...extra } });
  const response = await ask({});
  if (response.statusCode >= 400) return fail(response);
  if (format === 'json') console.log(JSON.stringify(await allPages(JSON.parse(response.body), ask), null, 2));
  else if (format === 'csv') process.stdout.write(response.body);
  else if (render) console.log(render(JSON.parse(response.body)));
  else {
    const [header, ...rows] = parseCsv(response.body);
    console.log(rows.length ? renderTable(header, rows) : '(no rows)');
  }
  if (response.headers['x-next-cursor']) console.error(`more rows follow than one export holds; narrow the query (--province, --metric)`);
}

/** A paged JSON answer read to its end, as one answer without a cursor (CSV exports do the same). */
async function allPages(
  first: { items?: unknown[]; next?: string },
  ask: (extra: Record<string, string>) => Promise<QueryResponse>,
): Promise<unknown> {
  const items = [...(first.items ?? [])];
  let next = first.next;
  while (next) {
    const response = await ask({ next, limit: '500' });
    if (response.statusCode >= 400) throw new Error(`reading the next page failed: ${response.body}`);
    const page = JSON.parse(response.body) as { items: unknown[]; next?: string };
    items.push(...page.items);
    next = page.next;
  }
  const { next: _ignored, ...head } = first;
  return first.items ? { ...head, items } : first;
}

function fail(response: QueryResponse): void {
  const { error } = JSON.parse(response.body) as { error: { code: string; message: string } };
  console.error(`${error.code}: ${error.message}`);
  process.exitCode = 1;
}

const formatOption = (command: Command) => command.option('--format <format>', `output: ${formats.join(', ')}`, 'table');

export function registerQuery(program: Command): void {
  const query = program.command('query').description('Read rollups, a unit\'s facts or one report, as the query API answers them.');

  targetOptions(
    formatOption(
      query
        .command('rollups')
        .description('Provincial rollups of a period, by province and metric.')
        .requiredOption('--period <key>', 'period: 2021, 2021-H1, 2021-Q3 or 2021-11')
        .option('--province <code>', 'one province (code or name, e.g. 340000 or 安徽省)')
        .option('--metric <id>', 'one catalogue metric, e.g. dibao_recipients')
        .option('--layout <layout>', 'wide (a column per metric) or long (a row per metric)', 'long'),
    ),
  ).action((flags: TargetFlags & { period: string; province?: string; metric?: string; layout: string }) =>
    runQuery(flags, '/api/rollups', {
      period: flags.period,
      province: flags.province ? resolveProvince(flags.province).adcode : undefined,
      metric: flags.metric,
      layout: flags.layout,
    }),
  );

  targetOptions(
    formatOption(
      query
        .command('facts')
        .description('A unit\'s current facts, each with the sentence it was read from.')
        .requiredOption('--unit <code>', 'the unit (adcode or name)')
        .option('--period <key>', 'one period (default: every period the unit has facts for)'),
    ),
  ).action((flags: TargetFlags & { unit: string; period?: string }) =>
    runQuery(flags, `/api/units/${resolveUnit(flags.unit).adcode}/facts`, { period: flags.period }),
  );

  targetOptions(
    formatOption(query.command('report').description('One upload: its record, its facts while current, a link to the original.').argument('<id>', 'report id (from status)')),
  ).action((id: string, flags: TargetFlags) => {
    if (flags.format === 'csv') throw new Error('a report answers as a table or JSON');
    return runQuery(flags, `/api/reports/${encodeURIComponent(id)}`, {}, (json) => reportText(json as ReportView));
  });
}

function reportText(view: ReportView): string {
  const r = view.report;
  const lines = [
    `report     ${r.reportId}`,
    `file       ${r.key}`,
    `state      ${r.state}${view.current ? ' (current)' : ''}; extraction ${r.status}`,
    `unit       ${r.unit?.name ?? '?'} (${r.unit?.adcode ?? r.keyUnitCode ?? '?'}), period ${r.period?.key ?? r.keyPeriodKey ?? '?'}`,
    `received   ${r.receivedAt}`,
    `original   ${view.sourceUrl}`,
  ];
  for (const issue of r.issues) lines.push(`issue      ${issue.code}: ${issue.message}`);
  if (view.facts?.length) {
    lines.push('', renderTable(
      ['metric', 'name', 'value', 'unit', 'quote'],
      view.facts.map((f) => [f.metric, f.metricName ?? '', String(f.value), f.unit, f.quote]),
    ));
  }
  return lines.join('\n');
}
