// Name and code resolution over an in-memory index: every query is one or two Map lookups;
// only an ambiguous name pays for context narrowing.
import type { Division, DivisionResolver, Resolution, ResolveContext } from './types.ts';
import type { DivisionChange } from './history.ts';
import { cleanName, shortName } from './names.ts';

/** What a name or code stands for, decided once when the index is built. */
interface Entry {
  candidates: Division[];
  /** Which kind of key this is; a stronger (lower) tier owns the key outright. */
  tier: Tier;
  /** Set when the key is a former name or code of the (single) candidate. */
  formerName?: string;
}

/** Exact code > exact full name > former code > former full name > short name. */
const Tier = { Code: 0, FullName: 1, FormerCode: 2, FormerFullName: 3, ShortName: 4 } as const;
type Tier = (typeof Tier)[keyof typeof Tier];

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

  // One pass per tier, strongest first; a key owned by a stronger tier is never reopened.
  const entries = new Map<string, Entry>();
  const add = (key: string, d: Division, tier: Tier, formerName?: string) => {
    const entry = entries.get(key);
    if (!entry) {
      entries.set(key, formerName ? { candidates: [d], tier, formerName } : { candidates: [d], tier });
    } else if (entry.tier === tier && !entry.candidates.includes(d)) {
      entry.candidates.push(d);
      delete entry.formerName;
    }
  };

  for (const d of all) add(d.adcode, d, Tier.Code);
  for (const d of all) add(d.name, d, Tier.FullName);
  for (const change of changes) {
    const current = byCode.get(change.currentCode);
    if (!current) throw new Error(`history: ${change.formerName} maps to ${change.currentCode}, which is not a current unit`);
    // A rename that kept its code (襄樊 → 襄阳, 420600) has no former code to add.
    if (change.formerCode !== change.currentCode) add(change.formerCode, current, Tier.FormerCode, change.formerName);
  }
  for (const change of changes) add(change.formerName, byCode.get(change.currentCode)!, Tier.FormerFullName, change.formerName);
  for (const d of all) {
    const short = shortName(d.name);
    if (short) add(short, d, Tier.ShortName);
  }
  // After the current short names, so 吴江 (吴江区 and 吴江市) is not marked former; 襄樊 is.
  for (const change of changes) {
    const short = shortName(change.formerName);
    if (short) add(short, byCode.get(change.currentCode)!, Tier.ShortName, change.formerName);
  }

  const lookup = (query: string): Entry | undefined => {
    const hit = entries.get(query);
    if (hit) return hit;
    // Most misses are the extraction engine's probes of plain text: only digits can be a code.
    const first = query.charCodeAt(0);
    if (first < 48 || first > 57) return undefined;
    const code = normaliseCode(query);
    return code && code !== query ? entries.get(code) : undefined;
  };
  const lookupLoosely = (query: string): Entry | undefined =>
    lookup(query) ?? (hasSpace.test(query) ? lookup(cleanName(query)) : undefined);

  /** The unit a context clue names, if it names exactly one. */
  const contextUnit = (clue: string): Division | undefined => {
    const entry = lookupLoosely(clue);
    return entry && entry.candidates.length === 1 ? entry.candidates[0] : undefined;
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
    const entry = lookupLoosely(nameOrCode);
    if (!entry) return { kind: 'unknown', usedName: nameOrCode };
    let candidates: readonly Division[] = entry.candidates;
    if (candidates.length > 1 && context) candidates = narrow(candidates, context);
    if (candidates.length > 1) return { kind: 'ambiguous', usedName: nameOrCode, candidates: [...candidates] };
    const division = candidates[0];
    return entry.formerName
      ? { kind: 'unit', division, usedName: nameOrCode, formerName: entry.formerName }
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
