// From (family, measure, scope, specifiers) to a catalogue metric, by the rules in lexicon.ts;
// and the parts that 分别 hands out to the figures after it.
import { familyById, metricRules, type MetricRule, type Scope } from './lexicon.ts';
import type { Clause } from './structure.ts';
import type { Figure } from './figures.ts';
import { areaWords, SCOPE_OF, scopeBefore, scopeOfMention, type Mention } from './mentions.ts';
import type { FamilyFinding } from './family.ts';
import { distinctFamilies, OLD_VALUE_AFTER, PARTS_OF_COMBINED } from './markers.ts';
import { charSet } from './charClass.ts';
import { textTableRow } from './textTable.ts';

/**
 * The rules of a family that count in a measure, in the lexicon's order (ties between rules depend
 * on it). Keyed family first, then measure: asked once per figure, so no key string is built.
 */
const rulesByFamilyMeasure = new Map<string, Map<string, MetricRule[]>>();
for (const rule of metricRules) {
  let byMeasure = rulesByFamilyMeasure.get(rule.family);
  if (!byMeasure) rulesByFamilyMeasure.set(rule.family, (byMeasure = new Map()));
  for (const measure of new Set(rule.measures)) byMeasure.set(measure, [...(byMeasure.get(measure) ?? []), rule]);
}
const NO_RULES: MetricRule[] = [];

/** The rules of a family that count in a measure, in the lexicon's order. */
export const rulesFor = (family: string, measure: string): readonly MetricRule[] => rulesByFamilyMeasure.get(family)?.get(measure) ?? NO_RULES;

export function chooseMetric(
  text: string,
  fig: Figure,
  family: string,
  found: FamilyFinding,
  prevFigureEnd: number,
  partText: string,
  /** The scope the clause before gave this family's people (保障城市低保对象2790人，发放低保金…), if any. */
  carriedScope?: Scope,
  /** The scope to read the figure in, when not its own. */
  scopeAs?: Scope,
): MetricRule | null {
  // wide: the clause up to the figure (specifiers often stand before the family: 实名认证志愿者);
  // narrow: only what lies since the previous figure, so 护理补贴 after 供养资金1.57亿元 stays with its own figure.
  // Each is built only when a rule asks for it: most families have a rule that needs neither.
  const clauseStart = found.carried ? found.anchor : Math.min(found.anchor, fig.start, found.clauseStart);
  // 1165家社会组织在…登记在册: what a figure-first clause says of its noun follows the noun.
  // So does the clause saying what money was paid for (投入资金416万元，用于发放特困人员照料护理补贴).
  // So does a purpose clause right after money (2.特困供养。投入资金1862万元，用于保障特困人员基本生活).
  const rightNounEnd =
    found.how === 'rightNoun' || (found.how === 'ahead' && fig.measure === 'money') ? found.clauseEnd : fig.measure === 'money' ? purposeEnd(text, fig) : fig.end;
  // Under 分别 the split words belong to one figure each: only this figure's part is kept.
  // An inclusion note (特困供养金（含照料护理补贴）) says what the figure holds, not which part it is.
  const own = (s: string) => {
    const outsideNotes = s.includes('含') ? s.replace(INCLUSION_NOTE, '') : s;
    return partText ? outsideNotes.replace(RESPECTIVELY_WORDS, '') : outsideNotes;
  };
  let tail: string | undefined;
  let wide: string | undefined;
  let narrow: string | undefined;
  const narrowText = () => (narrow ??= own(text.slice(Math.max(prevFigureEnd, clauseStart), fig.start) + (tail ??= text.slice(fig.start, Math.max(fig.end, rightNounEnd)))) + partText);
  const wideText = () =>
    (wide ??= own(carriedName(text, found) + text.slice(clauseStart, fig.start) + (tail ??= text.slice(fig.start, Math.max(fig.end, rightNounEnd)))) + partText);
  let scope: Scope | undefined;
  let rowNamesIt: boolean | undefined;
  let best: { rule: MetricRule; score: number } | null = null;
  let tie = false;
  // 其中分散供养407户(人): households of one person each count people where the family counts no households.
  const rules = fig.onePersonEach && rulesFor(family, 'households').length === 0 ? rulesFor(family, 'persons') : rulesFor(family, fig.measure);
  for (const rule of rules) {
    if (rule.scope && rule.scope !== (scope ??= scopeAs ?? statedScope(text, fig, found, partText, carriedScope) ?? 'all')) continue;
    if (rule.excludes?.test(narrowText())) continue;
    // 公办…1200张、民办…2000张，合计3200张: what a total's parts were said to be is not said of the total.
    if (rule.clauseExcludes?.test(found.how === 'total' ? narrowText() : wideText())) continue;
    let score = 2;
    if (rule.requires) {
      if (rule.requires.test(narrowText())) score = 3;
      else if (rule.requires.test(wideText()) || (rowNamesIt ??= namedByItsRow(text, fig, found))) score = 1;
      else continue;
    }
    if (!best || score > best.score) {
      best = { rule, score };
      tie = false;
    } else if (score === best.score && rule.metric !== best.rule.metric) tie = true;
  }
  return best && !tie ? best.rule : null;
}

