// The ingest's extraction: extractReport's two steps (read the file, extract from its text), kept
// apart here because ingest also keeps the text a document reader produced, beside the original,
// so an analyst can see what was read and where each quote's offsets point.
import { noUnit } from '#shared/domain/report.ts';
import { extractText } from '#shared/extract/extractReport.ts';
import { isDocumentReader, readReport } from '#shared/read/readReport.ts';
import type { ExtractUploadInput, UploadExtraction } from './ports.ts';

export async function extractUpload(input: ExtractUploadInput): Promise<UploadExtraction> {
  const read = await readReport(input.bytes, input.fileName);
  if (!read.ok) return { status: read.status, unit: noUnit(), period: { key: null }, facts: [], issues: [read.issue] };
  const result = extractText(read.text, { expectedUnitCode: input.expectedUnitCode, encoding: read.reader });
  return isDocumentReader(read.reader) ? { ...result, extractedText: read.text } : result;
}
