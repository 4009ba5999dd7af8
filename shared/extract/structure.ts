// The parts of a report that hold no results of its own: plan sections (下一步 / 工作计划 /
// 2022年工作谋划), a section on one town (（一）分水镇。…) and the web page around a copied report
// (版权所有, 联系电话, 免责声明, links). Figures in them are never facts. Headings are recognised
// by their enumerators, so a title that merely mentions 下一步工作谋划 does not swallow the report.

import { charSet, ONE_TO_TEN, raw } from './charClass.ts';
import { statedYear } from './period.ts';
import { readUnit } from './units.ts';

export interface Span {
  start: number;
  end: number;
  reason: 'plan' | 'footer' | 'town' | 'earlier' | 'corrected';
}

export interface Line {
  start: number;
  end: number;
  text: string;
}

/** The line holding `at`, without its line break. */
export function lineAt(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, end < 0 ? text.length : end);
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    start = nl + 1;
  }
  return lines;
}

/** A heading's or a list item's number: 一、 二． （三） (4). */
export const HEADING_NUMBER = raw`${ONE_TO_TEN}+[、.．]|[（(][一二三四五六七八九十\d]+[)）]`;

/** Heading level by enumerator: 一、 = 1, (一) = 2, 1. / 1、 = 3; 0 when not an enumerated heading. */
export function headingLevel(line: string): number {
  const s = line.trimStart();
  // Most lines are prose: only an enumerator's first character can open a heading.
  if (!HEADING_FIRST(s.charCodeAt(0))) return 0;
  if (/^第[一二三四五六七八九十]+(?:部分|章|篇)/.test(s)) return 1;
  if (/^[一二三四五六七八九十]{1,3}[、.．]/.test(s)) return 1;
  if (/^[(（][一二三四五六七八九十]{1,3}[)）]/.test(s)) return 2;
  if (/^\d{1,2}[、.．](?!\d)/.test(s)) return 3;
  if (/^[(（]\d{1,2}[)）]/.test(s)) return 4;
  return 0;
}

const HEADING_FIRST = charSet('第一二三四五六七八九十(（0123456789');

const SUMMING_UP = /^(?:综上|总之|总的来看|综合来看)[，,]/;
const PLAN_HEADING =
  /下一步|下步|下阶段|下一阶段|明年|下半年工作|工作计划|工作谋划|工作打算|工作思路|工作安排|工作设想|工作要点|工作目标|重点工作安排|努力方向|工作建议|(?:20\d\d|二〇[一二]\S)年(?:度)?(?:全年)?(?:主要)?(?:重点)?(?:工作)?(?:计划|谋划|打算|思路|安排|设想|要点|目标)/;
/** The heading of a line that runs on after a colon, up to the colon (no sentence mark before it). */
const RUN_IN_HEADING = /^([^。，,；;：:]{2,24})[：:]/;
/** Whether a colon stands within a run-in heading's reach (cheap, before the regex). */
function hasColonNear(line: string): boolean {
  const reach = Math.min(line.length, 25);
  for (let i = 2; i < reach; i++) {
    const c = line.charCodeAt(i);
    if (c === 0xff1a || c === 0x3a) return true;
  }
  return false;
}
/** A heading on a year's work: 2022年重点工作, 扎实做好2022年各项工作. */
const YEAR_WORK_HEADING = /(20\d\d)\s?年(?:度)?(?:全年)?(?:民政|全[市区县州盟旗])?(?:主要|重点|各项)?(?:民政)?(?:工作|任务)/;
const REVIEW = /回顾|总结|完成情况/;
/** A numbered heading opening on a year's work (一、2021年度工作简要回顾, （一）2021年工作完成情况), not on a time since then. */
const EARLIER_YEAR_HEADING = new RegExp(
  raw`^\s*(?:${HEADING_NUMBER}|\d{1,2}[、.．])\s*(20\d\d)\s?年(?:度)?(?!以来|至今)(?:全年)?(?:民政|全[市区县州盟旗])?(?:主要|重点|各项)?(?:工作|任务)`,
);
/** A plan heading must not be a results heading that mentions the future in passing. */
const RESULTS_HEADING = /完成情况|工作总结|工作情况|进展情况|开展情况|落实情况|推进情况|主要成效|成效/;