const PURPOSE_AFTER = /[，,]\s?用于[^，,；;。]*/y;
function purposeEnd(text: string, fig: Figure): number {
  PURPOSE_AFTER.lastIndex = fig.end;
  return PURPOSE_AFTER.test(text) ? PURPOSE_AFTER.lastIndex : fig.end;
}

/**
 * 孤儿及事实无人抚养儿童	486	468.03: a row of a table of programmes names only its programme, and
 * the column (发放金额) says the figure is its money; a word the rule asks for is not written in the row.
 */
function namedByItsRow(text: string, fig: Figure, found: FamilyFinding): boolean {
  if (fig.measure !== 'money' || !CELL_GAP(text.charCodeAt(fig.start - 1))) return false;
  const label = textTableRow(text, fig.start)?.cells[0];
  return label !== undefined && found.anchor >= label.start && found.anchor < label.end;
}
const CELL_GAP = charSet('\t| ');

/**
 * A standard said of town and country alike (城市、农村特困人员基本生活标准均为每人每月1326元) is
 * each one's, where the catalogue has no metric for both together: the urban and the rural rule.
 */
export function uniformStandardRules(
  text: string,
  fig: Figure,
  family: string,
  found: FamilyFinding,
  prevFigureEnd: number,
  carriedScope?: Scope,
): MetricRule[] {
  // Only a scope the text states: a standard that names none is not guessed to be both.
  if (fig.measure !== 'monthlyStandard' || statedScope(text, fig, found, '', carriedScope) !== 'all') return [];
  const urban = chooseMetric(text, fig, family, found, prevFigureEnd, '', carriedScope, 'urban');
  const rural = chooseMetric(text, fig, family, found, prevFigureEnd, '', carriedScope, 'rural');
  return urban && rural ? [urban, rural] : [];
}

const BOTH_SUBSIDIES_NAMED = /生活补贴和.*护理补贴/;

/**
 * For a family carried from an earlier clause, what the clauses since the one naming it said of it
 * (发放孤儿基本生活费，全年发放312.5万元; 孤儿…300余名，每月按…标准发放基本生活费，全年发放480余万元;
 * 一次性增发1个月低保金，共发放2600万元).
 */
function carriedName(text: string, found: FamilyFinding): string {
  if (!found.carried || found.namedFrom === undefined) return '';
  const from = Math.max(found.namedFrom, found.clauseStart - CARRIED_NAME_MAX);
  // A name on a line above (a heading over its items: 残疾人两项补贴\n■ 享受生活补贴…\n■ 享受护理补贴…)
  // is read with the figure's own line, not the sibling lines between.
  const lineStart = text.lastIndexOf('\n', found.clauseStart - 1) + 1;
  if (lineStart <= from) return text.slice(from, found.clauseStart);
  const nameLineEnd = text.indexOf('\n', from);
  return text.slice(from, nameLineEnd) + text.slice(lineStart, found.clauseStart);
}
const CARRIED_NAME_MAX = 60;

const RESPECTIVELY_WORDS = new RegExp(`${areaWords()}|社会散居|散居|分散|集中|机构`, 'g');
const INCLUSION_NOTE = /[（(](?:含|包括|包含)[^（()）]*[)）]/g;

