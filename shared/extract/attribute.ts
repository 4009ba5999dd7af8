// From figures to facts. Each figure with a unit is placed in its sentence and clause, given the
// family (低保, 特困 ...) named nearest to it — the noun right after it (766名孤儿), else the
// nearest mention to its left in the clause, else (after 为/对) what the clause goes on to give
// them, else the family carried from earlier clauses of the sentence — and then the metric the
// lexicon gives for that family, the figure's unit, its urban/rural scope and the specifiers
// around it. Figures that are not results are dropped before attribution: new additions,
// year-on-year changes, old values of 由X提高到Y, plans and targets, multi-year totals, subsets
// after 其中 of something that is not itself a catalogued total, and descriptors (150张以上床位).
import type { Fact, ReportingUnit, ReportPeriod } from '../domain/report.ts';
import { TimeScopes } from './timeScope.ts';
import { spokenYearAfter } from './period.ts';
import { monthsCovered, parsePeriodKey } from '../domain/periods.ts';
import { isTableRow, lineEndOf } from './textTable.ts';
import { opensOnDate, periodEndMonth, startsAfterPeriod } from './levelFrom.ts';
import { findNumbers } from './numbers.ts';
import { isColon, isWhiteSpace, raw } from './charClass.ts';
import { familyById, HELD_BY_A_HOME, metricRules, SCOPED_PARTS, type Measure } from './lexicon.ts';
import { BASE_UNIT } from './units.ts';
import { clauseOutsideBefore, HEADING_NUMBER, headingLevel, lineAt, splitSentences, TOPIC_LABEL, TOWN_NAME, type Clause, type Sentence, type Span } from './structure.ts';
import { figuresOf, isCountMeasure, isFlowMeasure, type Figure } from './figures.ts';
import { measureTableCandidates } from './measureTable.ts';
import { findMentions, scopeBefore, type Mention } from './mentions.ts';
import { amongPopulationOf, BREAKDOWN_LEAD, countedWithAnotherGroup, familyFor, nounAfter, parentIsOwnPeople, noteCountScope, ownSpecifier, PROGRAMME_MONEY, scopeCarriedTo, SHARE_ONLY, type FamilyFinding, type SentenceState } from './family.ts';
import { chooseMetric, headsItsPeople, listItems, respectivelyAt, respectivelyParts, PART_WITHOUT_METRIC, uniformStandardRules, C_YOU } from './metric.ts';
import {
  CLAUSE_SKIP,
  COMBINED,
  COMPARISON_OPENING,
  cumulativeFor,
  distinctFamilies,
  endsOnDelta,
  higherAreas,
  ITEM_OPENS,
  MarkerIndex,
  NEW_STATEMENT,
  NEW_TOTAL,
  WHOLE_AREA,
  NOT_PAID,
  OLD_VALUE_AFTER,
  ONE_OFF_MONEY,
  PARTS_OF_COMBINED,
  PLAN,
  PLAN_AHEAD,
  POPULATIONS,
  type Region,
  STATEMENT_VERB,
  SUBSET_OPENING,
  type Markers,
} from './markers.ts';

export interface Candidate extends Fact {
  /** Index of the sentence, for choosing among several values of one metric. */
  sentence: number;
  /** Where the sentence starts and ends in the normalised text. */
  sentenceStart: number;
  sentenceEnd: number;
  /** Written in the metric's own measure (3102人次 for a 人次 metric, not 2341户次 beside it). */
  ownMeasure: boolean;
}

export function attributeFigures(
  norm: string,
  original: string,
  excluded: readonly Span[],
  period: ReportPeriod = { key: null },
  /** `parent`: a county's prefecture, by name (周口市), whose figures it may quote. */
  unit: Pick<ReportingUnit, 'level' | 'name' | 'province'> & { parent?: string } = { level: null, name: null, province: null },
): Candidate[] {
  const higher = higherAreas(unit.level, unit.name, unit.province, unit.parent);
  const year = parsePeriodKey(period.key ?? '')?.year ?? null;
  const figures = figuresOf(norm, findNumbers(norm), excluded, monthsCovered(period.key ?? '') ?? 12);
  const sentences = splitSentences(norm);
  const read = regionsRead(norm, sentences, figures);
  const mentions = findMentions(norm, read);
  const markers: Markers = {
    plan: new MarkerIndex(PLAN, norm, read),
    planAhead: new MarkerIndex(PLAN_AHEAD, norm, read),
    skip: new MarkerIndex(CLAUSE_SKIP, norm, read),
    cumulative: new MarkerIndex(cumulativeFor(year), norm, read),
    times: new TimeScopes(norm, period, year !== null && spokenYearAfter(norm, year), read),
    notPaid: new MarkerIndex(NOT_PAID, norm, read),
    // Words the one-home and town patterns need near a clause's start, found once per text.
    placeWord: new MarkerIndex(PLACE_WORD, norm, read),
    higher: higher ? new MarkerIndex(higher, norm, read) : null,
    ownShareAt: higher && unit.name ? ownShareOpening(unit.name) : null,
    periodEnd: periodEndMonth(period),
    figures,
  };
  const out: Candidate[] = [];
  let fi = 0;
  let mi = 0;
  // Whether the sentence just before ended on a clause that gave a fact: 其中 opening the next
  // sentence (…低保对象32.4万人。其中，城市低保对象2.86万人) breaks down that total.
  let previousFacts: ReadonlySet<string> | null = null;
  let previous: { start: number; mentions: Mention[] } = { start: 0, mentions: [] };
  // A line that only names a topic before a colon (3.特困供养：), whose sub-items below it
  // (（1）集中供养2103人；) count what it names.
  let label: { start: number; mentions: Mention[] } | null = null;
  let previousOneHome = false;
  // Whether the sentence before broke a total down (其中…, or a row under a 其中 row).
  let previousWasPart = false;
  // Where the current run of ；-separated sentences began: the planAhead reach starts there.
  let runStart = 0;
  let previousSubArea = false;
  let previousSentenceStart = 0;
  // A heading naming one programme (（二）特困人员救助供养), whose lines below, up to the next heading
  // as high, count what it names when they name nothing themselves (1.供养人数：2318人).
  let topic: { start: number; mentions: Mention[]; level: number } | null = null;
  // The last line of a run of bullets of one mark (or of label：value lines) that named a programme.
  let bullet: { mark: string; start: number; mentions: Mention[] } | null = null;
  // A section on several years (一、“十四五”时期主要成效), up to the next heading as high: its flows are sums over them.
  let multiYearLevel = 0;
  // （二）分对象情况。救助低保对象1524人次、特困人员211人次: under a heading that breaks the topic down
  // by whom it reached (or a sentence opening so: 从救助对象看，低保对象2947人次…), another programme's
  // people are the topic's (or the sentence before's), not figures of their own programme.
  let byWhomUntil = -1;
  let byWhomOf: Mention[] = [];
  const multiYear = cumulativeFor(year);
  sentences.forEach((sentence, si) => {
    if (norm.charCodeAt(sentence.start - 1) !== C_SEMI) runStart = sentence.start;
    const subAreaBefore = previousSubArea;
    previousSubArea = false;
    const inherited = previousFacts;
    previousFacts = null;
    while (fi < figures.length && figures[fi].start < sentence.start) fi++;
    while (mi < mentions.length && mentions[mi].start < sentence.start) mi++;
    const sFigures: Figure[] = [];
    for (let k = fi; k < figures.length && figures[k].start < sentence.end; k++) sFigures.push(figures[k]);
    const sMentions: Mention[] = [];
    for (let k = mi; k < mentions.length && mentions[k].start < sentence.end; k++) sMentions.push(mentions[k]);
    const opensLine = sentence.start === 0 || norm.charCodeAt(sentence.start - 1) === C_LF;
    const lineLevel = opensLine ? headingLevel(norm.slice(sentence.start, sentence.start + 8)) : 0;
    if (topic && lineLevel > 0 && lineLevel <= topic.level) topic = null;
    if (lineLevel > 0 && lineLevel <= multiYearLevel) multiYearLevel = 0;
    // Its heading says so in the words of a total over years (“十四五”时期, 五年来, 2021—2025年).
    if (sFigures.length === 0 && lineLevel > 0 && multiYear.test(norm.slice(sentence.start, sentence.end))) multiYearLevel = lineLevel;
    const headingLevelHere = sFigures.length === 0 && lineLevel > 0 && lineLevel <= 2 ? topicHeadingLevel(norm, sentence, lineLevel) : 0;
    if (headingLevelHere > 0 && distinctFamilies(sMentions.map((m) => m.family)).length === 1) topic = { start: sentence.start, mentions: sMentions, level: headingLevelHere };
    const byWhom =
      lineLevel > 0
        ? BY_WHOM_HEADING.test(norm.slice(sentence.start, sentence.end)) && topic !== null
        : opensAt(BY_WHOM_AT, norm, sentence);
    if (byWhom) {
      byWhomUntil = lineEndOf(norm, sentence.start);
      byWhomOf = lineLevel > 0 ? topic!.mentions : previous.mentions;
    }
    if (sentence.start < byWhomUntil && !sMentions.some((m) => byWhomOf.some((t) => t.family === m.family))) return;
    // A heading run into its paragraph covers the paragraph's sentences too.
    const underTopic = topic !== null && topic.start !== sentence.start && (opensLine || !norm.slice(topic.start, sentence.start).includes('\n'));
    // ▲ 特困供养：0.72万人 then ▲ 基本生活标准：城市1209元/人/月: a bullet labelled with what of a
    // programme it gives goes on with the last bullet of its mark that named one.
    if (opensLine) {
      BULLET_AT.lastIndex = sentence.start;
      const found = BULLET_AT.exec(norm);
      const mark = found ? (found[1] ?? '：') : undefined;
      if (mark !== bullet?.mark) bullet = null;
      if (mark && sMentions.length > 0) bullet = { mark, start: sentence.start, mentions: sMentions };
    }
    const goesOnFrom = bullet !== null && bullet.start !== sentence.start && sMentions.length === 0 && opensAt(BULLET_ATTRIBUTE_AT, norm, sentence) ? bullet : null;
    // A line naming nothing of the catalogue (农村互助老人幸福院（个）：186) ends the run.
    if (opensLine && bullet !== null && bullet.start !== sentence.start && goesOnFrom === null) bullet = null;
    const subItem = label !== null && opensAt(SUB_ITEM_AT, norm, sentence);
    if (!subItem) label = null;
    // 2. 特困人员救助供养（截至12月底，全县特困人员共3699人）\n① 集中供养：612人: a heading whose
    // figures are only in a parenthesis names the topic of the items listed under it.
    const heading = !subItem && sMentions.length > 0 && headsItems(norm, sentence, sFigures);
    if (sFigures.length === 0) {
      if (sMentions.length > 0 && (heading || isLabelLine(norm, sentence))) {
        label = { start: sentence.start, mentions: sMentions };
      }
      // …：本季度 24316；1—9月累计 24208\n　其中：集中供养…: a column of another time, naming nothing and
      // giving nothing, after its line's ；, leaves the line's fact the one a 其中 breaks down.
      if (sMentions.length === 0 && norm.charCodeAt(sentence.start - 1) === C_SEMI) previousFacts = inherited;
      return;
    }
    if (heading) label = { start: sentence.start, mentions: sMentions };
    // A sentence that breaks down the fact the one before ended on (。其中，集中供养4215人), or that
    // goes on after its ； with a clause naming nothing of its own (；集中供养4215人), carries its families.
    const firstClause = sentence.clauses[0];
    const opensUnnamed = sMentions.length === 0 || sMentions[0].start >= firstClause.end;
    const opensPart = opensAt(OPENS_SUBSET, norm, sentence);
    // In a table, the rows under a 其中 row (　　分散供养　—　21188) go on breaking its total down; so
    // does a line set in deeper than the 其中 line before it (其中：集中供养：198人\n        分散供养：414人).
    const rowOfPart =
      previousWasPart && opensUnnamed && (isTableRow(lineAt(norm, sentence.start)) || indentOf(norm, sentence.start) >= indentOf(norm, previousSentenceStart));
    const continues = inherited !== null && (opensPart || (opensUnnamed && (continuesBefore(norm, sentence.start) || rowOfPart)));
    const carried =
      subItem && opensUnnamed
        ? { start: label!.start, mentions: [...label!.mentions, ...sMentions] }
        : goesOnFrom
          ? { start: goesOnFrom.start, mentions: goesOnFrom.mentions }
        : underTopic && opensUnnamed && !continues
          ? { start: topic!.start, mentions: [...topic!.mentions, ...sMentions] }
          : continues
          ? { start: previous.start, mentions: [...previous.mentions, ...sMentions] }
          : { start: sentence.start, mentions: sMentions };
    previousWasPart = continues && (opensPart || previousWasPart || rowOfPart);
    previousSentenceStart = sentence.start;
    // Every way a figure gets its family goes through a mention in its sentence: none, no facts.
    if (carried.mentions.length === 0) return;
    // 提案指出，全县分散供养特困老人近千人: a reply quoting what it answers; the figures are the writer's.
    if (opensAt(REPORTED_AT, norm, sentence)) return;
    // 县社会福利中心现有床位300张。入住特困人员186人。: the home is still the subject after its 。,
    // until a sentence opens on the whole again.
    const stillOneHome = previousOneHome && continuesBefore(norm, sentence.start) && !opensAt(NEW_TOTAL_AT, norm, sentence) && !opensAt(ALL_KINDS_AT, norm, sentence);
    // 从各乡镇看，…；城区三个街道…: a part of the area goes on past a ；, until the whole is named again.
    const stillSubArea = subAreaBefore && norm.charCodeAt(sentence.start - 1) === C_SEMI && !opensAt(NEW_TOTAL_AT, norm, sentence);
    const sumsOverYears = multiYearLevel > 0 && !markers.times.ownTimeOpens(sentence.start);
    // 。其中：城乡低保资金9.21亿元…: the clause the 其中 breaks down ended the sentence before.
    const parentBefore = opensPart && si > 0 && continuesBefore(norm, sentence.start) ? lastClauseText(norm, sentences[si - 1]) : '';
    const attributed = attributeSentence(norm, original, sentence, si, sFigures, carried, markers, inherited, stillOneHome, runStart, stillSubArea, sumsOverYears, parentBefore);
    previousOneHome = attributed.endedOneHome;
    previousSubArea = attributed.endedSubArea;
    out.push(...attributed.candidates);
    previousFacts = attributed.endedOnFact ? attributed.produced : null;
    // What this sentence went on with is what the next may go on with (。其中…412人。分散供养2074人。).
    previous = carried;
  });
  out.push(...measureTableCandidates(norm, original, figures, year));
  return out;
}