/** Whether a heading or title names plans (工作计划, or a later year's work when `isLater` says so) and no results. */
function namesPlan(head: string, isLater?: (head: string) => boolean): boolean {
  return (PLAN_HEADING.test(head) || (isLater !== undefined && YEAR_WORK_HEADING.test(head) && isLater(head))) && !RESULTS_HEADING.test(head);
}

const FOOTER_START =
  /免责声明|版权所有|版权归|Copyright|©|本站部分信息|本网部分|转载(?:请|分享)|来源[:：]\s*网络|由互联网用户|上一篇|下一篇|相关阅读|相关文章|责任编辑|扫一扫|分享到/i;
const FOOTER_LINE =
  /联系电话|监督电话|举报电话|客服\s*QQ|通联\s*QQ|QQ[:：]|邮箱[:：]|E-?mail|备案号|ICP|主办单位|主办\s*[|｜]|承办|技术支持|https?:\/\/|www\.|\.(?:com|cn|org|net)\b|地址[:：]|办公区[:：]|网站地图|关于我们/i;

/** Whether a 。 stands anywhere but at the line's end (trailing spaces aside). */
function sentenceInside(line: string): boolean {
  const stop = line.indexOf('。');
  return stop >= 0 && !ONLY_SPACE.test(line.slice(stop + 1));
}
const ONLY_SPACE = /^\s*$/;

