// From figures to facts. Each figure with a unit is placed in its sentence and clause, given the
// family (低保, 特困 ...) named nearest to it — the noun right after it (766名孤儿), else the
// nearest mention to its left in the clause, else (after 为/对) what the clause goes on to give
// them, else the family carried from earlier clauses of the sentence — and then the metric the
// lexicon gives for that family, the figure's unit, its urban/rural scope and the specifiers
// around it. Figures that are not results are dropped before attribution: new additions,
// year-on-year changes, old values of 由X提高到Y, plans and targets, multi-year totals, subsets
// after 其中 of something that is not itself a catalogued total, and descriptors (150张以上床位).
import type { Fact, Qualifier } from '../domain/report.ts';
import { findNumbers, type NumberReading } from './numbers.ts';
import {
  families,
  familyById,
  metricRules,
  type Measure,
  type MetricRule,
  type Scope,
} from './lexicon.ts';
import { readUnit, BASE_UNIT } from './units.ts';
import { metricById } from '../catalogue/catalogue.ts';
import { isInside, splitSentences, type Clause, type Sentence, type Span } from './structure.ts';

interface Mention {
  start: number;
  end: number;
  family: string;
}

interface Figure {
  reading: NumberReading;
  start: number;
  end: number;
  measure: Measure;
  value: number;
  qualifier?: Qualifier;
  /** Written as an annual standard and divided by 12. */
  annual?: boolean;
}

export interface Candidate extends Fact {
  /** Index of the sentence, for choosing among several values of one metric. */
  sentence: number;
}

const NEW_ADDITION = /新增|新纳入|新认定|新批准|新建|新登记|新发展|净增|新识别|新开工|新落实/;
/** Exits and cuts are changes to a population, not its size. */
const EXIT = /退出|停发|停保|清退|核减|取消|注销|减少|清理|退保/;
const CHANGE = /同比|环比|比上年|较上年|比去年|较去年|较20\d\d年|比20\d\d年|与上年相比|较同期|比同期|增幅|降幅/;
const DELTA_PREFIX = /(?:增长|增加|下降|减少|上升|提高|降低|上调|下调|提升|增|减|多|少)了?\s?$/;
const OLD_VALUE_AFTER = /^[^，,；;。]*?(?:提高|提升|增加|调整|上调|增长|降低|下调|增至|提至)(?:到|至|为)/;
const PLAN = /力争|争取|目标|预计|计划(?:到|于|在|年底|明年|下半年|今年|全年|完成|新建|建成)|(?<!已)拟(?!定)|到20\d\d年|年底前(?:完成|实现|达到)|将于|确保.{0,8}(?:年底|年内)/;
const CUMULATIVE = /[“"]?十[一二三四五]五[”"]?(?:期间|以来|时期)|20\d\d\s?[-—–至]\s?20\d\d\s?年|期间累计|以来累计|连续\s?\d+\s?年|连续[一二三四五六七八九十]+年|多年来|历年|\d+\s?年来|[一二三四五六七八九十]+年来|自20\d\d年以来|20\d\d年以来累计|建[院站局]以来|成立以来|\d+年间/;
/** 每千名老年人拥有养老床位28张: a ratio, not a count. */
const PER_CAPITA = /每(?:千|百|万|十万)(?:名|个|户|人|位)?|人均|户均|平均每/;
const SUB_AREA = /等地|等\d+个(?:县|区|乡|镇|村)|市辖区|主城区|中心城区|城区内|试点|示范点|示范区内/;
const BENEFICIARY_PREFIX = /(?:为|对|向|给)(?:全市|全区|全县|全省|辖区|累计)?\s?$/;
const INCLUSION_VERB = /纳入|列入|转入/;
/** After a count, a verb of receiving something: the count is of those who got that, which must be the programme. */
const SERVICE_VERB = /获得|享受|参加|接受|纳入|列入|办理|入住|领取|得到/;
/** Verbs that end the noun phrase after a figure: 111名孩子纳入... is not 111 名 事实无人抚养儿童. */
const VERB_IN_RIGHT_NOUN = /纳入|列入|办理|进行|实施|开展|享受|获得|得到|参加|参与|入住|提供|签订|完成|建立|安装|解决|惠及|受益|发放|给予|落实|实现|开通|接受|参保|承保|申报|认定|评定/;
const JOINER = /和|及|与|、|以及/;
/** A clause that opens on the whole jurisdiction or a new date starts a new total (全县共有…, 截至6月底…). */
const NEW_TOTAL =
  /^\s*(?:[一二三四五六七八九十]+是|\d+[.、])?\s*(?:全市|全县|全区|全省|全州|全盟|全旗|截至|截止|今年|本年|年内|上半年|全年|20\d\d\s?年(?!\d)|\d{1,2}\s?[-—–至~～]\s?\d{1,2}\s?月|\d{1,2}\s?月份?(?![\d底末]))/;