const NO_FIGURES: Figure[] = [];

/** Whether the clause has figures and all of them count people or households. */
function countsOnly(figures: readonly Figure[], clause: Clause): boolean {
  const own = figures.filter((f) => f.start >= clause.start && f.end <= clause.end);
  return own.length > 0 && own.every((f) => isCountMeasure(f.measure));
}
const BY_WHOM = raw`(?:分|按照?|从)(?:救助|保障)?(?:对象|人群|群体)(?:情况|来看|看|分)?`;
const BY_WHOM_HEADING = new RegExp(raw`^\s*(?:${HEADING_NUMBER}|\d{1,2}[、.．])\s*${BY_WHOM}[。：:]?$`);
const BY_WHOM_AT = new RegExp(raw`\s*${BY_WHOM}[，,：:]`, 'y');

/** The level (1: 一、, 2: （一）) of a short heading that is a whole line or runs into its paragraph (（三）临时救助。目标任务：…), or 0. */
function topicHeadingLevel(text: string, sentence: Sentence, level?: number): number {
  if (sentence.end - sentence.start > 24 || (sentence.start > 0 && text.charCodeAt(sentence.start - 1) !== C_LF)) return 0;
  const lineEnd = text.indexOf('\n', sentence.start);
  if (lineEnd >= 0 && text.charCodeAt(sentence.end) !== C_STOP && text.slice(sentence.end, lineEnd).trim() !== '') return 0;
  level ??= headingLevel(text.slice(sentence.start, sentence.start + 8));
  return level <= 2 ? level : 0;
}

/**
 * The sentences attribution asks about, merged where they are close: those with figures, from the
 * start of their ；-run (where a plan word reaches from), and label lines (3.特困供养：) and headings
 * whose families the sub-items below them count. Mentions and markers are looked for only there.
 */
function regionsRead(text: string, sentences: Sentence[], figures: Figure[]): Region[] {
  const regions: Region[] = [];
  let fi = 0;
  let runStart = 0;
  for (const sentence of sentences) {
    if (text.charCodeAt(sentence.start - 1) !== C_SEMI) runStart = sentence.start;
    while (fi < figures.length && figures[fi].start < sentence.start) fi++;
    const hasFigure = fi < figures.length && figures[fi].start < sentence.end;
    if (!hasFigure && !isLabelLine(text, sentence) && !headsItems(text, sentence, NO_FIGURES) && topicHeadingLevel(text, sentence) === 0) continue;
    const start = hasFigure ? runStart : sentence.start;
    const last = regions[regions.length - 1];
    // A short gap is read through: a scan started costs more than some dozen characters read.
    if (last && start - last.end <= GAP_READ_THROUGH) last.end = sentence.end;
    else regions.push({ start, end: sentence.end });
  }
  return regions;
}

const GAP_READ_THROUGH = 64;
const NOTHING_PRODUCED: ReadonlySet<string> = new Set();
const ANNUAL_NOTE = '报告写的是年标准(元/人/年),已除以12折算为月标准';
const ASSUMED_MONTHLY_NOTE = '报告只写了“元”,没有写明每月还是每年;按月标准读取';

