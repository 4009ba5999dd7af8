// A zip's central directory, read without inflating anything, so a zip bomb is refused on what it
// declares; and a bounded inflate that catches an archive whose declared sizes lie.
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Zip64 marks sizes it does not fit in 32 bits with all ones: nothing a report needs. */
const ZIP64 = 0xffffffff;

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of at most 65535.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'no end of central directory' };
  const count = view.getUint16(eocd + 10, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (dirOffset === ZIP64 || count === 0xffff) return { ok: false, reason: 'zip64 archive' };
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return { ok: false, reason: 'broken central directory' };
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const entry: ZipEntry = {
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    };
    if (entry.compressedSize === ZIP64 || entry.uncompressedSize === ZIP64 || entry.localHeaderOffset === ZIP64) {
      return { ok: false, reason: 'zip64 entry' };
    }
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/**
 * Inflates each entry with its declared size as the ceiling: an entry that unfolds past what the
 * directory says is a crafted archive (the declared sizes were checked against the limits, so
 * this bounds memory whatever the data holds). Returns the first entry that lies, or null.
 */
export function findLyingEntry(bytes: Uint8Array, entries: ZipEntry[]): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    if (e.method !== 8 && e.method !== 0) return e.name;
    const p = e.localHeaderOffset;
    if (p + 30 > bytes.length || view.getUint32(p, true) !== LOCAL) return e.name;
    const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
    const data = bytes.subarray(start, start + e.compressedSize);
    if (data.length !== e.compressedSize) return e.name;
    if (e.method === 0) continue;
    try {
      // maxOutputLength makes zlib stop (RangeError) instead of allocating past the ceiling.
      const out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
      if (out.length !== e.uncompressedSize) return e.name;
    } catch {
      return e.name;
    }
  }
  return null;
}