/** 累计为600人次… after a 其中 list starts a new statement; after 连续8年 it continues the multi-year total. */
const NEW_STATEMENT = /^\s*(?:[一二三四五六七八九十]+是|\d+[.、])?\s*累计/;
/** Two populations named together form one that the catalogue may have (两项补贴) or not (低保、特困). */
const COMBINED: Record<string, string> = {
  'disabilityLiving+disabilityCare': 'disabilityBoth',
  'disabilityCare+disabilityLiving': 'disabilityBoth',
  'orphans+defacto': 'orphansAndDefacto',
  'defacto+orphans': 'orphansAndDefacto',
};
/** Nouns that make a count or an amount about something other than a family carried from earlier clauses. */
const FOREIGN_PERSONS = /人口|人员|(?<!困难|补贴|供养|保障|救助|低保)对象|儿童|孩子|老人|老年人|家庭|学生|职工|干部|督导员|主任|社工|工作者|志愿者|党员|代表|委员|户/;
const FOREIGN_INSTITUTIONS = /^(?![\s\S]*(?:机构|院|组织))/;
const MONEY_NOUN = /[\u4e00-\u9fa5]{0,6}(?:补贴|补助|津贴|救助金|保障金|生活费|供养金|善款|捐款|基金|保费|赔款|慰问金|奖金|资金)/g;
const GENERIC_MONEY = /^(?:累计|共计?|及时|足额|按时|全年|支出|发放|拨付|下达|安排|落实)*(?:救助|保障|补助|专项|各类)?(?:资金|经费|金)$/;

const rulesByFamily = new Map<string, MetricRule[]>();
for (const rule of metricRules) rulesByFamily.set(rule.family, [...(rulesByFamily.get(rule.family) ?? []), rule]);

/**
 * Every match of a marker over the whole text, found once: clause- and sentence-level questions
 * ("is there a 新增 before this figure in its clause?") become lookups instead of a regex run each.
 */
class MarkerIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  constructor(re: RegExp, text: string) {
    const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    for (let m = global.exec(text); m; m = global.exec(text)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
      if (m[0].length === 0) global.lastIndex++;
    }
  }
  /** End of the first match lying wholly within [from, to), or Infinity. */
  firstEndWithin(from: number, to: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.starts.length && this.starts[i] < to; i++) if (this.ends[i] <= to) return this.ends[i];
    return Infinity;
  }
}

interface Markers {
  plan: MarkerIndex;
  skip: MarkerIndex;
  cumulative: MarkerIndex;
}

/** Markers that, anywhere in a clause before a figure, make it no result: additions, exits, changes, part areas, ratios. */
const CLAUSE_SKIP = new RegExp([NEW_ADDITION, EXIT, CHANGE, SUB_AREA, PER_CAPITA].map((r) => r.source).join('|'));

let mentionIndexCache: { text: string; mentions: Mention[] } | null = null;

/** Every family mention in the text, longest first where they overlap, minus blocked ones. */
export function findMentions(text: string): Mention[] {
  if (mentionIndexCache?.text === text) return mentionIndexCache.mentions;
  const all: Mention[] = [];
  for (const family of families) {
    family.keywords.lastIndex = 0;
    for (const m of text.matchAll(family.keywords)) {
      const end = m.index! + m[0].length;
      if (family.blockedAfter?.test(text.slice(end, end + 12))) continue;
      all.push({ start: m.index!, end, family: family.id });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const m of all) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue; // inside a longer, earlier mention
    kept.push(m);
  }
  mentionIndexCache = { text, mentions: kept };
  return kept;
}

const SCOPE_RE = /城乡|城市|城镇|市区|农村|乡村/g;
const SCOPE_OF: Record<string, Scope> = { 城乡: 'all', 城市: 'urban', 城镇: 'urban', 市区: 'urban', 农村: 'rural', 乡村: 'rural' };

/** The scope word nearest before `pos` (ending last), no further back than `from`. */
function scopeBefore(text: string, from: number, pos: number): Scope | null {
  SCOPE_RE.lastIndex = from;
  let found: Scope | null = null;
  for (let m = SCOPE_RE.exec(text); m && m.index + m[0].length <= pos; m = SCOPE_RE.exec(text)) found = SCOPE_OF[m[0]];
  return found;
}