export function findExcludedSpans(text: string, lines: Line[] = splitLines(text)): Span[] {
  const spans: Span[] = [];
  // 二、2022年重点工作 in a report on 2021: a heading on a later year's work opens its plans.
  let reportYear: number | null | undefined;
  const headingYearIsLater = (head: string): boolean => {
    reportYear ??= statedYear(text);
    return reportYear !== null && Number(YEAR_WORK_HEADING.exec(head)![1]) > reportYear;
  };
  // 一、2021年度工作简要回顾 in a report on 2022's first half: a section on an earlier year's work.
  const headingYearIsEarlier = (head: string): boolean => {
    const year = EARLIER_YEAR_HEADING.exec(head);
    if (!year) return false;
    reportYear ??= statedYear(text);
    return reportYear !== null && Number(year[1]) < reportYear;
  };
  let earlierLevel = 0;
  let earlierStart = -1;
  // Plan sections: from a plan heading to the next heading of the same or a higher level.
  let planLevel = 0;
  let planStart = -1;
  /** Under a title naming a plan, the level of the section reviewing the year before, while in it. */
  let reviewLevel = 0;
  // Sections on one town or street (（一）分水镇。作为县域副中心…): from its heading to the next of its level.
  let townLevel = 0;
  let townStart = -1;
  let firstContentSeen = false;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (!trimmed) continue;
    const level = headingLevel(trimmed);
    const shortUnnumbered = level === 0 && trimmed.length <= 20 && !/[。，,；;]/.test(trimmed) && firstContentSeen;
    // A run-in heading: 2021年工作思路：全面完成低保提标… — the heading is what precedes the colon.
    const runIn = firstContentSeen && hasColonNear(trimmed) ? RUN_IN_HEADING.exec(trimmed) : null;
    const head = runIn ? runIn[1] : trimmed;
    const isHeading = level > 0 || shortUnnumbered || runIn !== null;
    const isPlanHeading = isHeading && head.length <= 40 && namesPlan(head, headingYearIsLater);
    const effectiveLevel = level === 0 ? 1 : level;
    // A title naming a plan (关于印发《2024年民政工作要点》的通知, 2024年工作计划): all of it is plans.
    if (!firstContentSeen && trimmed.length <= 60 && namesPlan(trimmed)) {
      planStart = line.start;
      planLevel = 0;
    }
    // An appendix after the signature (附件：2022年民政主要数据统计表) ends any section before it. So does a
    // paragraph summing the report up (综上，截至2023年12月底，全市共有…), unless the whole text is a plan.
    const endsSections = APPENDIX.test(trimmed) || (SUMMING_UP.test(trimmed) && !(planStart >= 0 && planLevel === 0));
    // …its section reviewing the year before (一、2023年工作回顾) excepted: that year's results.
    const reviewUnderPlanTitle = planStart >= 0 && planLevel === 0 && level > 0 && EARLIER_YEAR_HEADING.test(trimmed) && REVIEW.test(trimmed);
    if (planStart >= 0 && ((level > 0 && level <= planLevel && !isPlanHeading) || endsSections || reviewUnderPlanTitle)) {
      spans.push({ start: planStart, end: line.start, reason: 'plan' });
      planStart = -1;
      if (reviewUnderPlanTitle) reviewLevel = level;
    } else if (reviewLevel > 0 && level > 0 && level <= reviewLevel) {
      // The review over, the rest is the plan again (二、2024年主要目标, 三、重点任务).
      planStart = line.start;
      planLevel = reviewLevel = 0;
    }
    if (isPlanHeading && planStart < 0) {
      planStart = line.start;
      planLevel = effectiveLevel;
    }
    if (earlierStart >= 0 && ((level > 0 && level <= earlierLevel) || endsSections)) {
      spans.push({ start: earlierStart, end: line.start, reason: 'earlier' });
      earlierStart = -1;
    }
    if (level > 0 && earlierStart < 0 && planStart < 0 && headingYearIsEarlier(trimmed)) {
      earlierStart = line.start;
      earlierLevel = level;
    }
    // …8.青桥驿镇：…。\n截至年底，全县共为606名…: a paragraph opening on the whole area is no town's.
    if (townStart >= 0 && ((level > 0 && level <= townLevel) || endsSections || (level === 0 && WHOLE_AGAIN.test(trimmed)))) {
      spans.push({ start: townStart, end: line.start, reason: 'town' });
      townStart = -1;
    }
    if (level > 0 && townStart < 0 && TOWN_HEADING.test(trimmed)) {
      townStart = line.start;
      townLevel = level;
    }
    firstContentSeen = true;
  }
  if (planStart >= 0) spans.push({ start: planStart, end: text.length, reason: 'plan' });
  if (townStart >= 0) spans.push({ start: townStart, end: text.length, reason: 'town' });
  if (earlierStart >= 0) spans.push({ start: earlierStart, end: text.length, reason: 'earlier' });

  // Footers of a web page the report was copied from: a strong marker late in the text ends
  // the report; single lines with contact details are dropped wherever they are.
  // A line that holds a marker puts it in the text: a text without one (most reports) skips the lines.
  const lateFrom = Math.floor(text.length * 0.5);
  let footerFrom = -1;
  const firstLate = lines.findIndex((line) => line.start >= lateFrom);
  if (firstLate >= 0 && FOOTER_START.test(text.slice(lines[firstLate].start))) {
    for (let i = firstLate; i < lines.length; i++) {
      if (FOOTER_START.test(lines[i].text)) {
        footerFrom = lines[i].start;
        break;
      }
    }
  }
  for (const line of lines) {
    if (footerFrom >= 0 && line.start >= footerFrom) break;
    // A line of prose (a 。 before its end) is no footer: only the others are searched for a marker.
    if (!sentenceInside(line.text) && FOOTER_LINE.test(line.text)) {
      spans.push({ start: line.start, end: line.end, reason: 'footer' });
    }
  }
  if (footerFrom >= 0) spans.push({ start: footerFrom, end: text.length, reason: 'footer' });
  // A correction notice: “全年实施临时救助3.12万人次”调整为“…2.87万人次”: the figure quoted as corrected is no longer one.
  if (text.includes('为“')) {
    for (const m of text.matchAll(CORRECTED)) spans.push({ start: m.index, end: m.index + m[1].length, reason: 'corrected' });
  }
  return spans.sort((a, b) => a.start - b.start);
}

const CORRECTED = /(“[^“”\n]{1,80}”)\s?(?:更正|调整|修改|修正|订正|改)为\s?“/g;

