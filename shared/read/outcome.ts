// What reading a file gives: its text and the reader that produced it, or a held-back status
// with an issue a bureau clerk can act on.
import type { ReportIssue, ReportStatus } from '../domain/report.ts';

export type ReaderName = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'html' | 'docx' | 'pdf';

export type ReadOutcome =
  | { ok: true; text: string; reader: ReaderName }
  | { ok: false; status: Exclude<ReportStatus, 'ok' | 'template'>; issue: ReportIssue };

export function held(
  status: Exclude<ReportStatus, 'ok' | 'template'>,
  code: string,
  message: string,
  detail?: unknown,
): ReadOutcome {
  return { ok: false, status, issue: { code, message, ...(detail !== undefined ? { detail } : {}) } };
}

/** Plain-text decoders: what they read is the upload itself, so no extracted copy is kept. */
export const isDocumentReader = (reader: ReaderName): boolean => reader === 'html' || reader === 'docx' || reader === 'pdf';