/** The scope a mention carries: 城市低保, 农村特困供养人员, 城乡居民最低生活保障. */
function scopeOfMention(text: string, m: Mention): Scope | null {
  return scopeBefore(text, Math.max(0, m.start - 4), m.end);
}

/** 每人每月780元、620元 / 由每人每月700元提高到760元: the later figure shares the earlier one's per-month unit. */
const LIST_LINK = /^\s?(?:、|，|,|和|及|与|至|到|~|～|-|—|(?:提高|提升|增加|调整|上调|增长)(?:到|至|为)|达到|为)\s?(?:每人每月)?\s?$/;

/** 分别为120、150、180人 / 800，650元: the unit written once after a list belongs to each item. */
const LIST_SEPARATOR = /^\s?(?:、|，|,|和|及|与)\s?$/;

function listUnits(text: string, numbers: NumberReading[]): Map<NumberReading, number> {
  const unitAt = new Map<NumberReading, number>();
  let nextUnitAt = -1;
  for (let i = numbers.length - 1; i >= 0; i--) {
    const r = numbers[i];
    const own = readUnit(text, r.end, '');
    if (own || r.percent) {
      nextUnitAt = own ? r.end : -1;
      continue;
    }
    const next = numbers[i + 1];
    // 3、5041名…: an enumerator opening a line or sentence, not a list item.
    const opensLine = r.start === 0 || /[\n。；;:：]\s*$/.test(text.slice(Math.max(0, r.start - 3), r.start));
    if (nextUnitAt >= 0 && next && !opensLine && LIST_SEPARATOR.test(text.slice(r.end, next.start)) && !r.range) unitAt.set(r, nextUnitAt);
    else nextUnitAt = -1;
  }
  return unitAt;
}

function figuresOf(text: string, numbers: NumberReading[], excluded: readonly Span[]): Figure[] {
  const figures: Figure[] = [];
  const borrowed = listUnits(text, numbers);
  let lastStandard: { end: number; measure: 'monthlyStandard' } | null = null;
  for (const reading of numbers) {
    if (reading.range) continue;
    if (isInside(excluded, reading.start)) continue;
    // 一户一表, 四个不摘: a lone small Chinese numeral in an idiom is not a figure, unless the text
    // leads up to it as one (全区共有养老机构七家, 救助流浪乞讨人员四人次).
    if (reading.chinese && reading.value < 10 && reading.end - reading.start <= 2) {
      const lead = text.slice(Math.max(0, reading.start - 3), reading.start);
      if (!/(?:共有?|达到?|计|为|有|机构|人员|对象|儿童|老人|救助|保障|接收|惠及|安置|资助)$/.test(lead)) continue;
    }
    let measure: Measure;
    let end = reading.end;
    let factor = 1;
    let annual = false;
    if (reading.percent) measure = 'percent';
    else {
      const lead = text.slice(Math.max(0, reading.start - 8), reading.start);
      const listUnitAt = borrowed.get(reading);
      const unit = readUnit(text, reading.end, lead) ?? (listUnitAt !== undefined ? readUnit(text, listUnitAt, lead) : null);
      if (!unit) continue;
      measure = unit.measure === 'annualStandard' ? 'monthlyStandard' : unit.measure;
      if (unit.measure === 'annualStandard') {
        // 每人每年6324元 is the same standard as 527元/人/月: normalised to the catalogue's monthly unit.
        factor = unit.factor / 12;
        annual = true;
      }
      if (measure === 'money' && lastStandard && LIST_LINK.test(text.slice(lastStandard.end, reading.start))) {
        measure = 'monthlyStandard';
      }
      end = readUnit(text, reading.end, lead) ? unit.end : reading.end; // a borrowed unit stays with its own figure
      if (!annual) factor = unit.factor;
    }
    let qualifier = reading.qualifier;
    const after = text.slice(end, end + 4);
    if (/^(?:以上|以下)/.test(after)) {
      // 150张以上床位养老机构: a threshold describing something else.
      if (/^(?:以上|以下)[\u4e00-\u9fa5]/.test(after)) continue;
      qualifier ??= after.startsWith('以上') ? 'lowerBound' : 'upperBound';
      end += 2;
    }
    const value = annual ? Math.round(reading.value * factor * 100) / 100 : round(reading.value * factor);
    figures.push({ reading, start: reading.start, end, measure, value, qualifier, ...(annual ? { annual } : {}) });
    lastStandard = measure === 'monthlyStandard' && !annual ? { end, measure } : null;
  }
  return figures;
}

