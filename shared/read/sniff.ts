// What a file is, from its content: magic bytes first, then the zip's parts (a .docx is a zip
// holding word/document.xml), then markup at the start of decoded text. The file name is only a
// hint for the message: a .docx renamed .txt is still read as a .docx, and text named .pdf as text.
import { sniffBinaryFormat } from '../extract/decode.ts';
import { readZipDirectory, type ZipDirectory } from './zipDirectory.ts';

export type ContentKind =
  | { kind: 'pdf' }
  | { kind: 'docx'; zip: Extract<ZipDirectory, { ok: true }> }
  | { kind: 'doc' }
  /** A zip that is not a Word document (.xlsx, .pptx, .wps archives, a plain .zip), or is broken. */
  | { kind: 'other-zip'; format: string; zip: ZipDirectory }
  /** Images, archives and other binaries decode.ts names. */
  | { kind: 'binary'; format: string }
  /** Text or HTML: told apart after decoding. */
  | { kind: 'text' };

export function sniffContent(bytes: Uint8Array): ContentKind {
  const binary = sniffBinaryFormat(bytes);
  if (binary === null) return { kind: 'text' };
  if (binary === 'PDF') return { kind: 'pdf' };
  if (binary.startsWith('Word 97-2003')) return { kind: 'doc' };
  if (binary.startsWith('ZIP')) {
    const zip = readZipDirectory(bytes);
    if (!zip.ok) return { kind: 'other-zip', format: 'ZIP', zip };
    const names = new Set(zip.entries.map((e) => e.name));
    if (names.has('word/document.xml')) return { kind: 'docx', zip };
    if (names.has('xl/workbook.xml')) return { kind: 'other-zip', format: 'Excel (.xlsx)', zip };
    if (names.has('ppt/presentation.xml')) return { kind: 'other-zip', format: 'PowerPoint (.pptx)', zip };
    if (names.has('content.xml')) return { kind: 'other-zip', format: 'OpenDocument (.odt/.ods)', zip };
    return { kind: 'other-zip', format: 'ZIP', zip };
  }
  return { kind: 'binary', format: binary };
}

/**
 * HTML, not text that mentions a tag: a doctype or an <html>/<head>/<body>/<meta> tag before any
 * Chinese prose, or a document whose text is mostly inside block tags.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  if (/^<!doctype\s+html/i.test(head) || /^<(html|head|body|meta)[\s>]/i.test(head)) return true;
  if (!head.startsWith('<')) return false;
  const blocks = text.match(/<\/(p|div|td|li|h[1-6]|span)>/gi)?.length ?? 0;
  return blocks >= 3;
}
