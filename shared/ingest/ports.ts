// What the ingest use case works through. Adapters: shared/store/s3ObjectStore.ts and
// shared/store/dynamoReportStore.ts; tests may pass anything of these shapes.
import type { ReportRecord, UnitPeriodFacts } from '#shared/domain/records.ts';
import type { ExtractionResult } from '#shared/domain/report.ts';
import type { Division, DivisionResolver } from '#shared/divisions/types.ts';

/** One S3 ObjectCreated notification, key already URL-decoded. */
export interface UploadEvent {
  bucket: string;
  key: string;
  versionId: string | null;
  /** From the event; when absent the object store is asked. */
  size?: number;
  eventTime: string;
  /** S3's per-key ordering token (hex); empty when the event carried none. */
  sequencer: string;
}

export interface ObjectHead {
  size: number;
}

/** `missing`: the object (version) is gone, e.g. deleted before the event was processed. */
export type TagOutcome = 'tagged' | 'unsupported' | 'missing';

export interface ObjectStore {
  /** Undefined when the object (version) is not there. */
  head(bucket: string, key: string, versionId: string | null): Promise<ObjectHead | undefined>;
  /** Refuses (throws ObjectTooLargeError) rather than buffering more than maxBytes. */
  read(bucket: string, key: string, versionId: string | null, maxBytes: number): Promise<Uint8Array | undefined>;
  /** Adds tags, keeping the object's other tags. `unsupported` where the store cannot tag (s3rver). */
  tag(bucket: string, key: string, versionId: string | null, tags: Record<string, string>): Promise<TagOutcome>;
  /** False when the source is gone. */
  copy(bucket: string, fromKey: string, versionId: string | null, toKey: string): Promise<boolean>;
  /** Writes (or overwrites) a small text object: the text a document reader extracted. */
  putText(bucket: string, key: string, text: string): Promise<void>;
}

export class ObjectTooLargeError extends Error {
  constructor(readonly size: number) {
    super(`object is ${size} bytes`);
    this.name = 'ObjectTooLargeError';
  }
}

/** A record as ingest writes it: the shared record plus where a held-back copy went. */
export interface IngestRecord extends ReportRecord {
  heldKey?: string;
  /** False where the store could not tag the original (local S3); the copy under held/ still exists. */
  tagged?: boolean;
  /** The report that was current when this one arrived late. */
  supersededBy?: string;
  /** The current report with the same bytes. */
  duplicateOf?: string;
  /** Where the text read from a .docx/.pdf/.html upload was kept (under extracted/). */
  extractedKey?: string;
}

/** Where an upload stands against the current facts of its unit and period. */
export type CurrentFacts = UnitPeriodFacts & { objectKey: string };

export type SaveOutcome =
  /** Written as asked. */
  | { kind: 'saved' }
  /** The record was there already: a redelivery or a concurrent twin got there first. */
  | { kind: 'already-recorded' }
  /** The current facts changed since they were read; decide again. */
  | { kind: 'current-changed' };

export interface ReportStore {
  getRecord(reportId: string): Promise<IngestRecord | undefined>;
  getCurrentFacts(adcode: string, periodKey: string): Promise<CurrentFacts | undefined>;
  /**
   * A record that changes no facts (held, duplicate, superseded on arrival). Like saveCurrent, it
   * replaces a `dead-lettered` record (a redriven message finishing the work) but no other.
   */
  saveRecord(record: IngestRecord): Promise<SaveOutcome>;
  /** Only where no record exists: a late failure never overwrites a finished outcome. */
  saveDeadLettered(record: IngestRecord): Promise<SaveOutcome>;
  /**
   * Atomically: the record (state stored), the facts as current (only if the current facts are still
   * `previous`), the previous report marked superseded, and the (province, period) marked dirty.
   */
  saveCurrent(record: IngestRecord, facts: CurrentFacts, previous: CurrentFacts | undefined): Promise<SaveOutcome>;
}

export interface Clock {
  now(): Date;
}

export interface ExtractUploadInput {
  bytes: Uint8Array;
  fileName?: string;
  expectedUnitCode?: string;
}

/** An extraction, plus the text a document reader produced (absent for plain text: that is the upload). */
export type UploadExtraction = ExtractionResult & { extractedText?: string };

export type ExtractReport = (input: ExtractUploadInput) => UploadExtraction | Promise<UploadExtraction>;

export type Divisions = Pick<DivisionResolver, 'get' | 'resolve'>;

export type { Division };