const round = (v: number): number => Math.round(v * 1e6) / 1e6;

interface SentenceState {
  produced: Set<string>;
  /** Whether the clause before a 其中 or a parenthesis yielded a catalogued fact. */
  lastClauseHadFact: boolean;
  childMode: 'none' | 'allowed' | 'blocked';
  cumulative: boolean;
  /**
   * Families named before this point are not carried further: a clause in between whose figures
   * belonged to something else (发放价格临时补贴5566.9万元) broke the thread.
   */
  carryFloor: number;
  /** Starts of the clauses that yielded a fact. */
  factClauses: Set<number>;
}

export function attributeFigures(norm: string, original: string, excluded: readonly Span[]): Candidate[] {
  const mentions = findMentions(norm);
  const figures = figuresOf(norm, findNumbers(norm), excluded);
  const sentences = splitSentences(norm);
  const markers: Markers = {
    plan: new MarkerIndex(PLAN, norm),
    skip: new MarkerIndex(CLAUSE_SKIP, norm),
    cumulative: new MarkerIndex(CUMULATIVE, norm),
  };
  const out: Candidate[] = [];
  let fi = 0;
  let mi = 0;
  sentences.forEach((sentence, si) => {
    while (fi < figures.length && figures[fi].start < sentence.start) fi++;
    while (mi < mentions.length && mentions[mi].start < sentence.start) mi++;
    const sFigures: Figure[] = [];
    for (let k = fi; k < figures.length && figures[k].start < sentence.end; k++) sFigures.push(figures[k]);
    if (sFigures.length === 0) return;
    const sMentions: Mention[] = [];
    for (let k = mi; k < mentions.length && mentions[k].start < sentence.end; k++) sMentions.push(mentions[k]);
    out.push(...attributeSentence(norm, original, sentence, si, sFigures, sMentions, markers));
  });
  return out;
}

