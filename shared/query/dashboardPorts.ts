// What the dashboard's routes need beyond the read-only query store: the review store (which also
// reads a province's unit facts), the partitions rolled up so far, and how a bureau uploads — a
// presigned POST on AWS, or a put into the local S3 under `npm start`.
import type { PartitionRef } from '#shared/rollup/ports.ts';
import type { ReviewClock, ReviewStore } from '#shared/review/ports.ts';

/** How the upload page sends a file: straight to S3 with signed form fields, or through the API locally. */
export type UploadForm =
  | { mode: 's3'; url: string; fields: Record<string, string>; keyPrefix: string; maxBytes: number }
  | { mode: 'local'; url: string; keyPrefix: string; maxBytes: number };

export interface DashboardDeps {
  reviews: ReviewStore;
  clock: ReviewClock;
  /** Every (province, period) the rollup has registered: what the period picker offers. */
  partitions(): Promise<PartitionRef[]>;
  uploadForm(adcode: string, periodKey: string): Promise<UploadForm>;
  /** Only under `npm start` (and tests): puts the bytes into the local bucket, where the ingest bridge picks them up. */
  localUpload?(key: string, bytes: Uint8Array): Promise<void>;
}
