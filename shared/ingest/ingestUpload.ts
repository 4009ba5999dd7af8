// The ingest use case: one upload notification in, one report record out (stored, superseded,
// duplicate or held), and for a stored report its facts made current atomically. Every step is
// safe to repeat, so a redelivered or concurrent twin event changes nothing.
import type { UploadState } from '#shared/domain/records.ts';
import type { ExtractionResult, ReportIssue, ReportStatus } from '#shared/domain/report.ts';
import { noUnit } from '#shared/domain/report.ts';
import { heldReasons, periodMismatchIssue, unitMismatchIssue, unknownUnitIssue } from './checks.ts';
import { contentHashOf, reportIdOf } from './identity.ts';
import {
  ObjectTooLargeError,
  type Clock,
  type CurrentFacts,
  type Divisions,
  type ExtractReport,
  type IngestRecord,
  type ObjectStore,
  type ReportStore,
  type UploadEvent,
} from './ports.ts';
import { canonicalEventTime, isNewerUpload } from './uploadOrder.ts';
import { extractedKeyFor, heldKeyFor, parseUploadKey } from './uploadKey.ts';

export interface IngestDeps {
  objects: ObjectStore;
  reports: ReportStore;
  clock: Clock;
  extract: ExtractReport;
  divisions: Divisions;
  limits: { maxObjectBytes: number };
}

export interface IngestOutcome {
  reportId: string;
  state: UploadState;
  /** The record existed already (redelivery): nothing was written. */
  alreadyRecorded: boolean;
  /** Issue codes for a held upload. */
  reasons: string[];
  factCount: number;
  /** The (province, period) whose rollup must be recomputed, when the current facts changed. */
  dirty?: { provinceCode: string; periodKey: string };
  /** Set when the store could not tag the held original (local S3 without tagging). */
  tagUnsupported?: boolean;
}

/** Bounded: each retry means another upload for the same unit and period won a race meanwhile. */
const maxDecisionRounds = 10;

export async function ingestUpload(event: UploadEvent, deps: IngestDeps): Promise<IngestOutcome> {
  const reportId = reportIdOf(event.bucket, event.key, event.versionId, event.sequencer);
  const record = baseRecord(event, reportId, deps.clock);
  const existing = await deps.reports.getRecord(reportId);
  // A dead-lettered record is not an outcome: a redriven message does the work now.
  if (existing && existing.state !== 'dead-lettered') return outcomeOf(existing, true);

  const hold = (status: ReportStatus, issues: ReportIssue[], options: { copy?: boolean } = {}) =>
    holdBack({ ...record, state: 'held', status, issues, factCount: 0 }, deps, options.copy ?? true);

  const parsed = parseUploadKey(event.key);
  if (!parsed.ok) return hold('rejected', [{ code: heldReasons.badKey, message: parsed.message }]);
  const { adcode, periodKey, fileName } = parsed.key;

  // Size first, from the event or a HEAD: an oversized object is never read into memory.
  const size = event.size ?? (await deps.objects.head(event.bucket, event.key, event.versionId))?.size;
  if (size === undefined) return hold('rejected', [objectMissingIssue(event.key)], { copy: false });
  record.size = size;
  const tooLarge = () =>
    hold('too-large', [
      {
        code: heldReasons.tooLarge,
        message: `文件大小 ${record.size} 字节，超过上限 ${deps.limits.maxObjectBytes} 字节，未读取。请压缩或拆分后重新上传。`,
        detail: { size: record.size, maxObjectBytes: deps.limits.maxObjectBytes },
      },
    ]);
  if (size > deps.limits.maxObjectBytes) return tooLarge();

  let bytes: Uint8Array | undefined;
  try {
    bytes = await deps.objects.read(event.bucket, event.key, event.versionId, deps.limits.maxObjectBytes);
  } catch (err) {
    if (!(err instanceof ObjectTooLargeError)) throw err;
    record.size = err.size;
    return tooLarge();
  }
  if (!bytes) return hold('rejected', [objectMissingIssue(event.key)], { copy: false });
  record.size = bytes.byteLength;
  record.contentHash = contentHashOf(bytes);

  const keyUnit = deps.divisions.get(adcode);
  if (!keyUnit) return hold('rejected', [unknownUnitIssue(adcode, deps.divisions)]);

  const { extractedText, ...extraction } = await deps.extract({ bytes, fileName, expectedUnitCode: adcode });
  if (extractedText !== undefined) {
    // Kept whatever the outcome: for a held document it shows the clerk's analyst what was read.
    const extractedKey = extractedKeyFor(event.key, reportId);
    await deps.objects.putText(event.bucket, extractedKey, extractedText);
    record.extractedKey = extractedKey;
  }
  record.status = extraction.status;
  record.issues = extraction.issues;
  record.unit = extraction.unit;
  record.period = extraction.period;
  if (extraction.encoding) record.reader = extraction.encoding;
  if (extraction.status !== 'ok') {
    return hold(extraction.status, extraction.issues.length ? extraction.issues : [statusIssue(extraction)]);
  }
  const mismatch = unitMismatchIssue(extraction, keyUnit, deps.divisions) ?? periodMismatchIssue(extraction, periodKey);
  if (mismatch) return hold('rejected', [...extraction.issues, mismatch]);

  const facts: CurrentFacts = {
    adcode: keyUnit.adcode,
    unitName: keyUnit.name,
    level: keyUnit.level,
    parentCode: keyUnit.parentCode,
    provinceCode: keyUnit.provinceCode,
    periodKey,
    ...(extraction.period.asOf ? { asOf: extraction.period.asOf } : {}),
    reportId,
    contentHash: record.contentHash,
    eventTime: record.eventTime,
    sequencer: record.sequencer,
    objectKey: event.key,
    facts: extraction.facts,
  };
  record.factCount = extraction.facts.length;
  const position = { objectKey: event.key, eventTime: record.eventTime, sequencer: record.sequencer, reportId };

  for (let round = 0; round < maxDecisionRounds; round++) {
    const current = await deps.reports.getCurrentFacts(adcode, periodKey);
    if (current?.reportId === reportId) return outcomeOf({ ...record, state: 'stored' }, true);
    if (current && current.contentHash === record.contentHash) {
      const duplicate: IngestRecord = { ...record, state: 'duplicate', duplicateOf: current.reportId };
      const saved = await deps.reports.saveRecord(duplicate);
      if (saved.kind !== 'current-changed') return outcomeOf(duplicate, saved.kind === 'already-recorded');
      continue;
    }
    if (current && !isNewerUpload(position, current)) {
      const late: IngestRecord = { ...record, state: 'superseded', supersededBy: current.reportId };
      const saved = await deps.reports.saveRecord(late);
      if (saved.kind !== 'current-changed') return outcomeOf(late, saved.kind === 'already-recorded');
      continue;
    }
    const stored: IngestRecord = { ...record, state: 'stored' };
    const saved = await deps.reports.saveCurrent(stored, facts, current);
    if (saved.kind === 'already-recorded') return outcomeOf(stored, true);
    if (saved.kind === 'saved') {
      return { ...outcomeOf(stored, false), dirty: { provinceCode: facts.provinceCode, periodKey } };
    }
  }
  throw new Error(`report ${reportId}: the current facts of ${adcode} ${periodKey} kept changing; retry later`);
}

