// What became of an upload, read back through the query store: the record ingest writes for it.
// Without S3 versioning (the local S3) an upload's report id depends on the event's sequencer,
// which the uploader never sees, so a new upload is the record for its key that was not there before.
import type { ReportRecord } from '#shared/domain/records.ts';
import type { QueryStore } from '#shared/query/ports.ts';
import type { StartKey } from '#shared/query/cursor.ts';

/** Every upload record filed under a unit (by the unit code in its key). */
export async function recordsOfUnit(store: QueryStore, adcode: string): Promise<ReportRecord[]> {
  const records: ReportRecord[] = [];
  let startKey: StartKey | undefined;
  do {
    const page = await store.reportsOfUnit(adcode, { limit: 100, startKey });
    records.push(...page.items);
    startKey = page.lastKey;
  } while (startKey);
  return records;
}

export async function reportIdsForKey(store: QueryStore, adcode: string, key: string): Promise<Set<string>> {
  return new Set((await recordsOfUnit(store, adcode)).filter((r) => r.key === key).map((r) => r.reportId));
}

export interface AwaitedUpload {
  adcode: string;
  key: string;
  /** Records for the key before this upload. */
  before: Set<string>;
}

/** Polls until the upload's record appears; undefined when it has not within the timeout. */
export async function waitForRecord(
  store: QueryStore,
  upload: AwaitedUpload,
  options: { timeoutMs: number; pollMs?: number },
): Promise<ReportRecord | undefined> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const found = (await recordsOfUnit(store, upload.adcode)).find((r) => r.key === upload.key && !upload.before.has(r.reportId));
    if (found) return found;
    if (Date.now() >= deadline) return undefined;
    await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
  }
}

/** One line (and its reasons) for a clerk: what happened and, when held, what to do. */
export function describeOutcome(record: ReportRecord): string[] {
  const unit = record.unit?.name ? `${record.unit.name}(${record.unit.adcode})` : (record.keyUnitCode ?? '?');
  const period = record.period?.key ?? record.keyPeriodKey ?? '?';
  const extra = record as ReportRecord & { duplicateOf?: string; supersededBy?: string };
  const lines: string[] = [];
  switch (record.state) {
    case 'stored':
      lines.push(`stored: ${unit} ${period}, ${record.factCount} facts (report ${record.reportId})`);
      break;
    case 'duplicate':
      lines.push(`duplicate: the same bytes as the current report${extra.duplicateOf ? ` ${extra.duplicateOf}` : ''}; nothing changed`);
      break;
    case 'superseded':
      lines.push(`superseded: a newer upload for ${unit} ${period}${extra.supersededBy ? ` (${extra.supersededBy})` : ''} stands`);
      break;
    case 'held':
      lines.push(`held back (${record.status}) (report ${record.reportId}):`);
      break;
    case 'dead-lettered':
      lines.push(`failed: processing failed past the retries (report ${record.reportId}):`);
      break;
  }
  if (record.state === 'held' || record.state === 'dead-lettered') {
    for (const issue of record.issues) lines.push(`  - ${issue.code}: ${issue.message.replace(/\s*\n\s*/g, ' / ')}`);
  }
  return lines;
}