function attributeSentence(
  text: string,
  original: string,
  sentence: Sentence,
  si: number,
  figures: Figure[],
  /** The sentence's mentions, after those of the sentence it continues (from `start`), if any. */
  { start: carryFrom, mentions }: { start: number; mentions: Mention[] },
  markers: Markers,
  /** What the sentence before gave, when it ended on a clause that gave a fact; else null. */
  previousFacts: ReadonlySet<string> | null,
  /** The sentence before was about one home, and this one goes on with it. */
  oneHome = false,
  /** Where the run of ；-separated sentences this one belongs to began. */
  runStart = sentence.start,
  /** The sentence before, up to its ；, spoke of a part of the area (从各乡镇看，…). */
  subArea = false,
  /** The sentence stands in a section on several years, and opens on no time of the report's own. */
  sumsOverYears = false,
  /** The last clause of the sentence before, when this one opens on 其中 to break it down. */
  parentBefore = '',
): { candidates: Candidate[]; endedOnFact: boolean; produced: ReadonlySet<string>; endedOneHome: boolean; endedSubArea: boolean } {
  const out: Candidate[] = [];
  // Whether a part after 其中 gave a fact.
  let partGiven = false;
  const state: SentenceState = {
    produced: new Set(),
    producedBefore: previousFacts ?? NOTHING_PRODUCED,
    lastClauseHadFact: previousFacts !== null,
    childMode: 'none',
    cumulative: sumsOverYears,
    carryFloor: carryFrom,
    factClauses: new Set(),
    parentText: '',
    countScopes: new Map(),
    lastCountFamily: null,
    ownersCounted: '',
    lastFactFamilies: previousFacts ? familiesOf(previousFacts) : NOTHING_PRODUCED,
    parentFamilies: NOTHING_PRODUCED,
    lastClauseGaveNothing: false,
    oneHome,
    cumulativeLead: false,
    subArea,
  };
  const hasBeds = figures.some((f) => f.measure === 'beds');
  // The sentence turned to the parts of the area one by one (从各乡镇看): its ；-run goes on with them.
  let areaBreakdown = subArea;
  /** The measures the clause a 其中 or parenthesis breaks down counted in, when it is in this sentence. */
  let parentMeasures: Measure[] | null = null;
  const planFrom = Math.min(markers.plan.firstEndWithin(sentence.start, sentence.end), markers.planAhead.firstEndWithin(runStart, sentence.end));
  // What an inclusion note names (集中养育孤儿、分散养育孤儿（含事实无人抚养儿童）…分别…) is inside what
  // it follows, not one more part of a list.
  const notes = sentence.clauses.filter((c) => c.inParen && opensAt(OPENS_SUBSET, text, c));
  const listMentions = notes.length ? mentions.filter((m) => !notes.some((c) => m.start >= c.start && m.end <= c.end)) : mentions;
  // Where the times that scope the figures start: the sentence, or a clause that turned to the whole area.
  let timeFrom = sentence.start;
  /** The clause before said what of a plan was done. */
  let doneBefore = false;
  /** A town or street is the subject of the sentence's verbs (北山街道率先试点…，全年发放…). */
  let townSubject = false;
  /** The sentence counts the homes of one kind (农村敬老院13所): those living in them are some of the centralised. */
  let homesOfAKind = false;
  /** What the clause a parenthesis interrupts was, as a part or not, before the parenthesis. */
  let modeBeforeParen: SentenceState['childMode'] = 'none';
  for (let ci = 0; ci < sentence.clauses.length; ci++) {
    const clause = sentence.clauses[ci];
    // …，其中下半年1052人次 after a figure of more than the report's period: the period's own figure, no part.
    const ownTimeOpens = ci > 0 && markers.times.ownTimeOpens(clause.start);
    const opensSubset = opensAt(OPENS_SUBSET, text, clause) && !ownTimeOpens;
    // …累计…，其中2023年完成1520户: the period's own part of a total over the years is no longer that total.
    if (ownTimeOpens && !clause.inParen) state.cumulative = false;
    // 本月，县民政局对全县社会组织开展2022年度年检工作，全县登记社会组织318家: a clause opening on the
    // whole area after a time said inside another statement is of its own time; a time that opens its
    // clause (2022年全年，全市…，全市…; 截至2020年底，全市…) scopes the sentence.
    if (ci > 0 && !clause.inParen && opensAt(WHOLE_AREA_AT, text, clause) && timeSaidInside(text, sentence, markers.times.lastStartBefore(clause.start))) {
      timeFrom = clause.start;
    }
    if (ci > 0 && !clause.inParen && opensAt(NEW_TOTAL_AT, text, clause)) {
      // 十三五期间，全市累计…: a clause that only named the years leads into the total, not away from it.
      if (!state.cumulativeLead) state.cumulative = false;
      state.childMode = 'none';
      state.lastCountFamily = null;
      state.oneHome = false;
      // A town's sentence goes on under a new time (城关镇共有低保对象3018人，全年实施临时救助…): only
      // the whole area named again ends it.
      if (opensAt(WHOLE_AREA_AT, text, clause)) state.subArea = false;
    }
    if (ci > 0 && !clause.inParen && opensAt(NEW_STATEMENT_AT, text, clause)) state.childMode = 'none';
    // Both patterns need a word near the clause's start (院/中心, 有/共): looked for first, as most clauses have none.
    const nearStart = !clause.inParen && markers.placeWord.firstEndWithin(clause.start, Math.min(clause.end, clause.start + 24)) !== Infinity;
    if (nearStart && opensAt(ONE_HOME_AT, text, clause)) state.oneHome = true;
    // Its count may come after a parenthesis naming the homes again, past the clause.
    if (!clause.inParen && opensAt(HOMES_OF_A_KIND_AT, text, { start: clause.start, end: sentence.end })) homesOfAKind = true;
    if (opensAt(AREA_BREAKDOWN_AT, text, clause)) state.subArea = areaBreakdown = true;
    if (nearStart && opensAt(SUB_AREA_AT, text, clause)) state.subArea = true;
    else if (nearStart && opensAt(TOWN_SUBJECT_AT, text, clause)) state.subArea = townSubject = true;
    // 城关镇共有低保对象3018人，特困人员1052人，保障城市特困供养人员672人: a clause opening on a verb of
    // its own is a statement of the whole again.
    else if (state.subArea && !townSubject && ci > 0 && !clause.inParen && opensAt(STATEMENT_AT, text, clause)) state.subArea = false;
    if (clause.inParen && !sentence.clauses[ci - 1]?.inParen) modeBeforeParen = state.childMode;
    if (opensSubset || clause.inParen) {
      if (state.childMode === 'none' || opensSubset) {
        state.parentFamilies = state.lastFactFamilies;
        const parent = parentClause(sentence, ci);
        state.parentText = parent ? text.slice(parent.start, parent.end) : ci === 0 ? parentBefore : '';
        parentMeasures = parent ? within(figures, parent).map((f) => f.measure) : null;
        // 特困人员救助供养（截至12月底，全县特困人员共3699人）: a parenthesis after a clause of no figure
        // has nothing to be a part of, unless it says it is one (其中…).
        const elaborates = !opensSubset && clause.inParen && parentMeasures?.length === 0 && opensAt(NEW_TOTAL_AT, text, clause);
        // 孤儿基本生活保障标准再次提高，其中集中养育每人每月1600元、社会散居每人每月1200元: the parts of
        // a standard the clause before named without a figure are the standard's levels.
        const levelsOfStandard =
          opensSubset && parentMeasures?.length === 0 && state.parentText.includes('标准') && within(figures, clause).every((f) => f.measure === 'monthlyStandard');
        // 全潍坊市共保障城乡低保对象13.2万人，其中寿光市保障1.06万人: the unit's own share of a higher area's whole is its figure.
        const unitsOwnShare = opensSubset && parent !== undefined && markers.ownShareAt !== null && markers.higher!.firstEndWithin(parent.start, parent.end) < Infinity && opensAt(markers.ownShareAt, text, clause);
        state.childMode = elaborates || levelsOfStandard || unitsOwnShare ? 'none' : state.lastClauseHadFact ? 'allowed' : 'blocked';
      }
    } else if (!clause.inParen && state.childMode !== 'none' && !opensSubset && ci > 0 && sentence.clauses[ci - 1].inParen) {
      // Back outside the parenthesis: to what held before it when it only interrupted the clause
      // (其中公办福利院（敬老院）11家: still the part), else to the whole.
      state.childMode = sentence.clauses[ci - 1].end + 1 === clause.start ? modeBeforeParen : 'none';
    }
    const clauseFigures = within(figures, clause);
    // 户籍人口…，其中60周岁以上老年人…，各类养老床位775张: a clause counting in no measure its
    // parent did is not a part of it but a statement of its own.
    if (state.childMode !== 'none' && !opensSubset && !clause.inParen && parentMeasures?.length && clauseFigures.length && !clauseFigures.some((f) => parentMeasures!.includes(f.measure))) {
      state.childMode = 'none';
    }
    const clauseMentions = within(mentions, clause);
    if (state.childMode === 'blocked' && ci > 0 && !opensSubset && !clause.inParen && opensStatement(text, clause, clauseFigures, clauseMentions)) {
      state.childMode = 'none';
    }
    let clauseHadFact = false;
    let clauseFactFamilies: Set<string> | null = null;
    let clauseCountFamily: string | null = null;
    const respectively = respectivelyParts(text, clause, clauseMentions, clauseFigures, { start: state.carryFloor, mentions: listMentions, clauseStarts: clauseStartsBefore(sentence, ci) });
    let respectivelyIndex = 0;
    // 发放价格临时补贴1200万元，惠及低保对象3.2万人次: those reached by what the clause before paid,
    // which gave no fact, are not the programme's people.
    const opensOnReach = ci > 0 && !clause.inParen && opensAt(REACH_AT, text, clause);
    const reachOfNothing =
      opensOnReach && (state.lastClauseGaveNothing || ONE_OFF_MONEY.test(text.slice(sentence.clauses[ci - 1].start, sentence.clauses[ci - 1].end)));
    // 对困难家庭儿童实施临时救助1024人次，发放资金156.8万元: and the money of what the clause before
    // counted, which gave no fact, naming no one of its own, is not the programme's money either.
    // (After a total, …其中急难救助312人次，支出资金3000万元 is the total's money.)
    const moneyOfNothing =
      ci > 0 &&
      !clause.inParen &&
      state.lastClauseGaveNothing &&
      state.produced.size === 0 &&
      clauseMentions.length === 0 &&
      countsOnly(figures, sentence.clauses[ci - 1]);
    const skipWithin = (c: Clause) => Math.min(markers.skip.firstEndWithin(c.start, c.end), markers.higher?.firstEndWithin(c.start, c.end) ?? Infinity);
    // 全市（晋城市）全年共完成…: what stood before a parenthesis that only interrupted the clause still leads its figures.
    const before = sentence.clauses[ci - 1];
    const lead = before?.inParen && !clause.inParen && before.end + 1 === clause.start ? clauseOutsideBefore(sentence, ci) : undefined;
    // 邵阳市随后明确市定标准：城市…660元，农村…5400元: a run-in label's skip word holds for every item of its list.
    const label = clauseFigures.length && ci > 0 ? runInLabelBefore(text, sentence, ci) : undefined;
    const labelled = label && skipWithin(label) < Infinity ? clause.start : Infinity;
    const skipFrom = clauseFigures.length ? Math.min(skipWithin(clause), lead ? skipWithin(lead) : Infinity, labelled) : Infinity;
    const higherFrom =
      skipFrom < Infinity && markers.higher
        ? Math.min(markers.higher.firstEndWithin(clause.start, clause.end), labelled < Infinity && markers.higher.firstEndWithin(label!.start, label!.end) < Infinity ? labelled : Infinity)
        : Infinity;
    // 完成…适老化改造、新建…幸福院分别为1500户、62个: a skip word among a list's names is its own part's only.
    const listAt = skipFrom < Infinity ? (respectively?.at ?? respectivelyAt(text, clause)) : -1;
    const listFigures = skipFrom < listAt ? clauseFigures.filter((f) => f.start > listAt) : NO_FIGURES;
    const skippedParts = listFigures.length > 1 ? partsSkipped(text, clause.start, listAt, listFigures.length, skipWithin) : null;
    const cumulativeFrom = markers.cumulative.firstEndWithin(clause.start, clause.end);
    // …上级下达…资金（含中央、省级）4862万元: the clause a parenthesis interrupted says what the money is.
    const notPaidWithin = (c: Clause) => markers.notPaid.firstEndWithin(c.start, c.end);
    const notPaidFrom = clauseFigures.length ? Math.min(notPaidWithin(clause), lead ? notPaidWithin(lead) : Infinity) : Infinity;
    let oldValueAt = -1;
    // 自2023年7月1日起…由每人每月1095元提高到1165元 in a half-year's report: the new level starts after
    // the period, so the old one is the period's, whatever later time the date names.
    const levelLater = clauseFigures.some((f) => f.measure === 'monthlyStandard') ? levelStartsAfterPeriod(text, sentence, ci, markers.periodEnd) : null;
    let oldLevelKept = false;
    // 其中唐家墩街道412人、汉兴街道365人: the part the streets account for, in this clause only.
    const townsPart = opensSubset && opensAt(TOWNS_PART_AT, text, clause);
    // …，其中农村特困人员14035人，其中集中供养2716人: a 其中 right after a part of one scope, naming
    // none, breaks that part down; its figures are the scope's, which the catalogue does not count.
    const prev = sentence.clauses[ci - 1];
    const partOfPart =
      opensSubset && prev && !clause.inParen && opensAt(OPENS_SUBSET, text, prev) && scopeBefore(text, prev.start, prev.end) !== null && scopeBefore(text, clause.start, clause.end) === null;
    // Whether a figure of the clause after a plan word was said to be done (计划实施的400户已完成352户).
    let clauseDone = false;
    // Whether a figure of the clause was dropped as another time's (2021—2022年完成改造1420户, 原计划改造1500户)
    // or as money not paid out (年初预算22,600万元).
    let droppedAsAside = false;
    // 失能半失能特困人员3200人，集中供养287人，集中供养率53.8%: a count of the thread's own people
    // by a kind the catalogue has no metric for is still about them.
    let keptOnThread = false;
    for (let k = 0; k < clauseFigures.length; k++) {
      const fig = clauseFigures[k];
      if (fig.start >= cumulativeFrom) state.cumulative = true;
      // A standard is a level, never a sum over years (2019年以来…连续三次提高，目前达到每人每月800元).
      const isLevel = fig.measure === 'monthlyStandard';
      // 全市历年累计登记社会组织1560家: a total over the years in the figure's own clause, stock or not.
      if (fig.start >= cumulativeFrom && clause.start <= cumulativeFrom && !isLevel) {
        droppedAsAside = true;
        continue;
      }
      const ownMention = clauseMentions.some((m) => m.end <= fig.start || (m.start >= fig.end && m.start - fig.end <= 8));
      // 连续11年…共募集善款: a multi-year total; a stock named in its own clause after it still stands.
      if (state.cumulative && !isLevel && (isFlowMeasure(fig.measure) || !ownMention)) {
        droppedAsAside = true;
        continue;
      }
      if (fig.start >= skipFrom && (skippedParts?.[listFigures.indexOf(fig)] ?? true)) {
        // 全市计划改造1万户，下达我县任务500户，我县实际完成536户: a higher area's figure is an aside on the thread.
        if (fig.start >= higherFrom) droppedAsAside = true;
        continue;
      }
      // 年初预算22,600万元，全年执行23,876.54万元: money budgeted or handed down is the thread's
      // money of another kind, an aside as another time's is.
      if (fig.measure === 'money' && fig.start >= notPaidFrom) {
        droppedAsAside = true;
        continue;
      }
      // 省下达我市…任务500户，截至年底已完成480户: what was done against a target is a result.
      // So is what the plan's own clause says was done (计划实施的400户已完成352户).
      if (fig.start >= planFrom) {
        // …已完成352户，其中三季度完成215户: a part of what was done is done too.
        const done = (ci > 0 && opensAt(DONE_AT, text, clause)) || DONE_SO_FAR.test(text.slice(Math.max(planFrom, clause.start), fig.start)) || (doneBefore && opensAt(OPENS_SUBSET, text, clause));
        if (!done) {
          droppedAsAside = true;
          continue;
        }
        clauseDone = true;
      }
      if (reachOfNothing && isCountMeasure(fig.measure)) continue;
      if (moneyOfNothing && fig.measure === 'money') continue;
      if (state.subArea || townsPart || partOfPart) continue;
      // A date with no year (7月1日起) is trusted only where an old level stands beside the new one.
      const laterLevel = isLevel ? levelLater : null;
      const oldValue = hasFromWord(text, clause.start, fig.start) && OLD_VALUE_AFTER.test(text.slice(fig.end, clause.end));
      // 2020年全市…, 上年同期…, an annual report's 12月份…: another period's figure.
      if (!(laterLevel && oldValue) && markers.times.isOtherTime(timeFrom, fig.start, fig.measure)) {
        droppedAsAside = true;
        continue;
      }
      // 一季度：全县在保城市低保对象1138人 in a year's report: a head count then, less sure than one at the year's end.
      const earlierStock = isCountMeasure(fig.measure) && !isFlowMeasure(fig.measure) && markers.times.isPartTime(timeFrom, fig.start);
      if (endsOnDelta(text, Math.max(clause.start, fig.start - 4), fig.start)) continue;
      if (oldValue) {
        if (!laterLevel) {
          oldValueAt = k;
          continue;
        }
        oldLevelKept = true;
      } else if (laterLevel === 'dated' || (laterLevel && oldLevelKept)) {
        droppedAsAside = true;
        continue;
      }
      // 44所150张以上床位...: a count immediately followed by another figure describes a subset.
      const next = clauseFigures[k + 1];
      if (next && next.start === fig.end && fig.measure !== 'persons' && fig.measure !== 'personTimes') continue;
      if (fig.measure === 'percent' && /^[^，,；;。]{0,6}(?:的|以上|以下)/.test(text.slice(fig.end, fig.end + 6)) && /(?:标准|收入)的$/.test(text.slice(fig.start - 3, fig.start))) continue;

      // 分别 before several figures that no list pairs with: which figure is whose is unknown.
      if (respectively && respectively.parts.length === 0 && fig.start >= respectively.at) continue;
      // The old value of 由X提高到Y is the new value's own: what names Y stands before X.
      let prevIndex = oldValueAt === k - 1 ? k - 2 : k - 1;
      // 集中供养6352户6352人: the household count right before a head count is of the same people, and what names them stands before both.
      if (prevIndex >= 0 && headsItsPeople(text, clauseFigures, prevIndex)) prevIndex--;
      let prevFigureEnd = prevIndex >= 0 ? clauseFigures[prevIndex].end : trimmedStart(text, clause);
      const found = familyFor(text, clause, fig, clauseMentions, mentions, sentence, state, respectively?.at ?? null) ?? namedInNoteAfter(text, sentence, ci, fig, mentions);
      if (!found) continue;
      // 临时救助备用金已全部拨付到位，共计630万元: money carried from a name of money not paid out.
      if (fig.measure === 'money' && found.carried && found.mention && RESERVE_AFTER.test(text.slice(found.mention.end, found.mention.end + 12))) continue;
      // 养老机构（设施）共120家: the specifiers before the parenthesis are this figure's too.
      if (k === 0 && found.carried && found.anchor < clause.start) prevFigureEnd = lastFigureEndBetween(figures, found.anchor, fig.start);
      // 全市共有重度残疾人3.2万人: a population the subsidy is for, not those receiving it.
      // So is one carried from a clause that named them only (对脱贫人口中的重度残疾人…实行“单人保”，全年纳入“单人保”412人).
      if (isCountMeasure(fig.measure) && found.mention && namesPeopleOnly(text, found.mention, found.family, Math.min(found.mention.start, sentence.start), clause.end)) continue;
      // What one home holds (县社会福利中心…集中供养特困人员186人) is not the jurisdiction's.
      if (state.oneHome && HELD_BY_A_HOME.has(found.family) && fig.measure !== 'percent' && fig.measure !== 'monthlyStandard') continue;
      // 全市低保对象中，60岁以上老年人2.3万人: people among another population, not a head count.
      if (state.among !== undefined && state.among !== found.family && isCountMeasure(fig.measure)) continue;
      const part = respectively && respectivelyIndex < respectively.parts.length && fig.start >= respectively.at ? respectively : null;
      // 孤儿（含事实无人抚养儿童）1,143人: a population with another included in it is the two together.
      let family = withIncluded(found, notes, mentions);
      let partText = '';
      if (part) {
        // A household count goes with the head count after it: both are one entry's.
        const p = part.parts[headsItsPeople(text, clauseFigures, k) ? respectivelyIndex : respectivelyIndex++];
        // A family with its scope (dibao:城市) from a list that named one family twice.
        const [partFamily, scopeWord] = p.split(':');
        if (familyById.has(partFamily)) {
          family = partFamily;
          partText = scopeWord ?? '';
        } else partText = p;
        if (partText === PART_WITHOUT_METRIC) continue;
        // An item of a list is read by its own words (partText), not by the list before it.
        if (part.items) prevFigureEnd = fig.start;
      }
      // 其余15956人在家分散供养: the rest of a whole, a part named by the words after its count.
      const rest = found.carried && !partText && opensAt(REST_AT, text, clause);
      if (rest) partText = text.slice(fig.end, clause.end);
      // A subset of something uncatalogued is no fact; a rate or a standard is never such a subset,
      // and a parent that holds the whole of what the figure counts makes it no subset.
      if (
        state.childMode === 'blocked' &&
        fig.measure !== 'percent' &&
        fig.measure !== 'monthlyStandard' &&
        !parentHoldsWhole(text, clause, fig, found, family, state.parentText)
      ) {
        continue;
      }
      // A part that names nothing of its own is no figure, unless its rate is a metric of such a part.
      // 其中城市特困人员（原城市“三无”人员）2360人: the words before a parenthesis that only interrupted the clause are its own.
      const partOnly = state.childMode === 'allowed' && found.carried && !ownSpecifier(text, lead ?? clause, fig, partText);
      if (partOnly && fig.measure !== 'percent') continue;
      // 孤儿（含事实无人抚养儿童）1,143人（其中机构集中养育52人）: a part of a population made of two,
      // naming neither, is no figure of either.
      if (state.childMode === 'allowed' && found.carried && [...state.parentFamilies].some((p) => PARTS_OF_COMBINED.get(p)?.includes(family))) continue;
      // 实施临时救助1563人次，其中低保对象632人次: another programme's people among those the total
      // counted or paid, not that programme's own figure. Only the clause that opens the part: the
      // clauses after a 其中 list may be statements of their own.
      if (
        state.childMode === 'allowed' &&
        (opensSubset || clause.inParen) &&
        (isCountMeasure(fig.measure) || fig.measure === 'money') &&
        !found.carried &&
        found.mention &&
        namesPeopleOfAnother(text, found.mention, family, state.parentFamilies)
      ) {
        continue;
      }
      const carriedScope = scopeCarriedTo(state, family, fig);
      // 农村特困供养人员1062人，城市特困供养人员37人，合计1099人: the total of the scopes just counted is the whole's.
      const totalOfScopes = found.how === 'total';
      const chosen = chooseMetric(text, fig, family, found, prevFigureEnd, partText, carriedScope, totalOfScopes ? 'all' : undefined);
      if ((partOnly && !chosen?.ofAPart) || (rest && !chosen?.requires)) continue;
      if (!chosen && !part && found.carried && isCountMeasure(fig.measure)) keptOnThread = true;
      // 城市、农村…标准均为1326元: one standard, the urban metric's and the rural one's.
      const rules = chosen ? [chosen] : part ? [] : uniformStandardRules(text, fig, family, found, prevFigureEnd, carriedScope);
      for (const rule of rules) {
        // 全县共有敬老院22所，床位2150张: beds with no owner named in their clause are the ones just counted.
        if (rule.ownerExcludes && state.ownersCounted && !OWNER_NOUN.test(text.slice(Math.min(clause.start, found.anchor), fig.start)) && rule.ownerExcludes.test(state.ownersCounted)) continue;
        // A family carried from an earlier clause may not repeat a metric the sentence already gave,
        // unless it is the total of what gave it (结婚登记386对，离婚登记142对，合计528对), or the whole's
        // after its places' (安定区2786.4万元、…，全市累计发放1.98亿元).
        if (found.carried && !part && found.how !== 'total' && state.produced.has(rule.metric) && !opensAt(WHOLE_AREA_AT, text, clause)) {
          // …累计完成改造8650户，其中2024年完成1800户: the period's own part says the figure before it ran over
          // more than the period, and takes its place.
          if (ci === 0 || !markers.times.ownYearOpens(clause.start)) continue;
          out.splice(out.findIndex((c) => c.metric === rule.metric), 1);
        }
        // 其中 after a total: a part of the very metric the total gave (其中对支出型困难家庭实施临时救助
        // 47人次、资金21.3万元) is a subset of it, whatever the parent said it of.
        // So is a part of the whole given in its scopes (城市、农村特困人员分别为1836人、2.34万人（含未满16周岁特困人员312人）).
        if (state.childMode === 'allowed' && [rule.metric, ...(SCOPED_PARTS.get(rule.metric) ?? [])].some((m) => state.produced.has(m) || state.producedBefore.has(m))) continue;
        const narrower =
          rule.narrower === true ||
          (rule.widerAfter?.test(text.slice(fig.end, sentence.end)) ?? false) ||
          (rule.widerBefore?.test(text.slice(clause.start, fig.start)) ?? false) ||
          (rule.narrowerGroup?.test(text.slice(clause.start, fig.start) + nounAfter(text, fig, clause)) ?? false);
        let confidence = confidenceOf(text, found, fig, part !== null, state.childMode === 'allowed', narrower || earlierStock);
        // 农村敬老院13所…集中供养特困人员612人: those in the homes of one kind are some of the centralised, said
        // as a fact only when no count of all of them is (…特困人员3186人，其中集中供养735人).
        // Nor do they count as given, so a part of all of them after is not taken for a part of these.
        const someOfThem = homesOfAKind && found.family === 'tekun' && fig.measure === 'persons';
        if (someOfThem) confidence = Math.min(confidence, SOME_OF_THEM);
        // A carried figure whose evidence starts in an earlier clause (a parenthesis it follows, the change
        // its level follows) is quoted from there, so the quote names what it is.
        let quoted = found.carried && found.anchor < clause.start ? { start: found.anchor, end: clause.end, inParen: false } : clause;
        // Money named by what it was paid for in the clause after it is quoted with that clause.
        if (found.clauseEnd > quoted.end && found.how === 'ahead') quoted = { start: quoted.start, end: found.clauseEnd, inParen: false };
        // 募集款物3680万元，其中资金2950万元: the part the metric counts stands for the whole.
        const shown = (rule.ownPart && ownPartOf(text, rule.ownPart, found, fig, markers.figures, sentence)) || fig;
        if (shown !== fig) quoted = { start: quoted.start, end: sentence.clauses.find((c) => c.end >= shown.end)?.end ?? clauseEndAfter(text, shown.end), inParen: false };
        const quote = quoteFor(original, quoted, found.anchor, shown);
        // One literal with every field (absent ones undefined), so all candidates share one hidden
        // class; the key order is the output's (factOf leaves the undefined ones out).
        out.push({
          metric: rule.metric,
          value: shown.value,
          // The rule's first measure is the metric's own: its base unit is the catalogue's (lexicon.ts).
          unit: BASE_UNIT[rule.measures[0]],
          quote: quote.text,
          start: quote.start,
          end: quote.end,
          confidence,
          qualifier: shown.qualifier || undefined,
          note: fig.annual ? ANNUAL_NOTE : fig.assumedMonthly ? ASSUMED_MONTHLY_NOTE : undefined,
          valueStart: shown.start,
          valueEnd: shown.end,
          sentence: si,
          ownMeasure: fig.measure === rule.measures[0],
          sentenceStart: sentence.start,
          sentenceEnd: sentence.end,
        });
        if (!someOfThem) state.produced.add(rule.metric);
        clauseHadFact = true;
        (clauseFactFamilies ??= new Set()).add(family);
        if (isCountMeasure(fig.measure)) {
          noteCountScope(state, family, rule.scope);
          clauseCountFamily = family;
        }
      }
    }
    // …，同比增长5.3%，其中城市低保金…: a comparison that gave nothing is an aside; what came before
    // it is what a 其中 after it breaks down.
    // …；按供养方式分，其中集中供养…: a clause that only says how a total breaks down leaves the total the one broken down.
    // …本月发放特困人员基本生活费603.40万元，上月发放605.10万元，1—10月累计发放5987.20万元；本月发放照料护理补贴…:
    // the same thread's figures of other times, naming nothing, are asides too.
    const aside =
      !clauseHadFact &&
      ((ci > 0 && opensAt(COMPARISON_AT, text, clause)) ||
        (clauseFigures.length === 0 && BREAKDOWN_LEAD.test(text.slice(clause.start, clause.end))) ||
        (ci > 0 && droppedAsAside && clauseMentions.length === 0) ||
        // …其中集中供养2184人，集中供养率达到35.1%；分散供养4035人: the share of what was just counted.
        (ci > 0 && SHARE_ONLY.test(text.slice(clause.start, clause.end))) ||
        // …资金8.3亿元，月均发放0.7亿元，其中…: the same money a month.
        (ci > 0 && clauseMentions.length === 0 && opensAt(AVERAGE_AT, text, clause)) ||
        // …13280人，分县区看，安定区1862人，…。其中集中供养2917人: the places' figures break the total down and leave it the one a 其中 after them breaks down.
        (ci > 0 && areaBreakdown && state.subArea && !subArea));
    if (!clause.inParen && !aside) {
      state.lastClauseHadFact = clauseHadFact;
      state.lastFactFamilies = clauseFactFamilies ?? NOTHING_PRODUCED;
      // A rate that gave nothing (，比上年增长11.2%，) is not a payment whose reach follows.
      if (clauseFigures.some((f) => f.measure !== 'percent')) state.lastClauseGaveNothing = !clauseHadFact;
      else if (clauseFigures.length === 0 || clauseHadFact) state.lastClauseGaveNothing = false;
      state.lastCountFamily = clauseCountFamily;
      // A clause that counted homes (敬老院22所) or what one home holds (市儿童福利院养育儿童96名)
      // names the owner of a bare 床位 after it; only beds ask, so a sentence with none keeps no
      // owners. The parts a 其中 lists (其中民办养老机构8个) do not own the beds said after them.
      if (clauseFigures.length > 0 && hasBeds) {
        const owners = text.slice(pastTopicLabel(text, quotedClause(sentence, ci, true).start, clause.end), clause.end);
        if (HOME_NOUN.test(owners)) state.ownersCounted = state.childMode !== 'none' ? '' : owners;
      }
    }
    state.among ??= amongPopulationOf(text, clause, clauseMentions);
    if (clauseHadFact) state.factClauses.add(clause.start);
    if (clauseHadFact && state.childMode === 'allowed') partGiven = true;
    // A clause whose figures went to nothing breaks the thread (发放价格临时补贴5566.9万元), unless
    // it was a part of what came before (其中站内救助806人次，护送返乡…): still the same thread. A
    // rate (集中供养率提高到28%) or a standard (补贴标准70元/人/月) describes the people counted
    // before it and does not break it.
    // Nor does a clause about those the help reached (帮助217名受助人员返乡, 惠及困难家庭1200户), or
    // one that gave another time's figure of the thread (…适老化改造，2021—2022年完成改造1420户，2023年…;
    // …适老化改造项目，原计划改造1500户，实际完成1620户).
    if (
      clauseFigures.some((f) => f.measure !== 'percent' && f.measure !== 'monthlyStandard') &&
      !clauseHadFact &&
      !droppedAsAside &&
      !keptOnThread &&
      !aside &&
      clauseMentions.length === 0 &&
      state.childMode !== 'allowed' &&
      !opensOnReach &&
      !ACTIVITY_ON_PEOPLE_AT.test(text.slice(clause.start, clause.end)) &&
      // …分别为：安定区2786.4万元、通渭县3301.5万元，全市累计发放1.98亿元: the places' figures, then the whole's again.
      !opensAt(PLACE_FIGURE_AT, text, clause) &&
      // 养老机构（含敬老院186所）298家: a note of what the count includes only interrupts it.
      !(clause.inParen && NOTE_OF_PARTS.test(text.slice(clause.start, clause.start + 3)))
    ) {
      state.carryFloor = clause.end;
    }
    if (!clause.inParen) doneBefore = clauseDone;
    if (cumulativeFrom !== Infinity) state.cumulative = true;
    state.cumulativeLead = cumulativeFrom !== Infinity && clauseFigures.length === 0;
  }
  // A sentence that ended on a part of a fact's total (…1247人次，其中救助未成年人23人次；) ended on
  // that fact: what follows its ； goes on with it (支出救助资金186.4万元).
  // …其中集中供养9600人，其中在县级设施集中照护2210人；分散供养3.42万人: a breakdown gone one level
  // deeper still ends on the parts the total was broken into.
  const endedOnFact = state.lastClauseHadFact || state.childMode === 'allowed' || (state.childMode === 'blocked' && partGiven);
  return { candidates: out, endedOnFact, produced: state.produced, endedOneHome: state.oneHome, endedSubArea: areaBreakdown && state.subArea };
}