function attributeSentence(
  text: string,
  original: string,
  sentence: Sentence,
  si: number,
  figures: Figure[],
  mentions: Mention[],
  markers: Markers,
): Candidate[] {
  const out: Candidate[] = [];
  const state: SentenceState = {
    produced: new Set(),
    lastClauseHadFact: false,
    childMode: 'none',
    cumulative: false,
    carryFloor: sentence.start,
    factClauses: new Set(),
  };
  const planFrom = markers.plan.firstEndWithin(sentence.start, sentence.end);
  for (const [ci, clause] of sentence.clauses.entries()) {
    const clauseText = text.slice(clause.start, clause.end);
    const trimmedStart = clause.start + (clauseText.length - clauseText.trimStart().length);
    const opensSubset = /^\s*(?:其中|内含|含)/.test(clauseText);
    if (ci > 0 && !clause.inParen && NEW_TOTAL.test(clauseText)) {
      state.cumulative = false;
      state.childMode = 'none';
    }
    if (ci > 0 && !clause.inParen && NEW_STATEMENT.test(clauseText)) state.childMode = 'none';
    if (opensSubset || clause.inParen) {
      if (state.childMode === 'none' || opensSubset) state.childMode = state.lastClauseHadFact ? 'allowed' : 'blocked';
    } else if (!clause.inParen && state.childMode !== 'none' && !opensSubset && ci > 0 && sentence.clauses[ci - 1].inParen) {
      state.childMode = 'none'; // back outside the parenthesis
    }
    const clauseFigures = figures.filter((f) => f.start >= clause.start && f.start < clause.end);
    const clauseMentions = mentions.filter((m) => m.start >= clause.start && m.start < clause.end);
    let clauseHadFact = false;
    const respectively = respectivelyParts(text, clause, clauseMentions);
    let respectivelyIndex = 0;
    const skipFrom = clauseFigures.length ? markers.skip.firstEndWithin(clause.start, clause.end) : Infinity;
    const cumulativeFrom = markers.cumulative.firstEndWithin(clause.start, clause.end);
    for (const [k, fig] of clauseFigures.entries()) {
      if (fig.start >= cumulativeFrom) state.cumulative = true;
      const isFlow = fig.measure === 'money' || fig.measure === 'personTimes';
      const ownMention = clauseMentions.some((m) => m.end <= fig.start || (m.start >= fig.end && m.start - fig.end <= 8));
      // 连续11年…共募集善款: a multi-year total; a stock named in its own clause after it still stands.
      if (state.cumulative && (isFlow || !ownMention)) continue;
      if (fig.start >= skipFrom || fig.start >= planFrom) continue;
      if (DELTA_PREFIX.test(text.slice(Math.max(clause.start, fig.start - 4), fig.start))) continue;
      const before = text.slice(clause.start, fig.start);
      if (/[由从]/.test(before) && OLD_VALUE_AFTER.test(text.slice(fig.end, clause.end))) continue;
      // 44所150张以上床位...: a count immediately followed by another figure describes a subset.
      const next = clauseFigures[k + 1];
      if (next && next.start === fig.end && fig.measure !== 'persons' && fig.measure !== 'personTimes') continue;
      if (fig.measure === 'percent' && /^[^，,；;。]{0,6}(?:的|以上|以下)/.test(text.slice(fig.end, fig.end + 6)) && /(?:标准|收入)的$/.test(text.slice(fig.start - 3, fig.start))) continue;

      const prevFigureEnd = k > 0 ? clauseFigures[k - 1].end : trimmedStart;
      const found = familyFor(text, clause, fig, clauseMentions, mentions, sentence, state, respectively?.at ?? null);
      if (!found) continue;
      const part = respectively && respectivelyIndex < respectively.parts.length && fig.start > respectively.at ? respectively : null;
      let family = found.family;
      let partText = '';
      if (part) {
        const p = part.parts[respectivelyIndex++];
        if (familyById.has(p)) family = p;
        else partText = p;
      }
      if (found.carried && state.produced.size && !part) {
        // A family carried from an earlier clause may not repeat a metric the sentence already gave.
        const probe = chooseMetric(text, fig, family, found, prevFigureEnd, partText);
        if (!probe || state.produced.has(probe.metric)) continue;
      }
      // A subset of something uncatalogued is no fact; a rate or a standard is never such a subset.
      if (state.childMode === 'blocked' && fig.measure !== 'percent' && fig.measure !== 'monthlyStandard') continue;
      if (state.childMode === 'allowed' && found.carried && !ownSpecifier(text, clause, fig, partText)) continue;
      const rule = chooseMetric(text, fig, family, found, prevFigureEnd, partText);
      if (!rule) continue;
      const confidence = confidenceOf(found, fig, part !== null, state.childMode === 'allowed');
      const quote = quoteFor(original, clause, found.anchor, fig);
      out.push({
        metric: rule.metric,
        value: fig.value,
        unit: metricById(rule.metric)?.unit ?? BASE_UNIT[fig.measure],
        quote: quote.text,
        start: quote.start,
        end: quote.end,
        confidence,
        ...(fig.qualifier ? { qualifier: fig.qualifier } : {}),
        ...(fig.annual ? { note: '报告写的是年标准(元/人/年),已除以12折算为月标准' } : {}),
        valueStart: fig.start,
        valueEnd: fig.end,
        sentence: si,
      });
      state.produced.add(rule.metric);
      clauseHadFact = true;
    }
    if (!clause.inParen) state.lastClauseHadFact = clauseHadFact;
    if (clauseHadFact) state.factClauses.add(clause.start);
    if (clauseFigures.length && !clauseHadFact && clauseMentions.length === 0) state.carryFloor = clause.end;
    if (cumulativeFrom !== Infinity) state.cumulative = true;
  }
  return out;
}

interface FamilyFinding {
  family: string;
  /** The mention the family came from, when there is one. */
  mention: Mention | null;
  /** Where the figure's evidence starts (the mention, or the clause). */
  anchor: number;
  how: 'rightNoun' | 'left' | 'beneficiary' | 'carried';
  carried: boolean;
  /** Clauses between the mention and the figure, for carried families. */
  distance: number;
  clauseStart: number;
}

