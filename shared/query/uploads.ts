// Uploads by state, newest first: what is held back and why, what was superseded, what failed.
import type { ReportRecord, UploadState } from '#shared/domain/records.ts';
import { readPage, type Page } from './paging.ts';
import type { QueryDeps } from './ports.ts';

export interface UploadsQuery {
  status: UploadState;
  unit?: string;
  limit: number;
  next?: string;
}

export interface UploadsPage extends Page<ReportRecord> {
  status: UploadState;
  unit?: string;
}

export async function listUploads(deps: QueryDeps, query: UploadsQuery): Promise<UploadsPage> {
  const page = await readPage(query.limit, query.next, (p) => deps.store.uploadsByState(query.status, p, query.unit));
  return { status: query.status, ...(query.unit ? { unit: query.unit } : {}), ...page };
}