/** The figure after `fig` in its sentence that is the part of it a rule's metric counts (`MetricRule.ownPart`), if any. */
function ownPartOf(text: string, ownPart: { whole: RegExp; part: RegExp }, found: FamilyFinding, fig: Figure, figures: readonly Figure[], sentence: Sentence): Figure | undefined {
  if (!ownPart.whole.test(text.slice(Math.min(found.anchor, fig.start), fig.start))) return undefined;
  // …款物9.86亿元，同比增长6.3%。其中，接收捐赠资金8.37亿元: a 其中 opening the next sentence breaks it down too.
  PART_OPENS_NEXT.lastIndex = sentence.end;
  const end = PART_OPENS_NEXT.test(text) ? clauseEndAfter(text, PART_OPENS_NEXT.lastIndex) : sentence.end;
  return figures.find((g) => g.start > fig.end && g.start < end && g.measure === fig.measure && ownPart.part.test(text.slice(Math.max(fig.end, g.start - 14), g.start)));
}
const PART_OPENS_NEXT = /[。；;]?\s*其中[，,:：]?/y;
/** Where the clause running on from `at` ends. */
function clauseEndAfter(text: string, at: number): number {
  CLAUSE_END_AFTER.lastIndex = at;
  const m = CLAUSE_END_AFTER.exec(text);
  return m ? m.index : text.length;
}
const CLAUSE_END_AFTER = /[，,；;。\n]/g;