function familyFor(
  text: string,
  clause: Clause,
  fig: Figure,
  clauseMentions: Mention[],
  allMentions: Mention[],
  sentence: Sentence,
  state: SentenceState,
  respectivelyAt: number | null,
): FamilyFinding | null {
  const clauseRest = text.slice(fig.end, clause.end);
  const beforeFig = text.slice(Math.max(clause.start, fig.start - 6), fig.start);
  const beneficiary = BENEFICIARY_PREFIX.test(beforeFig);
  const isCount = fig.measure !== 'money' && fig.measure !== 'monthlyStandard' && fig.measure !== 'percent';

  // 1. The noun right after a count: 766名孤儿, 3.14万名留守儿童, 330户困难家庭适老化改造.
  if (isCount) {
    const right = clauseMentions.find((m) => m.start >= fig.end && m.start - fig.end <= 8);
    if (right) {
      const between = text.slice(fig.end, right.start);
      if (VERB_IN_RIGHT_NOUN.test(between) || /\d/.test(between) || /^\s?(?:、|和|及|与|以及)/.test(between)) {
        // the noun phrase ended before the mention
      } else if (JOINER.test(between) || joinedToNext(text, right, clauseMentions)) {
        return null; // 9万余名留守和困境儿童, 13万名低保、特困供养对象: a combined count
      } else {
        if (beneficiary || SERVICE_VERB.test(text.slice(right.end, clause.end))) {
          // 为126名超龄在校孤儿发放助学基金, 将12名孤儿纳入“明天计划”: counts only if they got the programme itself.
          const family = familyById.get(right.family)!;
          if (!family.support.test(text.slice(right.end, clause.end))) return null;
        }
        return { family: right.family, mention: right, anchor: fig.start, how: 'rightNoun', carried: false, distance: 0, clauseStart: clause.start };
      }
    }
  }
  // 2. The nearest mention to the left in the clause.
  const left = [...clauseMentions].reverse().find((m) => m.end <= fig.start);
  if (left) {
    const prev = clauseMentions[clauseMentions.indexOf(left) - 1];
    const distributed = respectivelyAt !== null && respectivelyAt >= left.end && respectivelyAt < fig.start;
    if (!distributed && prev && prev.family !== left.family && left.start - prev.end <= 1 && JOINER.test(text.slice(prev.end, left.start)) && !figureBetween(text, prev.end, left.start)) {
      // 低保、特困供养对象共X人: two populations counted together, which the catalogue may name.
      const combined = COMBINED[`${prev.family}+${left.family}`];
      if (!combined) return null;
      return { family: combined, mention: prev, anchor: prev.start, how: 'left', carried: false, distance: 0, clauseStart: clause.start };
    }
    if (isCount && INCLUSION_VERB.test(text.slice(left.end, fig.start)) && /将|把/.test(text.slice(clause.start, left.start))) return null;
    return { family: left.family, mention: left, anchor: left.start, how: 'left', carried: false, distance: 0, clauseStart: clause.start };
  }
  // 3. 为/对/向 X人次 ... 发放临时救助资金: the programme named after them.
  if (beneficiary && isCount) {
    const right = clauseMentions.find((m) => m.start >= fig.end);
    if (right && !INCLUSION_VERB.test(text.slice(fig.end, right.start))) {
      return { family: right.family, mention: right, anchor: fig.start, how: 'beneficiary', carried: false, distance: 0, clauseStart: clause.start };
    }
    return null;
  }
  // 3b. 高龄老人9346人享受尊老金: the count receives the programme named right after it.
  if (isCount) {
    const receive = /^\s?(?:享受|领取|获得|享有)/.exec(clauseRest);
    const right = receive && clauseMentions.find((m) => m.start >= fig.end && m.start - fig.end <= receive[0].length + 2);
    if (right) {
      return { family: right.family, mention: right, anchor: fig.start, how: 'beneficiary', carried: false, distance: 0, clauseStart: clause.start };
    }
  }
  if (INCLUSION_VERB.test(clauseRest) && isCount) return null;
  // 4. Carried from earlier clauses of the same sentence.
  const earlier = allMentions.filter((m) => m.end <= clause.start && m.start >= state.carryFloor);
  // A clause that names its own programme after the figure (专项资金用于…适老化改造) is about that one.
  const ownLater = clauseMentions.some((m) => m.start >= fig.end);
  if (earlier.length && state.childMode !== 'blocked' && !ownLater) {
    let m = earlier[earlier.length - 1];
    if (beneficiary) return null;
    // 28人办理了落户安置: a count that opens its own clause is the subject of a new statement,
    // unless a parenthesis only interrupted its clause (老年人口（60岁及以上）144万人).
    const ci = sentence.clauses.indexOf(clause);
    const afterParen = ci > 0 && sentence.clauses[ci - 1].inParen && !clause.inParen;
    if (isCount && !afterParen && !/[\u4e00-\u9fa5]/.test(text.slice(clause.start, fig.start).replace(/^\s*(?:[一二三四五六七八九十]+是|\d+[.、])/, ''))) {
      return null;
    }
    if (foreignHead(text.slice(clause.start, fig.start) + nounAfter(text, fig, clause), fig.measure, familyById.get(m.family)!.support)) {
      return null;
    }
    let family = m.family;
    const prev = earlier[earlier.length - 2];
    if (prev && prev.family !== m.family && m.start - prev.end <= 1 && JOINER.test(text.slice(prev.end, m.start))) {
      const combined = COMBINED[`${prev.family}+${m.family}`];
      if (!combined) return null;
      family = combined;
      m = prev;
    }
    // Clauses crossed on the way, not counting short interjections (目前, 今年以来) and parentheticals.
    // Clauses that gave facts of their own carry the thread on (其中集中供养…，分散供养…).
    const distance = sentence.clauses.filter(
      (c) => c.start > m.start && c.start <= clause.start && !c.inParen && c.end - c.start > 4 && !state.factClauses.has(c.start),
    ).length;
    // A head count leans on at most the clause before it: 惠及5.2万人 after 发放尊老金3182万元.
    if ((fig.measure === 'persons' || fig.measure === 'personTimes') && distance > 1) return null;
    return { family, mention: m, anchor: clause.start, how: 'carried', carried: true, distance, clauseStart: clause.start };
  }
  return null;
}

