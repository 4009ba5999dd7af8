// The division list as two short ASCII-friendly strings, for Lambda bundles.
//
// Why not JSON or plain "110000北京市" lines: esbuild writes every non-ASCII character of a
// string literal as a 6-byte \uXXXX escape, so 10,717 name characters would cost ~64 KB.
// Instead each distinct character is written once (`characters`, most frequent first) and names
// refer to it by position: the 62 most frequent characters (县 区 市 族 ...) take one ASCII
// symbol, the rest two. Codes are written hierarchically, two digits per level.
//
// `units` grammar, in code order within each parent:
//   '<' DD name      a province, adcode DD0000
//   '>' DD name      a prefecture of the last province, adcode PPDD00; an empty name is a
//                    grouping row (市辖区, 省直辖县级行政区划): its counties belong to the province
//   DD name          a county of the last prefecture (or grouping row), adcode PPMMDD
//   ' ' name         a county whose DD is the one before it plus one (the first of a group: 01);
//                    most counties are numbered so, which saves a byte each
// Level, parentCode, province and provinceCode all follow from the position in that tree.
import type { Division } from './types.ts';

export interface CompactDivisions {
  /** Every character used in a name, most frequent first. */
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
  const characters = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([ch]) => ch);
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

/** The text of data.generated.ts: one line per province, so a data update diffs by province. */
export function divisionModuleText(list: readonly Division[], packageName: string): string {
  const { characters, units } = encodeDivisions(list);
  const provinces = units.split(/(?=<)/);
  return [
    `// Generated by scripts/build-divisions.mjs from ${packageName}: do not edit, run npm run divisions:generate.`,
    '// Format: shared/divisions/compact.ts. test/divisions/generated.test.ts fails if this drifts from the package.',
    'export const divisionData = {',
    `  package: ${JSON.stringify(packageName)},`,
    `  characters: ${JSON.stringify(characters)},`,
    '  units: [',
    ...provinces.map((p) => `    ${JSON.stringify(p)},`),
    "  ].join(''),",
    '};',
    '',
  ].join('\n');
}