/** The run-in label (up to its colon) of the list the clause at `ci` is an item of: the nearest clause before it with a colon. */
function runInLabelBefore(text: string, sentence: Sentence, ci: number): Clause | undefined {
  for (let k = ci - 1; k >= 0; k--) {
    const c = sentence.clauses[k];
    if (c.inParen) continue;
    for (let i = c.end - 1; i >= c.start; i--) if (isColon(text.charCodeAt(i))) return { start: c.start, end: i, inParen: false };
  }
  return undefined;
}

/**
 * For each of a list's `count` names between `from` and `to`, split at 、, whether it opens on a
 * skip word of its own (、新建…幸福院); null when they do not split into as many, or a skip word
 * stands elsewhere, where it may govern them all (新增特困人员、低保对象…; …、农村低保月人均…).
 */
function partsSkipped(text: string, from: number, to: number, count: number, skipWithin: (c: Clause) => number): boolean[] | null {
  const names = listItems(text, from, to);
  if (names.length !== count) return null;
  const skipped: boolean[] = [];
  for (const { start, end } of names) {
    const skipEnd = skipWithin({ start, end } as Clause);
    if (skipEnd <= end && (start === from || skipEnd > start + 4)) return null;
    skipped.push(skipEnd <= end);
  }
  // None holds it whole: it runs across them (一类、二类对象…).
  return skipped.includes(true) ? skipped : null;
}

