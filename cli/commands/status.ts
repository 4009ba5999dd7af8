// `minzheng status [--unit CODE] [--state S]`: every upload and what became of it, newest first,
// with the reasons for anything held back or failed. Reads through the query API's use cases.
import type { Command } from 'commander';
import type { ReportRecord, UploadState } from '#shared/domain/records.ts';
import { listUploads } from '#shared/query/uploads.ts';
import { uploadStateSchema } from '#shared/query/params.ts';
import { progressLine } from '#shared/cli/progress.ts';
import { resolveTarget, targetOptions, useTarget } from '#shared/cli/target.ts';
import { renderTable } from '#shared/cli/textTable.ts';
import { resolveUnit } from '#shared/cli/units.ts';

const states = uploadStateSchema.options as readonly UploadState[];

interface StatusFlags {
  unit?: string;
  state?: string;
  limit: string;
  json?: boolean;
  aws?: boolean;
  profile?: string;
}

export function registerStatus(program: Command): void {
  targetOptions(
    program
      .command('status')
      .description('Every upload and what became of it (stored, superseded, duplicate, held, dead-lettered), newest first, with reasons.')
      .option('--unit <code>', 'only uploads about this unit (adcode or name)')
      .option('--state <state>', `only uploads in this state: ${states.join(', ')}`)
      .option('--limit <n>', 'at most this many uploads', '200')
      .option('--json', 'print the upload records as JSON'),
  ).action(async (flags: StatusFlags) => {
    const unit = flags.unit ? resolveUnit(flags.unit) : undefined;
    if (flags.state && !states.includes(flags.state as UploadState)) {
      throw new Error(`--state must be one of ${states.join(', ')}, not ${flags.state}`);
    }
    const limit = Number(flags.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`--limit must be a positive whole number, not ${flags.limit}`);
    const target = await resolveTarget(flags, ['reports', 'rollups']);
    useTarget(target);
    const { defaultQueryDeps } = await import('../../functions/query/handler.ts');
    const deps = defaultQueryDeps();

    const progress = progressLine();
    const wanted = flags.state ? [flags.state as UploadState] : states;
    const records: ReportRecord[] = [];
    let more = false;
    for (const state of wanted) {
      progress.update(`status: reading ${state} uploads`);
      // Each state is read newest first up to the limit; merged, the newest `limit` overall remain.
      let next: string | undefined;
      let read = 0;
      do {
        const page = await listUploads(deps, { status: state, unit: unit?.adcode, limit: Math.min(500, limit - read), next });
        records.push(...page.items);
        read += page.items.length;
        next = page.next;
      } while (next && read < limit);
      if (next) more = true;
    }
    progress.done();
    records.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    if (records.length > limit) more = true;
    const shown = records.slice(0, limit);

    if (flags.json) {
      console.log(JSON.stringify(shown, null, 2));
      return;
    }
    console.log(`${target.description}${unit ? `, ${unit.name} (${unit.adcode})` : ''}: ${summary(shown)}${more ? ` (the newest ${limit}; --limit for more)` : ''}`);
    if (!shown.length) return;
    const rows = shown.map((r) => [
      r.receivedAt.replace('T', ' ').slice(0, 19),
      r.state,
      r.unit?.adcode ?? r.keyUnitCode ?? '',
      r.unit?.name ?? '',
      r.period?.key ?? r.keyPeriodKey ?? '',
      r.state === 'stored' || r.state === 'superseded' ? String(r.factCount) : '',
      r.key.split('/').pop() ?? r.key,
      r.reportId,
    ]);
    const table = renderTable(['received (UTC)', 'state', 'unit', 'name', 'period', 'facts', 'file', 'report'], rows).split('\n');
    console.log(table.slice(0, 2).join('\n'));
    shown.forEach((record, i) => {
      console.log(table[i + 2]);
      for (const line of reasons(record)) console.log(`    ${line}`);
    });
  });
}

function summary(records: ReportRecord[]): string {
  if (!records.length) return 'no uploads';
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
  return states.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`).join(', ');
}

/** Why an upload is not (or no longer) the one that counts. */
function reasons(record: ReportRecord): string[] {
  const extra = record as ReportRecord & { duplicateOf?: string; supersededBy?: string };
  if (record.state === 'duplicate' && extra.duplicateOf) return [`same bytes as report ${extra.duplicateOf}`];
  if (record.state === 'superseded' && extra.supersededBy) return [`replaced by report ${extra.supersededBy}`];
  if (record.state === 'held' || record.state === 'dead-lettered') {
    return record.issues.map((issue) => `${issue.code}: ${issue.message.replace(/\s*\n\s*/g, ' / ')}`);
  }
  return [];
}
