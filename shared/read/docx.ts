// .docx through mammoth. Its raw-text mode puts every table cell on a line of its own, which
// loses which figure belongs to which row; its HTML keeps the table, so the text is taken from
// the HTML (htmlText.ts), rows joined into clauses. The zip is checked before mammoth inflates it.
//
// mammoth is imported dynamically, by bare specifier: the ingest bundle leaves it out and ships
// it (with its dependencies) under node_modules/ beside the bundle (infra/stateless-stack.ts,
// unbundledPackagesByFunction); a static import would be hoisted to the top of the bundle and
// load it on every cold start.
import { htmlToText } from './htmlText.ts';
import type { ReadLimits } from './limits.ts';
import type { ReadOutcome } from './outcome.ts';
import { held } from './outcome.ts';
import { findLyingEntry, type ZipEntry } from './zipDirectory.ts';

export function checkZipBounds(bytes: Uint8Array, entries: ZipEntry[], limits: ReadLimits): ReadOutcome | null {
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const compressed = entries.reduce((sum, e) => sum + e.compressedSize, 0);
  const tooLarge = (why: string, detail: object) =>
    held('too-large', 'unzipped-too-large', `Word 文档解压后${why}，超过处理上限，未读取。请删除文档中的大图片或拆分后重新上传。`, detail);
  if (entries.length > limits.maxZipEntries) return tooLarge(`含 ${entries.length} 个部件`, { entries: entries.length });
  if (total > limits.maxUnzippedBytes) return tooLarge(`达 ${total} 字节`, { unzippedBytes: total, maxUnzippedBytes: limits.maxUnzippedBytes });
  if (total > 1024 * 1024 && total > compressed * limits.maxCompressionRatio) {
    return tooLarge(`是压缩后的 ${Math.round(total / Math.max(1, compressed))} 倍(疑似压缩炸弹)`, { unzippedBytes: total, compressedBytes: compressed });
  }
  const liar = findLyingEntry(bytes, entries);
  if (liar !== null) {
    return held('rejected', 'broken-zip', `Word 文档的压缩包已损坏或被改动(部件 ${liar} 与目录不符)，无法读取。请用 Word 重新保存为 .docx 后上传。`, { entry: liar });
  }
  return null;
}

export async function readDocx(bytes: Uint8Array, entries: ZipEntry[], limits: ReadLimits): Promise<ReadOutcome> {
  const refused = checkZipBounds(bytes, entries, limits);
  if (refused) return refused;
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are not text; dropping them keeps mammoth from base64-encoding megabytes.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (err) {
    return held('unreadable', 'unreadable-docx', `无法读取该 Word 文档(${(err as Error).message.slice(0, 120)})。请用 Word 重新保存为 .docx 后上传。`);
  }
  const text = await htmlToText(html, { dropBoilerplate: false });
  if (text.trim() === '') {
    return held('rejected', 'empty-document', 'Word 文档中没有文字(可能只有图片或扫描件)。请上传含文字的报告。');
  }
  return { ok: true, text, reader: 'docx' };
}