/**
 * 基本生活费：发放金额609.1万元（含孤儿和事实无人抚养儿童）: a figure with nothing named before it,
 * whose note of what it includes, right after it, names its people (one population or two together).
 */
function namedInNoteAfter(text: string, sentence: Sentence, ci: number, fig: Figure, mentions: Mention[]): FamilyFinding | null {
  const note = sentence.clauses[ci + 1];
  if (!note?.inParen || note.start !== fig.end + 1 || !NOTE_OF_PARTS.test(text.slice(note.start, note.start + 3)) || mentions[0]?.start < fig.start) return null;
  const named = within(mentions, note).filter((m) => m.end <= note.end);
  const family = named.length === 1 ? named[0].family : named.length === 2 ? COMBINED[`${named[0].family}+${named[1].family}`] : undefined;
  if (!family || /\d/.test(text.slice(note.start, note.end))) return null;
  return { family, mention: named[0], anchor: sentence.clauses[ci].start, how: 'ahead', carried: false, distance: 0, clauseStart: sentence.clauses[ci].start, clauseEnd: sentence.clauses[ci].end };
}

/** The family of a finding, or the one the catalogue has for it with the population its inclusion note names. */
function withIncluded(found: FamilyFinding, notes: Clause[], mentions: Mention[]): string {
  const mention = found.mention;
  const note = mention && notes.find((c) => c.start === mention.end + 1);
  const included = note && mentions.find((m) => m.start >= note.start && m.end <= note.end && m.family !== found.family);
  return (included && COMBINED[`${found.family}+${included.family}`]) || found.family;
}

/** How far the line a sentence starting at `at` opens is set in: its leading white space; -1 when the sentence does not open its line. */
function indentOf(text: string, at: number): number {
  if (at > 0 && text.charCodeAt(at - 1) !== C_LF) return -1;
  let i = at;
  while (i < text.length && text.charCodeAt(i) !== C_LF && isWhiteSpace(text.charCodeAt(i))) i++;
  return i - at;
}
const C_LF = 10;
const C_STOP = 0x3002; // 。

/** ； is ; once normalised. */
const C_SEMI = 0x3b;
const C_FULL_STOP = '。'.charCodeAt(0);
/** Whether the sentence at `start` follows another in the same paragraph: after a ； or a 。 (全县共有特困人员2486人。分散供养2074人。). */
const continuesBefore = (text: string, start: number): boolean => {
  const c = text.charCodeAt(start - 1);
  return c === C_SEMI || c === C_FULL_STOP;
};

/**
 * Whether a mention names only the people a programme is for (重度残疾人, 困难残疾人) in a sentence
 * that has not said, by the end of the figure's clause, what they receive (peopleCountNeeds: 补贴).
 */
function namesPeopleOnly(text: string, mention: Mention, family: string, from: number, to: number): boolean {
  const needs = familyById.get(family)?.peopleCountNeeds;
  return needs !== undefined && !needs.test(text.slice(mention.start, mention.end)) && !needs.test(text.slice(from, to));
}

/** Starts of the clauses before clause `ci` of the sentence, outside parentheses. */
function clauseStartsBefore(sentence: Sentence, ci: number): number[] {
  const starts: number[] = [];
  for (let j = 0; j < ci; j++) if (!sentence.clauses[j].inParen) starts.push(sentence.clauses[j].start);
  return starts;
}

const WHOLE_POPULATION = /(?:户籍|常住|总)人口/;

/** The families of the metrics a clause or sentence gave. */
function familiesOf(metrics: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const metric of metrics) {
    const family = FAMILY_OF_METRIC.get(metric);
    if (family) out.add(family);
  }
  return out;
}
const FAMILY_OF_METRIC = new Map(metricRules.map((r) => [r.metric, r.family]));
/** A population noun right after a programme's name: 低保对象, 特困人员, 低保家庭. */
const PEOPLE_AFTER = /^(?:对象|人员|家庭|户|群众|老人|儿童)/;
const PEOPLE_MENTION = /(?:对象|人员|家庭|儿童|老人|孤儿)$/;

/**
 * Whether a 其中 part names the people of a programme other than the ones its parent clause gave
 * figures of (or their parts: 孤儿 in 孤儿和事实无人抚养儿童): those people are counted among the
 * parent's, so the figure is not their programme's.
 */
function namesPeopleOfAnother(text: string, mention: Mention, family: string, parentFamilies: ReadonlySet<string>): boolean {
  if (parentFamilies.size === 0 || parentFamilies.has(family)) return false;
  for (const parent of parentFamilies) if (PARTS_OF_COMBINED.get(parent)?.includes(family)) return false;
  return PEOPLE_MENTION.test(text.slice(mention.start, mention.end)) || PEOPLE_AFTER.test(text.slice(mention.end, mention.end + 2));
}

/** A home or a facility with beds named in a clause: 敬老院, 养老服务中心, 服务站, 养老机构 (not a 老年食堂). */
const HOME_NOUN = /院|中心|站|机构|驿站/;

/** Words naming what a count of beds belongs to, or that it is the whole jurisdiction's. */
const OWNER_NOUN = /机构|院|中心|公寓|总|合计|共计|全[市区县州盟旗省]/;

/** A parent amount made of programmes' money (各类社会救助资金, 民生资金), which holds each one's whole. */
const MONEY_TOTAL = /(?:救助|保障|民生|民政)(?:资金|经费|支出)[^，,；;。]{0,4}[\d一二三四五六七八九十]/;

/**
 * A parent count of care facilities of every kind (养老服务机构（设施）412个, 养老服务设施560个), which
 * holds all of the institutions: 其中养老机构98家 is their whole number.
 */
const FACILITY_TOTAL = /养老服务(?:机构|设施|场所)[^，,；;。]{0,6}(?:设施|场所|站点)|养老服务设施/;
const INSTITUTION_ITSELF = /养老机构|养老院/;
/** Every kind of registration the office handled (结婚、离婚、补领), counted in cases, not couples. */
const MARRIAGE_BUSINESS = /婚姻登记[^，,；;。]{0,6}(?:业务|事项)?[^，,；;。]{0,4}[\d一二三四五六七八九十][^，,；;。]{0,4}(?:件|宗|起|次)/;