/**
 * Whether the clause names its own subject before the figure, so a family carried from an
 * earlier clause does not apply: 发现隐患问题307个, 1-4月发放价格临时补贴1496万元, 贫困人口中…共4700人.
 */
function foreignHead(before: string, measure: Measure, support: RegExp): boolean {
  if (measure === 'persons' || measure === 'personTimes') return FOREIGN_PERSONS.test(before);
  if (measure === 'institutions') return FOREIGN_INSTITUTIONS.test(before);
  if (measure === 'beds') return !/床/.test(before);
  if (measure === 'money') {
    // 销售福利彩票31376.93万元: an amount carried over needs a word of paying or raising money.
    if (!/发放|支出|拨付|下达|安排|投入|筹集|募集|接收|接受|资金|金|费|补贴|共计|合计|累计|用于/.test(before)) return true;
    for (const m of before.matchAll(MONEY_NOUN)) {
      if (!GENERIC_MONEY.test(m[0]) && !support.test(m[0])) return true;
    }
  }
  return false;
}

/** The noun phrase right after a figure (1.13万名未脱贫建档立卡贫困人口), up to a verb or a break. */
function nounAfter(text: string, fig: Figure, clause: Clause): string {
  const rest = text.slice(fig.end, Math.min(clause.end, fig.end + 14));
  const cut = rest.search(/[、]|纳入|列入|办理|进行|实施|开展|享受|获得|得到|参加|入住|提供|发放|受益|吃饭|解决/);
  return cut >= 0 ? rest.slice(0, cut) : rest;
}

function joinedToNext(text: string, m: Mention, mentions: Mention[]): boolean {
  const next = mentions.find((x) => x.start >= m.end);
  return !!next && next.family !== m.family && next.start - m.end <= 1 && JOINER.test(text.slice(m.end, next.start + 1).slice(0, 1) || '、');
}

function figureBetween(text: string, from: number, to: number): boolean {
  return /\d/.test(text.slice(from, to));
}

/** Whether a subset clause names its own population or specifier (其中集中供养7039人) rather than leaning on the parent. */
function ownSpecifier(text: string, clause: Clause, fig: Figure, partText: string): boolean {
  const own = text.slice(clause.start, fig.end) + partText;
  return /集中|分散|城市|城镇|农村|护理|标准|资金|补贴|生活费|保障金/.test(own);
}

function chooseMetric(
  text: string,
  fig: Figure,
  family: string,
  found: FamilyFinding,
  prevFigureEnd: number,
  partText: string,
): MetricRule | null {
  // wide: the clause up to the figure (specifiers often stand before the family: 实名认证志愿者);
  // narrow: only what lies since the previous figure, so 护理补贴 after 供养资金1.57亿元 stays with its own figure.
  const clauseStart = found.carried ? found.anchor : Math.min(found.anchor, fig.start, found.clauseStart);
  const rightNounEnd = found.how === 'rightNoun' && found.mention ? found.mention.end : fig.end;
  const tail = text.slice(fig.start, Math.max(fig.end, rightNounEnd));
  // Under 分别 the split words belong to one figure each: only this figure's part is kept.
  const own = (s: string) => (partText ? s.replace(RESPECTIVELY_WORDS, '') : s);
  const wide = own(text.slice(clauseStart, fig.start) + tail) + partText;
  const narrow = own(text.slice(Math.max(prevFigureEnd, clauseStart), fig.start) + tail) + partText;
  const scope = figureScope(text, fig, found, partText);
  let best: { rule: MetricRule; score: number } | null = null;
  let tie = false;
  for (const rule of rulesByFamily.get(family) ?? []) {
    if (!rule.measures.includes(fig.measure)) continue;
    if (rule.scope && rule.scope !== scope) continue;
    if (rule.excludes?.test(narrow)) continue;
    let score = 2;
    if (rule.requires) {
      if (rule.requires.test(narrow)) score = 3;
      else if (rule.requires.test(wide)) score = 1;
      else continue;
    }
    if (!best || score > best.score) {
      best = { rule, score };
      tie = false;
    } else if (score === best.score && rule.metric !== best.rule.metric) tie = true;
  }
  return best && !tie ? best.rule : null;
}

