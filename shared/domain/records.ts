// What the pipeline stores: one record per upload, and the current facts of each unit and period.
import type { ExtractionResult, Fact, ReportIssue, ReportStatus, DivisionLevel } from './report.ts';

/**
 * Every upload ends in exactly one of these states, and each is queryable:
 * stored (facts are current), superseded (a newer upload for the same unit and period won),
 * duplicate (the same bytes as the current report), held (held back with reasons),
 * dead-lettered (processing failed past the retries).
 */
export type UploadState = 'stored' | 'superseded' | 'duplicate' | 'held' | 'dead-lettered';

export interface ReportRecord {
  /** Derived from bucket, key and versionId, so a redelivered event maps to the same record. */
  reportId: string;
  bucket: string;
  key: string;
  versionId: string | null;
  /** sha256 of the uploaded bytes. */
  contentHash: string;
  size: number;
  /** Unit and period from the object key (what the bureau said it uploaded). */
  keyUnitCode: string | null;
  keyPeriodKey: string | null;
  state: UploadState;
  /** The extraction's status (ok, template, unreadable, ...). */
  status: ReportStatus;
  issues: ReportIssue[];
  unit: ExtractionResult['unit'];
  period: ExtractionResult['period'];
  factCount: number;
  /** S3 event time (ISO) and sequencer: the newer upload wins whatever order events arrive in. */
  eventTime: string;
  sequencer: string;
  receivedAt: string;
  /** Which reader produced the text (utf-8, gb18030, docx, pdf, ...). */
  reader?: string;
}

/** The facts that currently stand for one unit and period: one item, so readers never see a mix. */
export interface UnitPeriodFacts {
  adcode: string;
  unitName: string;
  level: DivisionLevel;
  parentCode: string | null;
  provinceCode: string;
  periodKey: string;
  asOf?: string;
  reportId: string;
  contentHash: string;
  eventTime: string;
  sequencer: string;
  facts: Fact[];
}