/** 其中寿光市…, 其中我市…: a part that is the reporting unit itself. */
const ownShareOpening = (name: string) => new RegExp(`\\s*其中[，,]?\\s*(?:${name}${name.length > 2 ? `|${name.slice(0, -1)}` : ''}|[我本][市区县旗州盟])`, 'y');

/** The text of a sentence's last clause outside parentheses that is not a change or a share said of the one before (，比上年增长7.3%，占…的3.2%). */
function lastClauseText(text: string, sentence: Sentence): string {
  for (let i = sentence.clauses.length - 1; i >= 0; i--) {
    const c = sentence.clauses[i];
    if (!c.inParen && !opensAt(COMPARISON_AT, text, c) && !opensAt(SHARE_AT, text, c)) return text.slice(c.start, c.end);
  }
  return '';
}
const SHARE_AT = /\s*占/y;

/**
 * The clause a 其中 or a parenthesis breaks down, whole: when a parenthesis interrupted it
 * (养老服务机构（设施）412个，其中…), from where it began.
 */
function parentClause(sentence: Sentence, ci: number): Clause | undefined {
  const parent = clauseOutsideBefore(sentence, ci);
  return parent && quotedClause(sentence, sentence.clauses.indexOf(parent), true);
}

/**
 * Whether the uncatalogued parent of a 其中 holds the whole of what the child figure counts:
 * - the programme's own people: 持证残疾人12.3万人，其中享受困难残疾人生活补贴2.1万人 counts every
 *   recipient, since every recipient is one of them;
 * - programmes' money: 各类救助资金5.8亿元，其中低保资金3.6亿元 holds all of the 低保 money;
 * - care facilities of every kind: 养老服务设施560个，其中养老机构45家 holds all the institutions;
 * - registration cases: 受理婚姻登记业务1.86万件，其中办理结婚登记9862对 holds all the couples.
 */
function parentHoldsWhole(text: string, clause: Clause, fig: Figure, found: FamilyFinding, family: string, parentText: string): boolean {
  if (parentIsOwnPeople(family, parentText, text.slice(clause.start, clause.end))) return true;
  // 低保、低收入困难群众3.2万余人，其中低保对象1.9万余人: the programme's people counted with another group hold all of them.
  if (isCountMeasure(fig.measure) && found.mention && countedWithAnotherGroup(found.mention, parentText)) return true;
  // 户籍人口44.6万人，其中60周岁以上老年人…: the whole population holds every population's count.
  if ((fig.measure === 'persons' || fig.measure === 'personTimes') && WHOLE_POPULATION.test(parentText)) return true;
  switch (fig.measure) {
    case 'money':
      return namesProgrammeMoney(text, found, fig) && MONEY_TOTAL.test(parentText);
    case 'institutions':
      return FACILITY_TOTAL.test(parentText) && INSTITUTION_ITSELF.test(text.slice(clause.start, fig.start));
    case 'couples':
      return MARRIAGE_BUSINESS.test(parentText);
    default:
      return false;
  }
}

const PROGRAMME_MONEY_NAMED = new RegExp(`${PROGRAMME_MONEY}[^，,；;。]{0,3}$`);
/** 低保资金3.6亿元, 特困供养资金1.5亿元: the figure is the programme's money by name, not money given to its people. */
function namesProgrammeMoney(text: string, found: FamilyFinding, fig: Figure): boolean {
  if (found.how !== 'left' || !found.mention) return false;
  const between = text.slice(found.mention.end, fig.start);
  // …基本生活费3820万元, 高龄津贴1.52亿元: a payment by its name is the programme's money too.
  return PROGRAMME_MONEY_NAMED.test(between) || PAYMENT_NAMED.test(between) || (PAYMENT_MENTION.test(text.slice(found.mention.start, found.mention.end)) && SHORT_GAP.test(between));
}
const PAYMENT_NAMED = /^[^，,；;。为对向给\d]{0,4}(?:生活费|补贴|津贴)[^，,；;。]{0,3}$/;
const PAYMENT_MENTION = /(?:津贴|补贴)$/;
const SHORT_GAP = /^[^，,；;。]{0,3}$/;

/**
 * Whether the sentence up to the clause (自7月1日起，…提高到…), or a clause after it that only says from
 * when (…，自7月1日起执行), sets the level from a date after the period.
 */
function levelStartsAfterPeriod(text: string, sentence: Sentence, ci: number, periodEnd: number | null): 'dated' | 'undated' | null {
  const next = sentence.clauses[ci + 1];
  const end = next && opensOnDate(text, next.start) ? next.end : sentence.clauses[ci].end;
  return startsAfterPeriod(text, sentence.start, end, periodEnd);
}

const C_CONG = '从'.charCodeAt(0);

/** Whether 由 or 从 stands in [from, to): the opening of 由X提高到Y. */
function hasFromWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === C_YOU || c === C_CONG) return true;
  }
  return false;
}

/** The end of the last figure in [from, to), or `from` when there is none. */
function lastFigureEndBetween(figures: Figure[], from: number, to: number): number {
  let end = from;
  for (const f of figures) if (f.start >= from && f.end <= to) end = f.end;
  return end;
}

/** Where the clause's text starts after leading white space. */
function trimmedStart(text: string, clause: Clause): number {
  let at = clause.start;
  while (at < clause.end && isWhiteSpace(text.charCodeAt(at))) at++;
  return pastTopicLabel(text, at, clause.end);
}

/**
 * 1.养老机构服务能力提升。全县现有各类养老机构41家: a topic label names what the clause counts; its
 * words (提升) do not qualify the figures or the homes counted after it.
 */
function pastTopicLabel(text: string, at: number, end: number): number {
  const stop = text.indexOf('。', at);
  return stop >= 0 && stop < end && stop - at <= 16 && TOPIC_LABEL.test(text.slice(at, stop)) ? stop + 1 : at;
}

/** The items (sorted by start) that start inside the clause. */
function within<T extends { start: number }>(items: T[], clause: Clause): T[] {
  const out: T[] = [];
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < clause.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < items.length && items[k].start < clause.end; k++) out.push(items[k]);
  return out;
}

/** Sticky forms of the clause-opening markers, tried at a clause's start without slicing it out. */
const sticky = (re: RegExp) => new RegExp(re.source.replace(/^\^/, ''), 'y');
// A table row may open on its serial number (8\t  其中：集中供养\t人\t1964) or a pipe (| 其中:集中供养 | 人 | 1187 |).
const OPENS_SUBSET = new RegExp(raw`(?:\s*\d{1,3}(?=\t)|\s*\|)?` + SUBSET_OPENING.source.replace(/^\^/, ''), 'y');
const NEW_TOTAL_AT = sticky(NEW_TOTAL);
const NEW_STATEMENT_AT = sticky(NEW_STATEMENT);
/** Whether the time phrase starting at `at` stands inside a clause of the sentence, after words of another statement. */
function timeSaidInside(text: string, sentence: Sentence, at: number): boolean {
  if (at < sentence.start) return false;
  const clause = sentence.clauses.find((c) => c.start <= at && at < c.end);
  return clause !== undefined && visibleLength(text, clause.start, at) > 2;
}
const WHOLE_AREA_AT = sticky(WHOLE_AREA);
/**
 * A clause about one home, and those after it: 县社会福利中心现有…, 市儿童福利院养育…, 城关镇敬老院… — a place and a
 * home, not a count of homes (全县敬老院22所) nor kinds of them (敬老院、福利院等), nor where a part is
 * placed (其中在徐州市儿童福利院集中养育42人).
 */
const ONE_HOME_AT = new RegExp(
  raw`${ITEM_OPENS}(?![全各])(?:(?![在于])[一-龥]){0,8}?[县市区镇乡州旗](?:区域性)?(?:社会福利中心|社会福利院|儿童福利院|福利院|中心敬老院|敬老院|养老院|光荣院|特困供养服务中心|供养服务中心|养老服务中心)(?!(?:[（(][^（()）]{0,20}[)）])?(?:\s?[\d一二三四五六七八九十两]+\s?[家所个处]|\s?\d)|[^，,；;。]{0,4}等|[和、及与])`,
  'y',
);
/** Below a 其中 part carried from afar (0.7 - 0.03): a figure that is likely only some of what the metric counts. */
const SOME_OF_THEM = 0.6;
/** A count of homes of one kind opening a sentence or clause: (全市现有)农村敬老院（特困人员供养服务机构）13所. */
const HOMES_OF_A_KIND_AT =
  /\s*(?:全[市区县州盟旗省])?(?:现有|共有|有)?(?:农村|乡镇|城市)?(?:敬老院|特困人员供养服务机构|特困供养服务机构|供养服务机构|光荣院)(?:[（(][^（()）]{0,20}[)）])?\s?[\d一二三四五六七八九十两]+\s?[所家个处]/y;
/** A sentence opening on someone else's words: a proposal, a motion or a letter a reply answers. */
const REPORTED_AT = /\s*(?:您|该|此)?(?:在)?(?:提案|议案|建议|来信)中?(?:指出|提出|反映|提到|称|认为)/y;
/** A bullet's mark, or none before a label and its value (困难残疾人生活补贴（人）：6183), which lines of a list share as well. */
const BULLET_MARK = '[■□●○◆◇▲△▪•★☆]';
// The value may open on its unit's words (保障标准：每人每月1560元).
const BULLET_AT = new RegExp(raw`[ \t]*(?:(${BULLET_MARK})|(?=[^，,。；;：:\n]{1,24}[：:]\s?[^，,。；;：:\n\d]{0,6}\d))`, 'y');
/** A bullet labelled with what of a programme it gives, not what it is about: ▲ 基本生活标准：, ★ 保障标准：, 资金（万元）：. */
const BULLET_ATTRIBUTE_AT = new RegExp(raw`\s*${BULLET_MARK}?\s*[^：:，,。；;\d]{0,6}(?:标准|资金|金额|人数|户数|人次|方式|生活费|补贴|保障|支出)(?:[（(][^（()）]{1,8}[)）])?[：:]`, 'y');
/** A sub-item under a labelled line: （1）, (2), 1), ①. */
const SUB_ITEM_AT = new RegExp(raw`\s*(?:[（(]\d{1,2}[)）]|\d{1,2}[)）]|[①-⑳]|${BULLET_MARK})`, 'y');
/**
 * A whole line opening on an enumerator (2. / （二） / 一、), whose figures (if any) stand only in a
 * parenthesis, followed by a line of sub-items: the heading of those items.
 */