/** The scope the text gives the figure, or null when it names none (read as the whole). */
function statedScope(text: string, fig: Figure, found: FamilyFinding, partText: string, carriedScope: Scope | undefined): Scope | null {
  if (partText) {
    const m = AREA_WORD.exec(partText);
    if (m) return SCOPE_OF[m[0]];
  }
  const from = found.mention && !found.carried ? found.mention.end : found.anchor;
  const between = from < fig.start ? scopeBefore(text, from, fig.start) : null;
  if (between) return between;
  if (found.mention) {
    const own = scopeOfMention(text, found.mention);
    if (own) return own;
    // 特困人员基本生活标准按照城乡统一…执行，为每人每月1980元: one standard said to hold for town and
    // country alike, in the clause that named it, is both scopes' standard.
    if (found.carried && fig.start - found.mention.end < 60 && UNIFORM_SCOPES.test(text.slice(found.mention.end, fig.start))) return 'all';
  }
  if (found.how === 'rightNoun' || found.how === 'beneficiary') {
    const s = scopeBefore(text, fig.end, found.mention?.end ?? fig.end);
    if (s) return s;
  }
  return scopeBefore(text, found.anchor, fig.start) ?? carriedScope ?? null;
}

const UNIFORM_SCOPES = /城乡(?:统一|一致|一体)|统一城乡/;
const AREA_WORD = new RegExp(areaWords());

/**
 * A part of a 分别 list with no metric of its own: a tier between town and country (市区、县城、农村低保标准分别为…),
 * or an item naming no catalogued family (护送返乡, 补领婚姻登记证).
 */
export const PART_WITHOUT_METRIC = '县城';
const SPLIT_TOKENS: Array<[RegExp, string[]]> = [
  [/^城乡/, ['城市', '农村']],
  [new RegExp(`^(?:${areaWords('urban')})`), ['城市']],
  [/^县城(?![乡市镇区])/, [PART_WITHOUT_METRIC]],
  [new RegExp(`^(?:${areaWords('rural')})`), ['农村']],
  [/^(?:集中|机构)/, ['集中']],
  [/^(?:社会散居|散居|分散)/, ['分散']],
];
/** The characters a split token starts with, to try the tokens only where one can start. */
const SPLIT_FIRST = charSet(SPLIT_TOKENS.map(([re]) => re.source.replace(/[^一-龥|]/g, '').split('|').map((w) => w[0]).join('')).join(''));

/** Every 分别 in the last text asked about, found once (most clauses of a report have none). */
let respectivelyCache: { text: string; at: number[] } | null = null;

function respectivelyPositions(text: string): number[] {
  if (respectivelyCache?.text === text) return respectivelyCache.at;
  const at: number[] = [];
  for (let i = text.indexOf('分别'); i >= 0; i = text.indexOf('分别', i + 1)) at.push(i);
  respectivelyCache = { text, at };
  return at;
}

/** Where 分别 first stands wholly inside the clause, or -1. */
export function respectivelyAt(text: string, clause: { start: number; end: number }): number {
  for (const i of respectivelyPositions(text)) {
    if (i >= clause.start && i + 1 < clause.end) return i;
    if (i >= clause.end) break;
  }
  return -1;
}

/**
 * 城乡保障面分别达1.2%、4.14% / 集中养育孤儿和社会散居孤儿...分别为: the parts that 分别 hands
 * out to the figures after it, in the order written — several populations, or scope and
 * specifier words of one population. When the clause names none before its 分别
 * (农村特困人员5412人，城市特困人员189人，分别发放供养金5876万元、264万元), the parts are those
 * the earlier clauses of the sentence named, taken only if there are exactly as many as figures
 * follow 分别. A list that does not pair up one to one gets no parts (an empty list): its figures
 * are left alone rather than guessed at.
 */
