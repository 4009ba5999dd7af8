// Where the text names a family (低保, 特困供养人员, 孤儿 ...) and the urban/rural scope around it.
import { families, type Scope } from './lexicon.ts';
import { scanRegions, type Region } from './markers.ts';

export interface Mention {
  start: number;
  end: number;
  family: string;
}

/** Every family mention in the text (or its `regions`), longest first where they overlap, minus blocked ones. */
export function findMentions(text: string, regions?: readonly Region[]): Mention[] {
  const all: Mention[] = [];
  for (const family of families) {
    scanRegions(family.keywords, text, regions, (start, end) => {
      if (!family.blockedAfter?.test(text.slice(end, end + 12))) all.push({ start, end, family: family.id });
    });
  }
  all.push(...abbreviated(text));
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const m of all) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue; // inside a longer, earlier mention
    // 农村牧区低保保障面: words of one family run together are one name, whose scope is read before its start.
    if (last && m.start === last.end && m.family === last.family) {
      last.end = m.end;
      continue;
    }
    kept.push(m);
  }
  return kept;
}

// 农牧区 and 牧区 are the rural scope where herding is (西藏, 青海, 内蒙古: 农牧区低保).
// 五保 (五保供养) was the countryside's support before 特困 joined it with the towns' 三无人员: rural by name, and 三无 urban.
export const SCOPE_OF: Record<string, Scope> = { 城乡: 'all', 城市: 'urban', 城镇: 'urban', 市区: 'urban', 农村: 'rural', 乡村: 'rural', 农村牧区: 'rural', 农牧区: 'rural', 牧区: 'rural', 五保: 'rural', 三无: 'urban' };
/** The words of the areas a scope covers (五保 and 三无 name people, not places), `scope`'s only if given; the longest first (农村牧区 before 农村). */
export function areaWords(scope?: Scope): string {
  return Object.keys(SCOPE_OF)
    .filter((w) => w !== '五保' && w !== '三无' && (scope === undefined || SCOPE_OF[w] === scope))
    .sort((a, b) => b.length - a.length)
    .join('|');
}
const SCOPE_RE = new RegExp(`${areaWords()}|五保|三无`, 'g');

/**
 * The GB/T 2260 names that hold a scope word (诸城市, 晋城市, 共青城市, 沙市区): there 城市 or 市区 names
 * a place, not the towns. A test keeps the list equal to the divisions'.
 */
export const PLACES_WITH_SCOPE_WORD: ReadonlySet<string> = new Set([
  '晋城市', '运城市', '白城市', '盐城市', '宣城市', '聊城市', '海城市', '凤城市', '兴城市', '桐城市', '共青城市', '丰城市', '诸城市',
  '邹城市', '肥城市', '禹城市', '永城市', '项城市', '宜城市', '应城市', '麻城市', '韩城市', '塔城市', '西市区', '沙市区', '新市区',
]);

interface ScopeWord {
  start: number;
  end: number;
  scope: Scope;
}

let scopeIndexCache: { text: string; words: ScopeWord[] } | null = null;

/** Every scope word in the text, found once per text (the last text is cached, as for mentions). */
function scopeWords(text: string): ScopeWord[] {
  if (scopeIndexCache?.text === text) return scopeIndexCache.words;
  const words: ScopeWord[] = [];
  SCOPE_RE.lastIndex = 0;
  for (let m = SCOPE_RE.exec(text); m; m = SCOPE_RE.exec(text)) {
    if (m[0].startsWith('市') || m[0].endsWith('市')) {
      if (PLACES_WITH_SCOPE_WORD.has(text.slice(m.index - 1, m.index + 2)) || PLACES_WITH_SCOPE_WORD.has(text.slice(m.index - 2, m.index + 2))) continue;
    }
    words.push({ start: m.index, end: m.index + m[0].length, scope: SCOPE_OF[m[0]] });
  }
  // Declared short names that carry a scope (城低) are scope words too, wherever they stand.
  const declared = abbreviated(text).filter((a) => a.scope) as ScopeWord[];
  if (declared.length) {
    words.push(...declared);
    words.sort((a, b) => a.start - b.start);
  }
  scopeIndexCache = { text, words };
  return words;
}

/** The scope word nearest before `pos` (ending last), no further back than `from`. */
export function scopeBefore(text: string, from: number, pos: number): Scope | null {
  const words = scopeWords(text);
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  // words[lo - 1] is the last word ending at or before pos.
  const w = words[lo - 1];
  if (!w || w.start < from) return null;
  // 城市、农村低保对象1.2万人: both scopes named together are the whole, the first also when it
  // stands further back than `from` (城市、农村特困人员, read from four characters before 特困).
  const before = words[lo - 2];
  if (before && before.scope !== w.scope && SCOPES_JOINED.test(text.slice(before.end, w.start))) return 'all';
  return w.scope;
}

const SCOPES_JOINED = /^(?:、|和|及|与|以及)$/;

/** Where the text uses a short name it declared for a family it had just named, in the scope it named it in. */
interface Abbreviated extends Mention {
  scope: Scope | null;
}

/** 城市最低生活保障（以下简称“城低”）, 特困人员救助供养（以下简称“特供”）. */
const DECLARED = /[（(](?:以下)?简称[“"‘「]?([一-龥]{2,4})[”"’」]?[)）]/g;
let abbreviatedCache: { text: string; list: Abbreviated[] } = { text: '', list: [] };

function abbreviated(text: string): Abbreviated[] {
  if (abbreviatedCache.text === text) return abbreviatedCache.list;
  const list: Abbreviated[] = [];
  // Set first: the names read before each declaration are texts of their own, with none.
  abbreviatedCache = { text, list };
  if (text.includes('简称')) {
    for (const d of text.matchAll(DECLARED)) {
      const named = text.slice(Math.max(0, d.index! - 12), d.index);
      const m = findMentions(named).find((x) => x.end === named.length);
      if (!m) continue;
      const scope = scopeOfMention(named, m);
      for (let at = text.indexOf(d[1], d.index! + d[0].length); at >= 0; at = text.indexOf(d[1], at + 1)) list.push({ start: at, end: at + d[1].length, family: m.family, scope });
    }
  }
  abbreviatedCache = { text, list };
  return list;
}

/** The scope a mention carries: 城市低保, 农村特困供养人员, 城乡居民最低生活保障. */
export function scopeOfMention(text: string, m: Mention): Scope | null {
  return scopeBefore(text, Math.max(0, m.start - 4), m.end);
}

