// What a file is, from its content: magic bytes first, then the zip's parts (a .docx is a zip
// holding word/document.xml), then markup at the start of decoded text. The file name is only a
// hint for the message: a .docx renamed .txt is still read as a .docx, and text named .pdf as text.
import { readZipDirectory, type ZipDirectory } from './zipDirectory.ts';

interface Magic {
  name: string;
  bytes: number[];
  offset?: number;
}

const MAGICS: Magic[] = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'ZIP (.docx/.xlsx)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'Word 97-2003 (.doc)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'RAR', bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'WebP/RIFF', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'BMP', bytes: [0x42, 0x4d] },
  { name: 'TIFF', bytes: [0x49, 0x49, 0x2a, 0x00] },
];

export function sniffBinaryFormat(bytes: Uint8Array): string | null {
  for (const m of MAGICS) {
    const off = m.offset ?? 0;
    if (bytes.length >= off + m.bytes.length && m.bytes.every((b, i) => bytes[off + i] === b)) {
      // BMP's two bytes "BM" could start a text file; require a plausible header size too.
      if (m.name === 'BMP' && bytes.length < 26) continue;
      return m.name;
    }
  }
  return null;
}

export type ContentKind =
  | { kind: 'pdf' }
  | { kind: 'docx'; zip: Extract<ZipDirectory, { ok: true }> }
  | { kind: 'doc' }
  /** A zip that is not a Word document (.xlsx, .pptx, .wps archives, a plain .zip), or is broken. */
  | { kind: 'other-zip'; format: string; zip: ZipDirectory }
  /** Images, archives and other binaries named by their magic bytes. */
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
