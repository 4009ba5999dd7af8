// Name and code resolution over an in-memory index: every query is one or two Map lookups;
// only an ambiguous name pays for context narrowing.
import type { Division, DivisionResolver, Resolution, ResolveContext } from './types.ts';
import type { DivisionChange } from './history.ts';
import { abbreviatedName, cleanName, shortName } from './names.ts';

/** What a name or former code stands for: one unit, or the candidates that share it. */
type Found = Division | Division[];

export interface UnitCounts {
  prefectures: number;
  counties: number;
}

export interface DivisionIndex extends DivisionResolver {
  /** Every current unit, provinces first, then prefectures, then counties. */
  all(): readonly Division[];
  provinces(): readonly Division[];
  /** Prefecture- and county-level units in a province (the denominators of rollup coverage). */
  countUnitsByProvince(provinceCode: string): UnitCounts;
  /** Former names and codes that still resolve. */
  history(): readonly DivisionChange[];
}

const hasSpace = /[\s\u3000]/;

const codePattern = /^\d{2}(?:\d{2}(?:\d{2}(?:\d{3}(?:\d{3})?)?)?)?$/;

/**
 * A code in any of the lengths reports use: 2 (province), 4 (prefecture), 6 (GB/T 2260), or the
 * statistical 9 and 12 whose extra digits are zero. Returns the 6-digit code or null.
 */
export function normaliseCode(text: string): string | null {
  if (!codePattern.test(text)) return null;
  if (text.length > 6) return /^0+$/.test(text.slice(6)) ? text.slice(0, 6) : null;
  return text.padEnd(6, '0');
}

/** The chain of codes from the province down to the unit, for "how closely related" scoring. */
function lineage(d: Division): string[] {
  if (d.level === 'province') return [d.adcode];
  if (d.parentCode === d.provinceCode || d.parentCode === null) return [d.provinceCode, d.adcode];
  return [d.provinceCode, d.parentCode, d.adcode];
}

