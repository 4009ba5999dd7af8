// Bytes to text, without ever guessing into mojibake: a BOM decides; otherwise strict UTF-8,
// then strict GB18030; then UTF-16 without a BOM when its zero bytes give it away. Anything
// else is held back as unreadable. Other file formats never get here: read/sniff.ts tells them
// by their magic bytes first.
import type { ReportIssue } from '../domain/report.ts';

export type DecodedReport =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be' }
  | { ok: false; status: 'unreadable' | 'rejected'; issue: ReportIssue };

const strict = (label: string) => new TextDecoder(label, { fatal: true });

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return strict(label).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of characters that no report contains: C0 controls other than tab/CR/LF, and U+FFFD. */
function junkShare(text: string): number {
  if (text.length === 0) return 0;
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffd) junk++;
  }
  return junk / text.length;
}

/** UTF-16 without a BOM: Chinese text in UTF-16 has ASCII punctuation and digits with a zero high byte. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.1 && evenZeros < pairs * 0.02) return 'utf-16le';
  if (evenZeros > pairs * 0.1 && oddZeros < pairs * 0.02) return 'utf-16be';
  return null;
}

const unreadable = (message: string): DecodedReport => ({
  ok: false,
  status: 'unreadable',
  issue: { code: 'unreadable', message },
});

export function decodeReport(bytes: Uint8Array): DecodedReport {
  if (bytes.length === 0) {
    return {
      ok: false,
      status: 'rejected',
      issue: { code: 'empty-file', message: '文件为空(0 字节)。请检查后重新上传报告文件。' },
    };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode('utf-8', bytes);
    if (text !== null) return { ok: true, text, encoding: 'utf-8-bom' };
    return unreadable('文件以 UTF-8 标记开头,但内容不是有效的 UTF-8 文本。请用“另存为 UTF-8”重新保存后上传。');
  }
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (bom16) {
    const text = tryDecode(bom16, bytes);
    if (text !== null && junkShare(text) < 0.01) return { ok: true, text, encoding: bom16 };
    return unreadable('文件以 UTF-16 标记开头,但内容无法按 UTF-16 读取。请重新保存为 UTF-8 文本后上传。');
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    const text = tryDecode(utf16, bytes);
    if (text !== null && junkShare(text) < 0.01) return { ok: true, text, encoding: utf16 };
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) {
    if (junkShare(utf8) < 0.01) return { ok: true, text: utf8, encoding: 'utf-8' };
    return unreadable('文件含有大量控制字符,不像文本报告(可能是二进制文件)。请上传报告的文本文件。');
  }
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null && junkShare(gb) < 0.01 && looksLikeChineseText(gb)) {
    return { ok: true, text: gb, encoding: 'gb18030' };
  }
  return unreadable(
    '无法识别文件的文字编码:既不是 UTF-8,也不是 GB18030/GBK,也不是带 BOM 的 UTF-16。请将报告另存为 UTF-8 文本后重新上传。',
  );
}

/**
 * GB18030 decodes most byte soup without error, so a strict decode is not proof. Real reports
 * are mostly common CJK ideographs, CJK punctuation, ASCII letters and digits.
 */
function looksLikeChineseText(text: string): boolean {
  let good = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fa5) {
      good++;
      cjk++;
    } else if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09) good++;
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027)) good++;
  }
  return good / text.length > 0.95 && cjk > 0;
}