export function respectivelyParts(
  text: string,
  clause: Clause,
  clauseMentions: Mention[],
  clauseFigures: Figure[],
  /** Where the thread of the sentence starts, its mentions, and the starts of its clauses before this one. */
  earlier: { start: number; mentions: Mention[]; clauseStarts: number[] },
): { at: number; parts: string[]; items?: true } | null {
  const at = respectivelyAt(text, clause);
  if (at < 0) {
    // 城市低保对象3.1万人、农村低保对象12.8万人，累计支出2.3亿元、7.5亿元: a list of figures naming
    // nothing pairs with the parts named before it, as if 分别 stood in front of it.
    if (clauseMentions.length === 0 && earlier.start < clause.start && isFigureList(text, clauseFigures)) {
      return { at: clauseFigures[0].start, parts: partsNamedBefore(text, clause, clauseFigures.length, earlier) };
    }
    // 城乡特困人员基本生活标准分别按照城乡低保标准的1.3倍确定，为每人每月936元和每人每年9048元: the 分别
    // of the clause before, which gave no figures of its own, hands its parts to this clause's figures,
    // when there are as many.
    const before = earlier.clauseStarts.at(-1);
    if (clauseMentions.length === 0 && clauseFigures.length >= 2 && before !== undefined && before >= earlier.start) {
      let said = respectivelyAt(text, { start: before, end: clause.start - 1 });
      if (said >= 0 && FIGURE_WITH_UNIT.test(text.slice(said, clause.start))) said = -1;
      const parts = said >= 0 ? partsNamed(text, before, said, earlier.mentions.filter((m) => m.start >= before && m.end <= said)) : null;
      if (parts?.length === clauseFigures.length) return { at: said, parts };
    }
    return listPairedWithList(text, clauseMentions, clauseFigures);
  }
  let figuresAfter = 0;
  for (let k = 0; k < clauseFigures.length; k++) if (clauseFigures[k].start > at && !headsItsPeople(text, clauseFigures, k)) figuresAfter++;
  const namedBefore = clauseMentions.filter((m) => m.end <= at);
  const own = partsNamed(text, clause.start, at, namedBefore, figuresAfter);
  if (own && own.length === figuresAfter) return { at, parts: own };
  // 高龄补贴发放人数、发放金额分别为7.12万人、5126万元: what of one programme each figure counts, not whose.
  if (!own && namedBefore.length && MEASURES_LISTED.test(text.slice(namedBefore[namedBefore.length - 1].end, at))) return null;
  const items = itemsListed(text, clause.start, at, namedBefore, figuresAfter);
  if (items) return { at, parts: items, items: true };
  if (own) return { at, parts: own };
  // 分别发放城市、农村低保金986万元、8120万元: the parts named between 分别 and its first figure.
  const first = clauseFigures.find((f) => f.start > at);
  if (first) {
    const between = partsNamed(text, at + 2, first.start, clauseMentions.filter((m) => m.start >= at + 2 && m.end <= first.start), figuresAfter);
    if (between) return figuresAfter < 2 ? null : { at, parts: between.length === figuresAfter ? between : [] };
  }
  if (earlier.start >= clause.start) return null;
  // A clause that names its own parts after 分别 (分别发放城市低保金…、农村低保金…) pairs its own
  // figures; one that names a single programme only (分别发放低保金…、…) takes the parts named before.
  if (clauseMentions.length > 0) {
    if (new Set(clauseMentions.map((m) => m.family)).size > 1) return null;
    if (partsNamed(text, at, clause.end, []) !== null) return null;
  }
  if (figuresAfter < 2) return null;
  const before = partsNamedBefore(text, clause, figuresAfter, earlier);
  // …标准连续五年提高，分别由每人每月1450元、1000元提高到1870元、1420元: each part an old value and a new one.
  if (before.length === 0 && figuresAfter % 2 === 0 && text.charCodeAt(at + 2) === C_YOU && OLD_VALUE_AFTER.test(text.slice(at + 3, clause.end))) {
    return { at, parts: partsNamedBefore(text, clause, figuresAfter / 2, earlier) };
  }
  return { at, parts: before };
}
export const C_YOU = '由'.charCodeAt(0); // 由 of 由X提高到Y

/**
 * 结婚登记、离婚登记、补领婚姻登记证分别为586对、231对、97对: a list split by 、 into as many items as
 * figures follow, each naming one family or none, pairs item by item. An item naming none (补领婚姻登记证,
 * 护送返乡) gives its figure no metric; a part is `family:item`, so each figure is read with its own
 * item's words, not its siblings' (登记社会组织、备案社区社会组织分别为312家、486家).
 */
function itemsListed(text: string, from: number, at: number, mentions: Mention[], count: number): string[] | null {
  if (count < 2 || mentions.length === 0) return null;
  if (NOT_AN_ITEM_LIST.test(text.slice(from, at))) return null;
  const items = listItems(text, from, at);
  if (items.length !== count) return null;
  const parts: string[] = [];
  for (const { start, end } of items) {
    const item = text.slice(start, end);
    const inside = mentions.filter((m) => m.start >= start && m.end <= end);
    if (inside.some((m) => m.family !== inside[0].family)) return null;
    // 市区、县城、农村低保标准分别…: items of scope or specifier words, which splitWords reads.
    if (inside.length === 0 && SPLIT_WORD.test(item)) return null;
    parts.push(inside.length ? `${inside[0].family}:${item}` : PART_WITHOUT_METRIC);
  }
  return parts.some((p) => p !== PART_WITHOUT_METRIC) ? parts : null;
}