const RESPECTIVELY_WORDS = /城乡|城市|城镇|农村|乡村|社会散居|散居|分散|集中|机构/g;

function figureScope(text: string, fig: Figure, found: FamilyFinding, partText: string): Scope {
  if (partText) {
    const m = /城乡|城市|城镇|市区|农村|乡村/.exec(partText);
    if (m) return SCOPE_OF[m[0]];
  }
  const from = found.mention && !found.carried ? found.mention.end : found.anchor;
  const between = from < fig.start ? scopeBefore(text, from, fig.start) : null;
  if (between) return between;
  if (found.mention) {
    const own = scopeOfMention(text, found.mention);
    if (own) return own;
  }
  if (found.how === 'rightNoun' || found.how === 'beneficiary') {
    const s = scopeBefore(text, fig.end, found.mention?.end ?? fig.end);
    if (s) return s;
  }
  return scopeBefore(text, found.anchor, fig.start) ?? 'all';
}

const SPLIT_TOKENS: Array<[RegExp, string[]]> = [
  [/^城乡/, ['城市', '农村']],
  [/^(?:城市|城镇)/, ['城市']],
  [/^(?:农村|乡村)/, ['农村']],
  [/^(?:集中|机构)/, ['集中']],
  [/^(?:社会散居|散居|分散)/, ['分散']],
];

/**
 * 城乡保障面分别达1.2%、4.14% / 集中养育孤儿和社会散居孤儿...分别为: the parts that 分别 hands
 * out to the figures after it, in the order written — several populations, or scope and
 * specifier words of one population.
 */
function respectivelyParts(
  text: string,
  clause: Clause,
  clauseMentions: Mention[],
): { at: number; parts: string[] } | null {
  const clauseText = text.slice(clause.start, clause.end);
  const idx = clauseText.indexOf('分别');
  if (idx < 0) return null;
  const at = clause.start + idx;
  const phrase = clauseText.slice(0, idx);
  const fams = clauseMentions.filter((m) => m.end <= at);
  const distinct = [...new Set(fams.map((m) => m.family))];
  if (distinct.length === 1 && distinct[0] === 'orphansAndDefacto') return { at, parts: ['orphans', 'defacto'] };
  if (distinct.length >= 2) return { at, parts: distinct };
  const parts: string[] = [];
  for (let i = 0; i < phrase.length; i++) {
    for (const [re, words] of SPLIT_TOKENS) {
      const m = re.exec(phrase.slice(i, i + 4));
      if (m) {
        for (const w of words) if (parts[parts.length - 1] !== w) parts.push(w);
        i += m[0].length - 1;
        break;
      }
    }
  }
  return parts.length >= 2 ? { at, parts } : null;
}

function confidenceOf(found: FamilyFinding, fig: Figure, respectively: boolean, child: boolean): number {
  let c: number;
  switch (found.how) {
    case 'rightNoun':
      c = 0.93;
      break;
    case 'left':
      c = found.mention && fig.start - found.mention.end > 20 ? 0.88 : 0.95;
      break;
    case 'beneficiary':
      c = 0.88;
      break;
    default:
      c = found.distance <= 1 ? 0.8 : 0.7;
  }
  if (respectively) c = Math.min(c, 0.9);
  if (child) c -= 0.03;
  if (fig.qualifier === 'approximate') c -= 0.05;
  if (fig.annual) c -= 0.1;
  return Math.round(c * 100) / 100;
}

/** The clause around the figure, cut from the original text so it is an exact substring. */
function quoteFor(original: string, clause: Clause, anchor: number, fig: Figure): { text: string; start: number; end: number } {
  let start = clause.start;
  let end = clause.end;
  if (end - start > 60) {
    start = Math.max(clause.start, Math.min(anchor, fig.start - 30));
    end = Math.min(clause.end, fig.end + 12);
  }
  while (start < fig.start && /\s/.test(original[start])) start++;
  while (end > fig.end && /\s/.test(original[end - 1])) end--;
  return { text: original.slice(start, end), start, end };
}