/** What is known of an upload before its bytes are read. */
export function baseRecord(event: UploadEvent, reportId: string, clock: Clock): IngestRecord {
  const parsed = parseUploadKey(event.key);
  return {
    reportId,
    bucket: event.bucket,
    key: event.key,
    versionId: event.versionId,
    contentHash: '',
    size: event.size ?? 0,
    keyUnitCode: parsed.ok ? parsed.key.adcode : null,
    keyPeriodKey: parsed.ok ? parsed.key.periodKey : null,
    state: 'held',
    status: 'rejected',
    issues: [],
    unit: noUnit(),
    period: { key: null },
    factCount: 0,
    eventTime: canonicalEventTime(event.eventTime),
    sequencer: event.sequencer,
    receivedAt: clock.now().toISOString(),
  };
}

/**
 * The last delivery of a message failed: record the upload as dead-lettered (its message goes to
 * the dead-letter queue, kept for redrive) so that every upload has a queryable state. A record
 * that exists already is left alone.
 */
export async function recordDeadLettered(
  event: UploadEvent,
  failure: string,
  deps: Pick<IngestDeps, 'reports' | 'clock'>,
): Promise<IngestOutcome> {
  const reportId = reportIdOf(event.bucket, event.key, event.versionId, event.sequencer);
  const record: IngestRecord = {
    ...baseRecord(event, reportId, deps.clock),
    state: 'dead-lettered',
    issues: [
      {
        code: 'processing-failed',
        message: `处理多次失败，已转入死信队列等待重新处理：${failure.slice(0, 300)}`,
      },
    ],
  };
  const saved = await deps.reports.saveDeadLettered(record);
  return outcomeOf(record, saved.kind === 'already-recorded');
}

async function holdBack(record: IngestRecord, deps: IngestDeps, copy: boolean): Promise<IngestOutcome> {
  // S3 side effects first, record last: if the record write fails the redelivery repeats them,
  // and tagging and copying the same version again change nothing.
  let tagUnsupported = false;
  if (copy) {
    const reason = record.issues[0]?.code ?? record.status;
    const tagged = await deps.objects.tag(record.bucket, record.key, record.versionId, {
      'minzheng-status': 'held',
      'minzheng-reason': reason,
    });
    tagUnsupported = tagged === 'unsupported';
    const heldKey = heldKeyFor(record.key);
    const copied = tagged !== 'missing' && (await deps.objects.copy(record.bucket, record.key, record.versionId, heldKey));
    record = { ...record, tagged: tagged === 'tagged', ...(copied ? { heldKey } : {}) };
  }
  const saved = await deps.reports.saveRecord(record);
  return { ...outcomeOf(record, saved.kind === 'already-recorded'), ...(tagUnsupported ? { tagUnsupported } : {}) };
}

function outcomeOf(record: IngestRecord, alreadyRecorded: boolean): IngestOutcome {
  return {
    reportId: record.reportId,
    state: record.state,
    alreadyRecorded,
    reasons: record.state === 'held' ? record.issues.map((i) => i.code) : [],
    factCount: record.state === 'stored' ? record.factCount : 0,
  };
}

function objectMissingIssue(key: string): ReportIssue {
  return {
    code: heldReasons.objectMissing,
    message: `通知所指的文件“${key}”已不存在（上传后被删除），无法读取。`,
  };
}

function statusIssue(extraction: ExtractionResult): ReportIssue {
  return { code: extraction.status, message: `报告未能提取数据（${extraction.status}）。` };
}
