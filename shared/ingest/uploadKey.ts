// Upload keys: incoming/{adcode}/{periodKey}/{filename}. S3 event notifications carry the key
// URL-encoded with '+' for spaces; everything downstream sees the decoded key.
import { bucketLayout } from '#shared/store/tables.ts';

export interface UploadKey {
  adcode: string;
  periodKey: string;
  fileName: string;
  /** The key below incoming/, reused under held/. */
  rest: string;
}

export type UploadKeyParse = { ok: true; key: UploadKey } | { ok: false; message: string };

const adcodePattern = /^\d{6}$/;
/** 2021, 2021-H1, 2021-Q3, 2021-11. */
export const periodKeyPattern = /^\d{4}(?:-(?:H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

/** Decodes an S3 event key; undefined when the escape sequences are malformed. */
export function decodeEventKey(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

export function parseUploadKey(key: string): UploadKeyParse {
  const prefix = bucketLayout.incomingPrefix;
  if (!key.startsWith(prefix)) return { ok: false, message: `上传路径“${key}”不在 ${prefix} 之下。` };
  const rest = key.slice(prefix.length);
  const segments = rest.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return { ok: false, message: `上传路径“${key}”含有“..”或“.”段。` };
  if (segments.length !== 3 || segments.some((s) => s.trim() === '')) {
    return { ok: false, message: `上传路径“${key}”应为 ${prefix}{6位行政区划代码}/{报告期}/{文件名}。` };
  }
  const [adcode, periodKey, fileName] = segments;
  if (!adcodePattern.test(adcode)) return { ok: false, message: `上传路径中的行政区划代码“${adcode}”不是6位数字。` };
  if (!periodKeyPattern.test(periodKey)) {
    return { ok: false, message: `上传路径中的报告期“${periodKey}”应写作 2021、2021-H1、2021-Q3 或 2021-11 之一。` };
  }
  return { ok: true, key: { adcode, periodKey, fileName, rest } };
}

/** Where a held-back copy goes: held/ plus the key below incoming/ (or the whole key if outside it). */
export function heldKeyFor(key: string): string {
  const rest = key.startsWith(bucketLayout.incomingPrefix) ? key.slice(bucketLayout.incomingPrefix.length) : key;
  return `${bucketLayout.heldPrefix}${rest}`;
}

/**
 * Where the text read from a document goes: extracted/ plus the key below incoming/, the report id
 * and .txt, so each upload (and each version of one key) keeps its own text beside the original.
 */
export function extractedKeyFor(key: string, reportId: string): string {
  const rest = key.startsWith(bucketLayout.incomingPrefix) ? key.slice(bucketLayout.incomingPrefix.length) : key;
  return `${bucketLayout.extractedPrefix}${rest}.${reportId}.txt`;
}

/** Our own copies (held/, extracted/) must never be ingested again, even if a notification fires. */
export function isPipelineOutput(key: string): boolean {
  return key.startsWith(bucketLayout.heldPrefix) || key.startsWith(bucketLayout.extractedPrefix);
}