function sharedDepth(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export function buildDivisionIndex(units: readonly Division[], changes: readonly DivisionChange[]): DivisionIndex {
  // Only what every resolve needs is built up front; children, counts and lineages (for
  // context narrowing) are built on first use, to keep a cold start's share small.
  const byCode = new Map<string, Division>();
  // Divisions are shared by every caller and must not be mutated. They are not frozen:
  // Object.freeze on 3,200 objects costs a cold start ~15 ms of CPU.
  for (const d of units) byCode.set(d.adcode, d);
  const all: readonly Division[] = Object.freeze([...byCode.values()]);
  const provinces = Object.freeze(all.filter((d) => d.level === 'province'));

  let childrenOf: Map<string, Division[]> | undefined;
  const childIndex = () => {
    if (childrenOf) return childrenOf;
    childrenOf = new Map();
    for (const d of all) {
      if (!d.parentCode) continue;
      const siblings = childrenOf.get(d.parentCode);
      if (siblings) siblings.push(d);
      else childrenOf.set(d.parentCode, [d]);
    }
    return childrenOf;
  };

  let counts: Map<string, UnitCounts> | undefined;
  const countIndex = () => {
    if (counts) return counts;
    counts = new Map(provinces.map((p) => [p.adcode, { prefectures: 0, counties: 0 }]));
    for (const d of all) {
      const c = counts.get(d.provinceCode);
      if (!c || d.level === 'province') continue;
      if (d.level === 'prefecture') c.prefectures++;
      else c.counties++;
    }
    return counts;
  };

  const lineages = new Map<string, string[]>();
  const lineageOf = (d: Division) => {
    let l = lineages.get(d.adcode);
    if (!l) lineages.set(d.adcode, (l = lineage(d)));
    return l;
  };

  // Names and former codes, one pass per tier: exact full name > former full name > short
  // name, so a key an earlier tier owns is never reopened. Current codes live in byCode; a
  // former code (digits) cannot collide with a name. Most keys name one unit and are stored as
  // that unit itself: no per-key allocation, which a cold start would pay for in GC.
  const entries = new Map<string, Found>();
  const formerNames = new Map<string, string>();
  let tierKeys: Set<string> | null = null;
  const add = (key: string, d: Division, formerName?: string) => {
    const existing = entries.get(key);
    if (existing === undefined) {
      entries.set(key, d);
      tierKeys?.add(key);
      if (formerName) formerNames.set(key, formerName);
      return;
    }
    if ((tierKeys && !tierKeys.has(key)) || existing === d) return;
    if (Array.isArray(existing)) {
      if (!existing.includes(d)) existing.push(d);
    } else entries.set(key, [existing, d]);
    formerNames.delete(key);
  };

  for (const d of all) add(d.name, d);
  for (const change of changes) {
    const current = byCode.get(change.currentCode);
    if (!current) throw new Error(`history: ${change.formerName} maps to ${change.currentCode}, which is not a current unit`);
    // A rename that kept its code (襄樊 → 襄阳, 420600) has no former code to add.
    if (change.formerCode !== change.currentCode && !byCode.has(change.formerCode)) add(change.formerCode, current, change.formerName);
  }
  tierKeys = new Set();
  for (const change of changes) add(change.formerName, byCode.get(change.currentCode)!, change.formerName);
  tierKeys = new Set();
  for (const d of all) {
    const short = shortName(d.name);
    if (short) add(short, d);
    // 凉山州 for 凉山彝族自治州: a full unit name owns its key first (tiers above), so an
    // abbreviation never takes another unit's name.
    const abbreviated = abbreviatedName(d.name);
    if (abbreviated) add(abbreviated, d);
  }
  // After the current short names, so 吴江 (吴江区 and 吴江市) is not marked former; 襄樊 is.
  for (const change of changes) {
    const short = shortName(change.formerName);
    if (short) add(short, byCode.get(change.currentCode)!, change.formerName);
  }
  tierKeys = null;

  const find = (key: string): Found | undefined => entries.get(key) ?? byCode.get(key);

  /** The key a loosely written query stands for (' 320614 ' → '320614', '3206' → '320600'), if different. */
  const canonicalKey = (query: string): string | undefined => {
    let key = hasSpace.test(query) ? cleanName(query) : query;
    // Most misses are the extraction engine's probes of plain text: only digits can be a code.
    const first = key.charCodeAt(0);
    if (first >= 48 && first <= 57) key = normaliseCode(key) ?? key;
    return key === query ? undefined : key;
  };

  const lookup = (query: string): { key: string; found: Found } | undefined => {
    const found = find(query);
    if (found !== undefined) return { key: query, found };
    const key = canonicalKey(query);
    const again = key === undefined ? undefined : find(key);
    return again === undefined ? undefined : { key: key!, found: again };
  };

  /** The unit a context clue names, if it names exactly one. */
  const contextUnit = (clue: string): Division | undefined => {
    const hit = lookup(clue);
    return hit && !Array.isArray(hit.found) ? hit.found : undefined;
  };

  /** Keeps the candidates most closely related to `anchor`; unchanged when none is related at all. */
  const closestTo = (candidates: readonly Division[], anchor: Division, allowSelf: boolean): readonly Division[] => {
    const anchorLineage = lineageOf(anchor);
    let best = 0;
    let kept: Division[] = [];
    for (const c of candidates) {
      if (!allowSelf && c.adcode === anchor.adcode) continue;
      const depth = sharedDepth(lineageOf(c), anchorLineage);
      if (depth > best) {
        best = depth;
        kept = [c];
      } else if (depth === best && depth > 0) kept.push(c);
    }
    return best > 0 ? kept : candidates;
  };

  const narrow = (candidates: readonly Division[], context: ResolveContext): readonly Division[] => {
    let left = candidates;
    if (context.unitCode) {
      const anchor = contextUnit(context.unitCode);
      if (anchor) left = closestTo(left, anchor, true);
    }
    for (const clue of context.nearby ?? []) {
      if (left.length < 2) break;
      // A nearby unit narrows to its relatives, never to itself: 吉林 near 吉林省 is 吉林市.
      const anchor = contextUnit(clue);
      if (anchor) left = closestTo(left, anchor, false);
    }
    return left;
  };

  const resolve = (nameOrCode: string, context?: ResolveContext): Resolution => {
    let key = nameOrCode;
    let found = find(key);
    if (found === undefined) {
      const canonical = canonicalKey(nameOrCode);
      if (canonical === undefined || (found = find(canonical)) === undefined) return { kind: 'unknown', usedName: nameOrCode };
      key = canonical;
    }
    let division: Division;
    if (Array.isArray(found)) {
      const left = context ? narrow(found, context) : found;
      if (left.length > 1) return { kind: 'ambiguous', usedName: nameOrCode, candidates: [...left] };
      division = left[0];
    } else division = found;
    const formerName = formerNames.get(key);
    return formerName
      ? { kind: 'unit', division, usedName: nameOrCode, formerName }
      : { kind: 'unit', division, usedName: nameOrCode };
  };

  const empty: readonly Division[] = Object.freeze([]);

  return {
    resolve,
    get: (adcode) => byCode.get(adcode),
    children: (adcode) => [...(childIndex().get(normaliseCode(adcode) ?? adcode) ?? empty)],
    all: () => all,
    provinces: () => provinces,
    countUnitsByProvince(provinceCode) {
      const code = normaliseCode(provinceCode) ?? provinceCode;
      const province = byCode.get(code);
      if (!province || province.level !== 'province') throw new RangeError(`not a province code: ${provinceCode}`);
      return { ...countIndex().get(code)! };
    },
    history: () => changes,
  };
}
