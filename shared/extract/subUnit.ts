// A prefecture's report that turns to one of its counties (怀宁县共有养老机构18家, 怀宁县民政局…，
// 全县保障低保对象1.2万人) gives that county's figures, not its own. A candidate whose sentence
// names a county or district of the reporting unit before it is dropped, unless the sentence
// comes back to the whole jurisdiction (…等地开展试点，全市共有养老机构120家) in between: a clause
// opening on it, not the whole only compared with (同心县作为全市唯一的…县，农村低保对象2.1万人). Units
// outside the reporting unit (a partner 黄山市) do not count: the figures after them are still
// the bureau's own.
import type { ReportingUnit } from '../domain/report.ts';
import type { DivisionResolver } from '../divisions/types.ts';
import { hanRunBefore } from './charClass.ts';

/** The characters a unit's full name ends with. */
const SUFFIX = new Set([...'县区市旗州盟'].map((c) => c.charCodeAt(0)));
/** Longest name read back from a suffix; longer (autonomous county) names are rare in prose. */
const MAX_NAME = 9;
/** How the report speaks of its own whole jurisdiction, by its level; a time may open the clause first (，全年全市办理…). */
const WHOLE_BY_LEVEL: Record<string, RegExp> = {
  province: /(?:^|[，,；;：:])\s*(?:全年|今年|年内)?(?:全省|全区(?!县)|全市(?!县))/,
  prefecture: /(?:^|[，,；;：:])\s*(?:全年|今年|年内)?(?:全市|全州|全盟|全地区)/,
};

/**
 * A sub-unit named right after 其中 (…3.92万人，其中新罗区6820人，1—10月累计发放低保金2.31亿元) breaks
 * the whole's figure down; a clause that opens on the period again is back on the whole.
 */
const ASIDE_BY_AMONG = /其中[一-龥]{2,9}$/;
const TIME_OPENS_CLAUSE = /[，,；;]\s*(?:\d{1,2}\s?[-—–~～至]\s?\d{1,2}\s?月(?:份)?|全年|今年以来|今年|年内|上半年|前三季度)/;

/**
 * Whether the name ending at `end` stands inside a parenthesis that closes before `at`: an aside that
 * broke the figure before it down (在册孤儿412名（其中：永定区98名、…），事实无人抚养儿童1037名), after
 * which the sentence goes on with the whole's figures.
 */
function inAsideClosedBefore(text: string, from: number, end: number, at: number): boolean {
  let open = -1;
  for (let i = end - 1; i >= from && open < 0; i--) {
    const c = text[i];
    if (c === ')' || c === '）') return false;
    if (c === '(' || c === '（') open = i;
  }
  if (open < 0) return false;
  for (let i = end; i < at; i++) if (text[i] === ')' || text[i] === '）') return true;
  return false;
}

export interface SubUnitReader {
  /** Whether the figure at `at`, in the sentence spanning `sentence`, is a sub-unit's. */
  isSubUnitFigure(sentence: { start: number; end: number }, at: number): boolean;
}

export function subUnitReader(text: string, unit: ReportingUnit, resolver: DivisionResolver): SubUnitReader {
  const whole = unit.adcode && unit.level ? WHOLE_BY_LEVEL[unit.level] : undefined;
  // A county-level report has no units below it in the data: nothing to look for.
  if (!whole || !unit.adcode) return { isSubUnitFigure: () => false };
  const adcode = unit.adcode;
  const isBelow = (code: string, parent: string | null, province: string) =>
    code !== adcode && (parent === adcode || (unit.level === 'province' && province === adcode));
  // Ends of the sub-unit names in a sentence, found once per sentence.
  const bySentence = new Map<number, number[]>();
  const subUnitEnds = (from: number, to: number): number[] => {
    const ends: number[] = [];
    for (let i = from + 2; i < to; i++) {
      if (!SUFFIX.has(text.charCodeAt(i))) continue;
      // A name is Han characters only: none longer than the run of them ending at the suffix is tried.
      for (let len = hanRunBefore(text, i + 1, Math.min(MAX_NAME, i + 1 - from)); len >= 3; len--) {
        const name = text.slice(i + 1 - len, i + 1);
        const r = resolver.resolve(name, { nearby: [unit.name ?? ''] });
        if (r.kind !== 'unit') continue;
        if (isBelow(r.division.adcode, r.division.parentCode, r.division.provinceCode)) ends.push(i + 1);
        break;
      }
    }
    return ends;
  };
  return {
    isSubUnitFigure(sentence, at) {
      let ends = bySentence.get(sentence.start);
      if (!ends) {
        ends = subUnitEnds(sentence.start, sentence.end);
        bySentence.set(sentence.start, ends);
      }
      const last = ends.filter((end) => end <= at && !inAsideClosedBefore(text, sentence.start, end, at)).at(-1);
      if (last === undefined) return false;
      const between = text.slice(last, at);
      return !whole.test(between) && !(ASIDE_BY_AMONG.test(text.slice(sentence.start, last)) && TIME_OPENS_CLAUSE.test(between));
    },
  };
}