/**
 * The nearest clause before clause `ci` that is not inside a parenthesis: the one a 其中 or a
 * parenthesis breaks down, or that a parenthesis interrupted.
 */
export function clauseOutsideBefore(sentence: Sentence, ci: number): Clause | undefined {
  for (let j = ci - 1; j >= 0; j--) if (!sentence.clauses[j].inParen) return sentence.clauses[j];
  return undefined;
}

export const isInside = (spans: readonly Span[], pos: number): Span | undefined =>
  spans.find((s) => pos >= s.start && pos < s.end);

export interface Clause {
  start: number;
  end: number;
  /** Parenthesis depth at the clause start: a parenthetical is a child of what precedes it. */
  inParen: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  clauses: Clause[];
}

const enum Ch {
  LF = 0x0a,
  Bang = 0x21,
  LParen = 0x28,
  RParen = 0x29,
  Comma = 0x2c,
  Colon = 0x3a,
  Semi = 0x3b,
  Question = 0x3f,
  Period = 0x3002, // 。
  FullBang = 0xff01,
  FullLParen = 0xff08,
  FullRParen = 0xff09,
  FullComma = 0xff0c,
  FullColon = 0xff1a,
  FullSemi = 0xff1b,
  FullQuestion = 0xff1f,
}

/** The characters splitSentences acts on; every other character is passed over at one lookup. */
const BREAKS = new Uint8Array(0x10000);
for (const c of [
  Ch.LF, Ch.Bang, Ch.LParen, Ch.RParen, Ch.Comma, Ch.Colon, Ch.Semi, Ch.Question, Ch.Period,
  Ch.FullBang, Ch.FullLParen, Ch.FullRParen, Ch.FullComma, Ch.FullColon, Ch.FullSemi, Ch.FullQuestion,
]) {
  BREAKS[c] = 1;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAnyDigit = (c: number) => isDigit(c) || (c >= 0xff10 && c <= 0xff19);

/** The column of a statistical return's line that is this period's: 本季度 38642, 本月 412. */
export const THIS_PERIOD_COLUMN = '(?:本季度|本期|本月|本年度?|当月|当季)';
/** The gap between a row label's unit and its figure: spaces, or a colon and the column the figure stands in (：本季度 38642). */
const ROW_LABEL_GAP = new RegExp(raw`^(?:[ \t\u3000|]+|\s?[:：]\s?(?:${THIS_PERIOD_COLUMN}\s?)?)(?=[\d０-９])`);

/**
 * 城市低保对象（人）\t1013 — a table pasted as text, its unit in the row label: for the parenthesis
 * opening at `open`, where it closes and where the figure after it starts, or null when it is not
 * such a unit (up to six characters, no digits, then the gap and a digit). Sentence splitting keeps
 * it in its row's clause, and figures.ts reads the figure's unit from it: one rule for both.
 */
export function rowLabelUnitAt(text: string, open: number): { close: number; figureAt: number } | null {
  let close = open + 1;
  while (close < text.length && close - open <= 7 && text.charCodeAt(close) !== Ch.RParen && text.charCodeAt(close) !== Ch.FullRParen) {
    const c = text.charCodeAt(close);
    if (isAnyDigit(c) || c === Ch.LF) return null;
    close++;
  }
  if (close >= text.length || close - open > 7 || close === open + 1) return null;
  const gap = ROW_LABEL_GAP.exec(text.slice(close + 1, close + 40));
  return gap ? { close, figureAt: close + 1 + gap[0].length } : null;
}

/** 一是低保工作。 / 3.临时救助。: an enumerator and a few words, no figures, ending in 。. */
// A label names; it does not count: 六是城市特困人员九十五人。 is a statement with its figure in Chinese numerals.
export const TOPIC_LABEL = /^\s*(?:[一二三四五六七八九十]{1,3}是|\d{1,2}[.、．])[^\d，,；;：:]{2,16}(?<![零一二三四五六七八九十百千万两多余][人户名张家所个对元])$/;

/** The longest run-in label (城市低保：, 高龄津贴：) kept in the clause it introduces. */
const LABEL_MAX = 12;

/**
 * A line that is only a label and its value (一季度发放特困人员照料护理补贴：36.7万元) keeps a longer
 * label: nothing else on the line could be what the value counts.
 */
const LINE_LABEL_MAX = 24;
// Or a line of columns, the first this period's (城市低保保障人数（人）：本季度 38642；1—9月累计 39105).
const VALUE_ENDS_LINE =
  new RegExp(raw`\s*(?:\d[\d.,]*\s?[万亿]?[^\d\s，,；;。：:]{0,6}[。；;]?|${THIS_PERIOD_COLUMN}\s?\d[\d.,]*\s?[万亿]?[^\d\s，,；;。：:]{0,6}(?:[；;][^\n]*)?)[ \t]*(?:\n|$)`, 'y');
function valueEndsLine(text: string, at: number): boolean {
  VALUE_ENDS_LINE.lastIndex = at;
  return VALUE_ENDS_LINE.test(text);
}

/** Where a clause's text starts past a list item's number (2、, 3., （1）). */
function afterEnumerator(text: string, from: number, to: number): number {
  ENUMERATOR.lastIndex = from;
  const m = ENUMERATOR.exec(text);
  return m && m.index + m[0].length <= to ? m.index + m[0].length : from;
}
const WHOLE_AGAIN = /^(?:截至[^，,；;。]{0,12}[，,]\s?)?[全我本][市县区旗州盟]/;
/** An appendix after the signature: 附件：…, 附件1, 附表：…. */
const APPENDIX = /^附\s?[件表录]\s?\d{0,2}\s?[：:]?/;
/** A town's or street's name: 分水镇, 钟山乡, 城关街道; not 城镇, 小镇, 乡镇, 城乡 nor 返乡, 下乡, 家乡. */
export const TOWN_NAME = raw`[一-龥]{1,6}?(?:(?<![城小乡返下家老回故同])[镇乡]|街道)`;
/**
 * A heading on towns or streets: only their names (（一）分水镇。, （五）瑶琳镇、百江镇。, 2.城关街道：),
 * or the towns and streets as a whole (一、乡镇（街道）民政工作推进情况).
 */
/** （一）甘州区。: a heading that is a county's or a district's name alone, in a report of the city over them. */
const PART_NAME = raw`(?:[一-龥]{1,4}(?<![全本我城市社园景辖片范点能务])[县区旗市]|[一-龥]{2,6}自治[县旗])`;
const TOWN_HEADING = new RegExp(
  raw`^(?:第${ONE_TO_TEN}+[部分章节]*|${HEADING_NUMBER}|\d{1,2}[、.．])\s*` +
    raw`(?:${TOWN_NAME}(?:[、和]${TOWN_NAME})*(?:[。：:]|$)|各?乡镇[（(]街道[)）]|${PART_NAME}[。：:])`,
);
// 1.60周岁以上老年人口：: an item's number before an age, which a decimal point would otherwise swallow.
const ENUMERATOR = /\s*(?:\d{1,2}[、.．](?!\d)|\d{1,2}[.．](?=\d{2,3}周?岁)|[（(]\d{1,2}[)）])/y;

const C_SUI = '岁'.charCodeAt(0);
const C_ZHOU = '周'.charCodeAt(0);

/** Whether a label holds a figure: an age that qualifies its people (60周岁以上老年人口：) is none. */
function labelHasFigure(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!isAnyDigit(text.charCodeAt(i))) continue;
    let j = i;
    while (j < to && isAnyDigit(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if (c !== C_SUI && !(c === C_ZHOU && text.charCodeAt(j + 1) === C_SUI)) return true;
    i = j;
  }
  return false;
}

/** A parenthesis of one or two Han characters between two: 乡（镇）敬老院. */
const INSIDE_WORD = /^[一-龥][（(][一-龥]{1,2}[)）][一-龥]/;

/**
 * 1536户（2137人次）, 407户（人）: a count said again in another unit right after it, which stays in
 * its clause (全年共对1536户（2137人次）困难群众实施临时救助 names what both count after them).
 */
export const COUNT_IN_PARENS = raw`[（(](?:\d[\d.]*万?)?(?:人次|户次|人|户|名)[)）]`;
const COUNT_AGAIN = new RegExp(`^${COUNT_IN_PARENS}`);
const COUNT_BEFORE = /\d(?:人次|户次|人|户|名)$/;

/** Sentences (。；！？ and line ends) split into clauses (，：), with parentheticals as their own clauses. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let sStart = 0;
  let cStart = 0;
  let depth = 0;
  let clauses: Clause[] = [];
  const pushClause = (end: number, inParen: boolean) => {
    if (end > cStart) clauses.push({ start: cStart, end, inParen });
    cStart = end + 1;
  };
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : Ch.LF;
    if (BREAKS[c] === 0) continue;
    switch (c) {
      case Ch.LParen:
      case Ch.FullLParen: {
        // 城市低保对象（人）\t1013: a unit in a row label is part of the row, not an aside.
        const unit = rowLabelUnitAt(text, i);
        if (unit) {
          i = unit.close;
          break;
        }
        // 乡（镇）敬老院, 村（居）: a word's other form inside a word; 1536户（2137人次）: a count said
        // again; 1.86（万人）: a bulletin's unit. None is an aside.
        if (
          INSIDE_WORD.test(text.slice(i - 1, i + 6)) ||
          (COUNT_BEFORE.test(text.slice(i - 3, i)) && COUNT_AGAIN.test(text.slice(i, i + 14))) ||
          (isDigit(text.charCodeAt(i - 1)) && readUnit(text, i, '') !== null)
        ) {
          i = text.indexOf(text.charCodeAt(i) === Ch.LParen ? ')' : '）', i);
          break;
        }
        pushClause(i, depth > 0);
        depth++;
        break;
      }
      case Ch.RParen:
      case Ch.FullRParen:
        if (depth > 0) {
          pushClause(i, true);
          depth--;
        }
        break;
      case Ch.Period:
        // 三是临时救助。上半年共救助困难群众1286人次: an enumerated topic label names what the
        // sentence after it counts, as a label before a colon does.
        if (depth === 0 && clauses.length === 0 && TOPIC_LABEL.test(text.slice(cStart, i))) break;
      // falls through
      case Ch.LF:
      case Ch.Bang:
      case Ch.FullBang:
      case Ch.Question:
      case Ch.FullQuestion:
      case Ch.Semi:
      case Ch.FullSemi:
        if (depth > 0 && c !== Ch.LF) break;
        pushClause(i, depth > 0);
        if (clauses.length) sentences.push({ start: sStart, end: i, clauses });
        clauses = [];
        sStart = i + 1;
        cStart = i + 1;
        depth = 0;
        break;
      case Ch.Comma:
        // An ASCII comma between digits is a thousands separator, not a clause break.
        if (
          i > 0 &&
          isDigit(text.charCodeAt(i - 1)) &&
          isDigit(text.charCodeAt(i + 1)) &&
          isDigit(text.charCodeAt(i + 2)) &&
          isDigit(text.charCodeAt(i + 3)) &&
          !isDigit(text.charCodeAt(i + 4))
        ) {
          break;
        }
        pushClause(i, depth > 0);
        break;
      case Ch.FullComma:
        // 800，650元: a comma between two figures separates list items, not clauses.
        if (isAnyDigit(text.charCodeAt(i - 1)) && isAnyDigit(text.charCodeAt(i + 1))) break;
        pushClause(i, depth > 0);
        break;
      case Ch.Colon:
      case Ch.FullColon:
        // 城市低保：保障对象486户752人 — a short label without figures names what the rest of the
        // clause counts, so it stays in that clause.
        {
          // 2、事实无人抚养儿童：2315人 — past a list item's number.
          const labelStart = afterEnumerator(text, cStart, i);
          const labelMax = valueEndsLine(text, i + 1) ? LINE_LABEL_MAX : LABEL_MAX;
          if (i - labelStart <= labelMax && !labelHasFigure(text, labelStart, i)) break;
        }
        pushClause(i, depth > 0);
        break;
    }
  }
  return sentences;
}
