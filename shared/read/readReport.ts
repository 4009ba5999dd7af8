// Bytes to report text, whatever the bureau sent: plain text in any of its encodings
// (extract/decode.ts), HTML, .docx and .pdf, told apart by content. Old Word (.doc) is held
// back: no maintained JavaScript reader reads its Chinese reliably, and Word saves .docx.
import { decodeReport } from '../extract/decode.ts';
import { htmlToText } from './htmlText.ts';
import { readLimits, type ReadLimits } from './limits.ts';
import { held, type ReadOutcome } from './outcome.ts';
import { looksLikeHtml, sniffContent } from './sniff.ts';

export type { ReadOutcome, ReaderName } from './outcome.ts';
export { isDocumentReader } from './outcome.ts';

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /** Milliseconds, for the time budget. */
  now?: () => number;
}

export async function readReport(bytes: Uint8Array, fileName?: string, options: ReadOptions = {}): Promise<ReadOutcome> {
  const limits = { ...readLimits, ...options.limits };
  const now = options.now ?? (() => performance.now());
  const sniffed = sniffContent(bytes);
  const named = fileName ? `“${fileName.split('/').pop()}”` : '文件';
  switch (sniffed.kind) {
    case 'pdf':
      // Document readers load on first use: a plain-text report never pays for pdfjs or mammoth.
      return (await import('./pdf.ts')).readPdf(bytes, { limits, now });
    case 'docx':
      return (await import('./docx.ts')).readDocx(bytes, sniffed.zip.entries, limits);
    case 'doc':
      return held(
        'unsupported-format',
        'unsupported-format',
        `${named}是旧版 Word 97-2003 文档(.doc)，系统无法可靠读取其中的中文。请在 Word 中“另存为”.docx 格式后重新上传。`,
        { format: 'Word 97-2003 (.doc)' },
      );
    case 'other-zip':
      return held(
        'unsupported-format',
        'unsupported-format',
        `${named}的内容是 ${sniffed.format} 格式，不是工作报告文档。请上传 .docx、.pdf、.html 或 .txt 格式的报告。`,
        { format: sniffed.format, ...(sniffed.zip.ok ? {} : { zip: sniffed.zip.reason }) },
      );
    case 'binary':
      return held(
        'unsupported-format',
        'unsupported-format',
        `${named}的内容是 ${sniffed.format} 格式，不是文字报告。请上传 .docx、.pdf、.html 或 .txt 格式的报告。 The file is ${sniffed.format}, not a report document.`,
        { format: sniffed.format },
      );
    case 'text': {
      const decoded = decodeReport(bytes);
      if (!decoded.ok) return decoded;
      if (looksLikeHtml(decoded.text)) {
        const text = await htmlToText(decoded.text, { dropBoilerplate: true });
        if (text.trim() === '') return held('rejected', 'empty-document', `${named}是网页，但其中没有正文文字。请上传报告全文。`);
        return { ok: true, text, reader: 'html' };
      }
      return { ok: true, text: decoded.text, reader: decoded.encoding };
    }
  }
}