function headsItems(text: string, sentence: Sentence, figures: Figure[]): boolean {
  // Cheapest first: most sentences end before their line does, or have no item line under them.
  const lineEnd = text.indexOf('\n', sentence.start);
  if (lineEnd < 0 || (lineEnd !== sentence.end && text.slice(sentence.end, lineEnd).trim() !== '')) return false;
  if (!opensAt(SUB_ITEM_AT, text, { start: lineEnd + 1, end: text.length })) return false;
  if (headingLevel(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 8))) === 0) return false;
  return figures.every((f) => sentence.clauses.some((c) => c.inParen && c.start <= f.start && f.end <= c.end));
}
/** A line ending on a colon: a label for what follows (normalised, ： is :). */
const LABEL_LINE_END = /[:：]\s*$/;
/** A line that ends on a colon (3.特困供养：): the topic of the sub-items below it. */
const isLabelLine = (text: string, sentence: Sentence) => LABEL_LINE_END.test(text.slice(Math.max(sentence.start, sentence.end - 2), sentence.end));
/** A clause that opens on a verb of doing: 保障…, 发放…, 支出…. */
const STATEMENT_AT = new RegExp(`\\s*(?:${STATEMENT_VERB.source})`, 'y');
/** Words the one-home and town patterns need near a clause's start: 院/心 for a home; 有/共/辖, a zone's 区, or a town's own name (该镇, 段集镇、陈集镇), for a town. */
const PLACE_WORD = /[院心有共区辖镇乡道村]/;
/** A sentence opening on all kinds (各类养老床位…): the whole, not the home before. */
const ALL_KINDS_AT = /\s*(?:各类|各级|所有)/y;
/** A clause that says what has been done: 截至年底已完成…, 已建成…, 实际发放…, 我们实际为…. */
const DONE_AT = /\s*(?:我们|我[县市区旗州盟])?(?:截至[^，,；;。]{0,10}?|目前|当前|至今|现)?(?:已经?|实际)/y;
/** Done against the plan just named: 已完成, 实际完成, 实际执行. */
const DONE_SO_FAR = /(?:已经?|实际)(?:完成|执行|达到)|实际为/;
/** Words before towns that make them a verb's or a preposition's object (完成金城镇、马鞍镇…, 赋予街道…, 对城关镇…), not a subject. */
const TOWN_AS_OBJECT = '(?![对在为按将把从由与]|落实|建立|健全|规范|完成|建成|新建|改造|实施|推进|开展|指导|支持|依托|选择|确定|赋予|督促|要求|推动|组织|协助|会同|联合)';
/** A clause whose subject is a town, street, community or zone of the unit: 三河镇共有…, 唐家墩街道新建社区…, 该社区…, 经开区现有…, 城区有… (not towns a verb's object: 完成金城镇、马鞍镇…). */
const SUB_AREA_AT = new RegExp(
  raw`${ITEM_OPENS}(?![全各])(?:[一-龥]{0,4}(?:(?<!城)镇|街道|城区)(?:共有|现有|有|共|辖)|[一-龥]{1,6}街道[一-龥]{1,6}社区|该(?:社区|街道|镇|乡|村)|${TOWN_AS_OBJECT}(?:[一-龥]{2,4}?(?:镇|乡|街道)[、和及与])+[一-龥]{2,4}?(?:镇|乡|街道)(?![一-龥]{0,2}(?:敬老院|福利院|卫生院))|[一-龥]{0,6}(?:经开区|开发区|高新区|工业园区|园区|新区|风景名胜区|景区))`,
  'y',
);
/**
 * A town or street the subject of what its clause does (北山街道率先试点…，全年发放低保金148.3万元):
 * unlike a town's count (城关镇共有…), a verb opening a later clause is still the town's.
 */
const TOWN_SUBJECT_AT = new RegExp(
  raw`${ITEM_OPENS}(?![全各]|其中[，,]?[由对在为按将把从与])${TOWN_AS_OBJECT}[一-龥]{2,4}?(?:(?<![城小乡返下家老回故同农])镇|街道)(?![一-龥]{0,3}(?:敬老院|福利院|卫生院|养老|中心|[、和及与（(]))`,
  'y',
);
/** A part of a total that towns or streets account for: 其中前进街道、民权街道…. */
const TOWNS_PART_AT = new RegExp(raw`\s*(?:其中|内含|含)[，,:：]?\s*${TOWN_NAME}(?:[、和及与]${TOWN_NAME})*(?![一-龥]{0,2}(?:敬老院|福利院|卫生院))`, 'y');
/** A clause that turns to the parts of the area one by one: 从各乡镇（街道）看, 分县区看. */
const AREA_BREAKDOWN_AT = /\s*(?:从|分)各?(?:乡镇|街道|镇街|县区|县市区|区县|县)/y;
/** A clause opening on a place and its figure (安定区2786.4万元、…): one item of a list by place. */
const PLACE_FIGURE_AT = /\s*(?![全各我本])[一-龥]{1,7}(?:区|县|市|旗|镇|乡|街道)(?=\d)/y;
const NOTE_OF_PARTS = /^\s?(?:含|包括)/;
/** Money kept or planned under a programme's name (临时救助备用金, 低保预算资金), not paid out. */
const RESERVE_AFTER = /^[^，,；;。\d]{0,6}(?:备用金|预算|结余|结存|额度)/;
/** A clause that opens on whom it did something for: 为2624户…, 对1.2万名…. */
const FOR_WHOM_AT = /\s*(?:为|对|向|给)/y;
const COMPARISON_AT = sticky(COMPARISON_OPENING);
/** Help to some of the people (帮助…返乡, 护送…): counts that are no figure of their own. */
const ACTIVITY_ON_PEOPLE_AT = /帮助|护送|返乡|寻亲|走访|慰问|探访|安置/;
const REST_AT = /\s*其余/y;
/** A clause restating the one before as an average: 月均发放0.7亿元, 人均…. */
const AVERAGE_AT = /\s*(?:月均|季均|年均|[月年季]?人均|户均|平均每?)/y;
/** A clause that opens on whom the one before reached (，惠及3.2万人次). */
const REACH_AT = /\s*(?:共|累计|合计)?(?:惠及|受益|覆盖|涉及)/y;

function opensAt(re: RegExp, text: string, clause: { start: number; end: number }): boolean {
  re.lastIndex = clause.start;
  const m = re.exec(text);
  return m !== null && m.index + m[0].length <= clause.end;
}

function opensStatement(text: string, clause: Clause, figures: Figure[], mentions: Mention[]): boolean {
  // 为2624户老年人家庭实施…改造: after 为/对 the verb follows whom it was for.
  const end = figures.length && !opensAt(FOR_WHOM_AT, text, clause) ? figures[0].start : clause.end;
  STATEMENT_VERB.lastIndex = clause.start;
  for (let m = STATEMENT_VERB.exec(text); m && m.index < end; m = STATEMENT_VERB.exec(text)) {
    const at = m.index;
    if (!mentions.some((x) => at >= x.start && at < x.end)) return true;
  }
  return false;
}

function confidenceOf(text: string, found: FamilyFinding, fig: Figure, respectively: boolean, child: boolean, narrower: boolean): number {
  let c: number;
  switch (found.how) {
    case 'rightNoun':
      c = 0.93;
      break;
    case 'left':
      // Far from its name, not counting a table row's padding (婚姻登记        对        14318).
      c = found.mention && visibleLength(text, found.mention.end, fig.start) > 20 ? 0.88 : 0.95;
      break;
    case 'beneficiary':
      c = 0.88;
      break;
    case 'ahead':
      c = 0.85;
      break;
    // A total said to add up the figures just given is as sure as their own.
    case 'total':
      c = 0.93;
      break;
    default:
      c = found.distance <= 1 ? 0.8 : 0.7;
  }
  if (respectively) c = Math.min(c, 0.9);
  if (child) c -= 0.03;
  if (fig.qualifier === 'approximate') c -= 0.05;
  if (fig.annual) c -= 0.1;
  if (fig.assumedMonthly) c -= 0.05;
  if (narrower) c -= 0.05;
  return Math.round(c * 100) / 100;
}

/** Characters between `from` and `to` that are not white space. */
function visibleLength(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!isWhiteSpace(text.charCodeAt(i))) n++;
  return n;
}

/**
 * The clause a quote is cut from: its own, or for a figure carried across a parenthesis
 * (发放低保金(含提标资金)702.6万元) from the clause the parenthesis interrupted, so the quote names
 * what the figure is.
 */
function quotedClause(sentence: Sentence, ci: number, carried: boolean): Clause {
  const clause = sentence.clauses[ci];
  if (!carried || clause.inParen || ci === 0 || !sentence.clauses[ci - 1].inParen) return clause;
  const interrupted = clauseOutsideBefore(sentence, ci);
  return interrupted ? { start: interrupted.start, end: clause.end, inParen: false } : clause;
}

/** The clause around the figure, cut from the original text so it is an exact substring. */
function quoteFor(original: string, clause: Clause, anchor: number, fig: Figure): { text: string; start: number; end: number } {
  let start = clause.start;
  let end = clause.end;
  // A topic label before the clause (三是项目带动。) is left out unless it named the figure's family.
  let label = fig.start - 1;
  while (label >= start && original.charCodeAt(label) !== C_FULL_STOP) label--;
  if (label >= start && anchor > label) start = label + 1;
  if (end - start > 60) {
    start = Math.max(start, Math.min(anchor, fig.start - 30));
    end = Math.min(clause.end, fig.end + 12);
  }
  while (start < fig.start && isWhiteSpace(original.charCodeAt(start))) start++;
  while (end > fig.end && isWhiteSpace(original.charCodeAt(end - 1))) end--;
  return { text: original.slice(start, end), start, end };
}