/** The items of a list in text[from, to), split at 、, as spans of the text. */
export function listItems(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const items: Array<{ start: number; end: number }> = [];
  let start = from;
  for (let at = text.indexOf('、', from); at >= 0 && at < to; at = text.indexOf('、', at + 1)) {
    items.push({ start, end: at });
    start = at + 1;
  }
  items.push({ start, end: to });
  return items;
}
/** Any split token, anywhere. */
const SPLIT_WORD = new RegExp(SPLIT_TOKENS.map(([re]) => re.source.replace(/^\^/, '')).join('|'));
/** A figure among the items, or a colon (which would cut the `family:item` part apart). */
const NOT_AN_ITEM_LIST = /[\d:：]/;

/**
 * The parts the nearest clauses before name, when they name as many as `count` (农村特困人员5412人，
 * 城市特困人员189人，分别…), else none: a programme named further back in the sentence is not one of them.
 */
function partsNamedBefore(text: string, clause: Clause, count: number, earlier: { start: number; mentions: Mention[]; clauseStarts: number[] }): string[] {
  let named: string[] | null = null;
  for (let j = earlier.clauseStarts.length - 1; j >= 0 && earlier.clauseStarts[j] >= earlier.start; j--) {
    const from = earlier.clauseStarts[j];
    named = partsNamed(text, from, clause.start, earlier.mentions.filter((m) => m.start >= from && m.end <= clause.start));
    if (named && named.length >= count) break;
  }
  return named && named.length === count ? named : [];
}

/**
 * 集中供养6352户6352人, 分别为1862户3126人、…, 1536户（2137人次）: a household count right before the
 * head count of the same people, named by what stands before both; in a list, one entry with it.
 */
export function headsItsPeople(text: string, figures: readonly Figure[], k: number): boolean {
  const next = figures[k + 1];
  return figures[k].measure === 'households' && next !== undefined && (next.measure === 'persons' || next.measure === 'personTimes') && HEAD_COUNT_JOIN.test(text.slice(figures[k].end, next.start));
}
const HEAD_COUNT_JOIN = /^\s?[（(]?$/;

/** Two or more things counted of one programme (人数、金额), between its name and 分别. */
const MEASURES_LISTED = /(?:人数|户数|人次|金额|资金|数量)[^，,；;。]{0,6}[、和及与][^，,；;。]{0,6}(?:人数|户数|人次|金额|资金|数量)/;

/** Two or more figures of one measure joined by 、 only (2.3亿元、7.5亿元). */
function isFigureList(text: string, figures: Figure[]): boolean {
  if (figures.length < 2) return false;
  for (let k = 1; k < figures.length; k++) {
    if (figures[k].measure !== figures[0].measure || !FIGURE_LIST_JOIN.test(text.slice(figures[k - 1].end, figures[k].start))) return false;
  }
  return true;
}

/**
 * 发放困难残疾人生活补贴、重度残疾人护理补贴609万元、782万元 / 保障城市、农村低保对象1260人、15680人:
 * a list of figures of one measure, joined by 、 (or 和, 及: 惠及1.92万人和1.77万人) only, after a list of as many parts with no figure
 * among them, pairs up as if 分别 stood between them. `at` is where the parts end.
 */
function listPairedWithList(text: string, clauseMentions: Mention[], clauseFigures: Figure[]): { at: number; parts: string[] } | null {
  if (clauseMentions.length === 0 || !isFigureList(text, clauseFigures)) return null;
  const first = clauseFigures[0];
  const before = clauseMentions.filter((m) => m.end <= first.start);
  // Every mention stands before the figures, and the last one right before the first figure, or
  // before the standard they set (城市、农村特困人员基本生活标准同步调整为884元/人·月、585元/人·月).
  if (before.length !== clauseMentions.length) return null;
  const gap = text.slice(before[before.length - 1].end, first.start);
  if (gap.length > 4 && !(first.measure === 'monthlyStandard' && STANDARD_BETWEEN.test(gap))) return null;
  const listStart = listStartOf(text, before);
  const parts = partsNamed(text, listStart, first.start, before.filter((m) => m.start >= listStart));
  if (!parts || parts.length !== clauseFigures.length) return null;
  return { at: before[before.length - 1].end, parts };
}

/** A figure in a unit a 分别 could hand out (1,368人, 2.41万人), not a ratio (1.3倍). */
const FIGURE_WITH_UNIT = /\d\s?[万亿]?\s?(?:人|户|元|名|张|家|所|个|对|%)/;
const FIGURE_LIST_JOIN = /^\s?(?:、|和|及)\s?$/;
// …标准按不低于低保标准1.3倍同步调整为: a ratio it is set by may stand between.
const STANDARD_BETWEEN = /^[^，,；;。\d、]{0,8}标准(?:[^，,；;。\d、]|\d+(?:\.\d+)?倍){0,24}$/;

/** Where a list of mentions ending with the last of `mentions` starts: back over mentions joined by 、和及与 and scope words (城市、农村). */
function listStartOf(text: string, mentions: Mention[]): number {
  let k = mentions.length - 1;
  while (k > 0 && PART_JOIN.test(text.slice(mentions[k - 1].end, mentions[k].start))) k--;
  return Math.max(0, mentions[k].start - 7);
}
const PART_JOIN = new RegExp(`^(?:人员|对象|家庭|儿童)?(?:、|和|及|与|以及)(?:${areaWords()})?$`);

/** The populations, or else the scope and specifier words, that text[from, to) lists in order. */
function partsNamed(text: string, from: number, to: number, mentions: Mention[], count?: number): string[] | null {
  // 集中养育、分散养育孤儿和事实无人抚养儿童…分别为1600元、1200元: specifiers listed before the
  // populations they qualify are what is listed, not the populations.
  if (mentions.length > 0 && mentions[0].start > from) {
    const listed = splitWords(text.slice(from, mentions[0].start));
    // 城市和农村集中养育、社会散居孤儿…分别…: both scopes before the specifiers qualify them all.
    if (listed && count !== undefined && listed.length === count + 2 && listed[0] === '城市' && listed[1] === '农村') return listed.slice(2);
    if (listed) return listed;
  }
  const distinct = distinctFamilies(mentions.map((m) => m.family));
  if (distinct.length === 1 && distinct[0] === 'orphansAndDefacto') return ['orphans', 'defacto'];
  // 困难残疾人生活补贴和重度残疾人护理补贴分别…: the two subsidies, named in that order (两项补贴 alone names neither).
  if (distinct.length === 1 && distinct[0] === 'disabilityBoth' && mentions.some((m) => BOTH_SUBSIDIES_NAMED.test(text.slice(m.start, m.end)))) {
    return ['disabilityLiving', 'disabilityCare'];
  }
  if (distinct.length >= 2) {
    if (count === undefined || distinct.length === count) return distinct;
    const each = partsOneByOne(text, mentions);
    return each.length === count ? each : distinct;
  }
  return splitWords(text.slice(from, to));
}

/** Where in a mention a family's own words stand (孤儿 before 事实无人抚养儿童), or Infinity. */
function namedAt(text: string, m: Mention, family: string): number {
  const words = familyById.get(family)!.keywords;
  words.lastIndex = 0;
  const found = words.exec(text.slice(m.start, m.end));
  return found ? found.index : Infinity;
}

const SCOPE_WORD: Partial<Record<Scope, string>> = { urban: '城市', rural: '农村' };

/**
 * The parts a list names mention by mention, where its families alone are fewer than its figures:
 * 城市低保、农村低保、特困供养对象分别为… (a family with its scope: `dibao:城市`), 孤儿、事实无人抚养儿童、
 * 困境儿童分别为… (two named as one, listed as each).
 */
function partsOneByOne(text: string, mentions: Mention[]): string[] {
  const parts: string[] = [];
  for (const m of mentions) {
    const combined = PARTS_OF_COMBINED.get(m.family);
    const word = SCOPE_WORD[scopeOfMention(text, m) ?? 'all'];
    if (combined) parts.push(...[...combined].sort((a, b) => namedAt(text, m, a) - namedAt(text, m, b)));
    else parts.push(word && mentions.some((o) => o !== m && o.family === m.family) ? `${m.family}:${word}` : m.family);
  }
  return parts;
}

/** The scope and specifier words (城市, 农村, 集中, 分散) a phrase lists in order, if two or more. */
function splitWords(phrase: string): string[] | null {
  const parts: string[] = [];
  for (let i = 0; i < phrase.length; i++) {
    if (!SPLIT_FIRST(phrase.charCodeAt(i))) continue;
    for (const [re, words] of SPLIT_TOKENS) {
      const m = re.exec(phrase.slice(i, i + 4));
      if (m) {
        for (const w of words) if (parts[parts.length - 1] !== w) parts.push(w);
        i += m[0].length - 1;
        break;
      }
    }
  }
  return parts.length >= 2 ? parts : null;
}

