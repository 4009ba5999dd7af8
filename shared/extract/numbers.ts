// Reading figures in (normalised) Chinese report text: Arabic and Chinese numerals, 万/亿
// multipliers, decimals, thousands separators, percentages, ranges and the qualifiers bureaus
// put around figures (约, 近, 超过, 不足, 余, 多, 以上 ...). One forward pass over char codes with
// table lookups; no regular expressions, no substrings, and a couple of small objects per figure
// found, so it can run over every report.
//
// Decisions (the extractor relies on them):
// - value is multiplied out (5.42亿 → 542000000). A decimal times a multiplier is computed as
//   mantissa × 10^exponent from the written digits, so 1388.045万 is exactly 13880450; when the
//   product is not integral (0.12345万) it is the double nearest the exact decimal, i.e. what
//   Number() of the written-out decimal gives, never a float-multiplication artefact.
// - A range (3-5万, 3至5万元, 3～5万, 三至五万) has value = low and range = { low, high }; a
//   multiplier or % written only after the high end applies to both ends. It is only a range
//   when low <= high and neither end has a written leading zero (2021-06, 010-56212745 are not).
// - Qualifiers: a prefix (约/大约/近 approximate, 超/超过/逾 lowerBound, 不足/不到 upperBound) is part
//   of the figure and sets start; 余/多 written with the figure (13余万, 9万余, 2000余) is part of
//   it; 以上/以下/左右 (and 及以上) are usually written after the unit ("10万人次以上"), so they set
//   the qualifier when they follow the figure within a short unit word, without moving end.
//   A prefix wins over 余/多, which wins over a trailing 以上/以下/左右.
// - A bare unit with no numeral before it (万余人次, 千余人, 百余户, 十余万) counts as one of it
//   (10000, 1000, 100, 100000 lowerBound) only when 余/多 follows it or a qualifier prefix
//   precedes it (超千万元, 近万人, 逾亿元); otherwise 万/千/百 alone are words (万家, 千方百计).
//   十 alone is always 10, as standard.
// - Colloquial abbreviation: 三万五 is 35000, 一百二 is 120 (a trailing digit counts one unit
//   below the unit before it, unless 零 intervenes).
// - Digit-by-digit Chinese (二〇二一, 一九四九) reads as 2021, 1949; but neighbouring digits
//   before a unit (三四十, 五六万, 两三千) are an approximate range: 30-40, 50000-60000.
// - chinese is true when any digit, 十/百/千 or 点/百分之 is written in Chinese; 万/亿 after
//   Arabic digits are the normal way to write figures and do not count.
// - Thousands separators: a comma or a single space inside an Arabic figure is read through only
//   when the first group has 1-3 digits and every separator is followed by exactly three digits
//   (1,234,567; 1 234). 1.2%、4.14% and 802人,特困 stay separate. One or two spaces may sit
//   between a figure and 万/亿/余/多/% (54.23 万元), and inside a Chinese numeral where PDF text
//   layers put them (一 百 五 十 二), but a spaced digit joins only when a unit claims it.
// - Mixed forms: 1亿2000万, 1万2千, 1千零20, 3万4000 (exactly four digits fill the 万 group).
// - 几 after a figure is like 余 (二十几万: 200000 lowerBound). 點 reads as 点.
// - A financial numeral alone (陆续, 大陆, 收拾, 退伍) is a word; 陆万, 伍拾 are figures.
// - Not read: negative numbers, fractions (三分之一), 半, 成/折, per-mille (千分之), 兆, 万万,
//   scientific notation; 个百分点 is a plain number (the extractor sees the unit). Ordinals read as
//   numbers (第一 → 1 at the 一). The extractor decides from the unit whether a figure counts
//   (一是, 十四五 are read as 1 and 14, 5). bench/numbers.ts counts these against Recognizers-Text.

import type { Qualifier } from '#shared/domain/report.ts';
import { charTable, chineseDigitOf, inTable, isFinancialForm, isLiang, POW10, unitPowOf } from './chineseNumerals.ts';

export interface NumberReading {
  /** Multiplied out: 5.42亿 → 542000000, 3.46万 → 34600, 13余万 → 130000. For a range, the low end. */
  value: number;
  /** Index of the first char of the figure, including a qualifier prefix such as 约/近/超过/不足. */
  start: number;
  /** Exclusive; includes 万/亿/千 multipliers, 余/多 and %, not the unit (元, 人, 人次 ...). */
  end: number;
  qualifier?: Qualifier;
  /** 57% or 百分之五十七 (value 57). */
  percent?: boolean;
  /** 3-5万 → { low: 30000, high: 50000 }, with value = low. */
  range?: { low: number; high: number };
  /** Written (partly) in Chinese numerals. */
  chinese: boolean;
}

const code = (s: string): number => s.charCodeAt(0);
const C_YU = code('余');
const C_ZU = code('足');
const C_DAO = code('到');
const C_GUO = code('过');
const C_PO = code('破');
const C_DUO = code('多');
const C_DIAN = code('点');
const C_DIAN_TRAD = code('點');
const C_JI3 = code('几');
const C_JI3_TRAD = code('幾');
const C_BAI = code('百');
const C_FEN = code('分');
const C_ZHI = code('之');
const C_SPACE = 0x20;
const C_COMMA = 0x2c;
const C_DOT = 0x2e;
const C_PERCENT = 0x25;
const C_0 = 0x30;
const C_9 = 0x39;

/** Characters that, after 千/百, make a word rather than a multiplier: 千克, 千米, 千瓦, 百分点. */
const NOT_AFTER_SMALL_UNIT = charTable('克米瓦伏分');

const isAsciiDigit = (c: number): boolean => c >= C_0 && c <= C_9;

/** A figure without qualifier prefix or range, as mantissa × 10^exp so decimals stay exact. */
interface Core {
  mantissa: number;
  exp: number;
  end: number;
  /** Power of ten written after the last digit (5万 → 4), so a range's low end can borrow it. */
  trailingPow: number;
  lowerBound: boolean;
  percent: boolean;
  chinese: boolean;
  /** 三四十: the high end is the value plus this step (10). */
  pairStep?: number;
}

const valueOf = (mantissa: number, exp: number): number =>
  exp >= 0 ? mantissa * POW10[exp] : mantissa / POW10[-exp];

/** 余/多/几 after a figure: "and more". */
function isBoundSuffix(c: number): boolean {
  return c === C_YU || c === C_DUO || c === C_JI3 || c === C_JI3_TRAD;
}

const isDecimalPoint = (c: number): boolean => c === C_DIAN || c === C_DIAN_TRAD;

/**
 * Skip one or two spaces after Arabic digits when what follows is 万/亿, 余/多 or % (54.23 万元),
 * or 百/千 inside a mixed figure (7万 5千 4百).
 */
function skipSpaceBeforeSuffix(text: string, j: number, insideMixed: boolean): number {
  const k = skipSpaces(text, j);
  if (k === j) return j;
  const c = text.charCodeAt(k);
  const pow = unitPowOf(c);
  return pow === 4 || pow === 8 || c === C_PERCENT || isBoundSuffix(c) || (insideMixed && (pow === 2 || pow === 3)) ? k : j;
}

/** Is a small unit at j a multiplier, not the start of 千克/百分点...? */
function smallUnitIsMultiplier(text: string, j: number): boolean {
  return !inTable(NOT_AFTER_SMALL_UNIT, text.charCodeAt(j + 1));
}

interface Arabic {
  start: number;
  int: number;
  frac: number;
  fracLen: number;
  end: number;
}

interface Committed {
  end: number;
  value: number;
  trailing: number;
  lower: boolean;
  chinese: boolean;
}

// Scratch records reused across calls (the reader is synchronous and never re-entered), so a
// scan allocates nothing for characters that are not figures.
const arabic: Arabic = { start: 0, int: 0, frac: 0, fracLen: 0, end: 0 };
const ok: Committed = { end: -1, value: 0, trailing: 0, lower: false, chinese: false };

/** Digits with optional thousands groups and decimals, starting at an ASCII digit. */
function readArabic(text: string, i: number): Arabic {
  const n = text.length;
  let j = i;
  let int = 0;
  while (j < n && isAsciiDigit(text.charCodeAt(j))) int = int * 10 + (text.charCodeAt(j++) - C_0);
  if (j - i <= 3) {
    // Thousands groups: the same separator each time, exactly three digits after it.
    const sep = text.charCodeAt(j);
    if (sep === C_COMMA || sep === C_SPACE) {
      while (
        text.charCodeAt(j) === sep &&
        isAsciiDigit(text.charCodeAt(j + 1)) &&
        isAsciiDigit(text.charCodeAt(j + 2)) &&
        isAsciiDigit(text.charCodeAt(j + 3)) &&
        !isAsciiDigit(text.charCodeAt(j + 4))
      ) {
        int = int * 1000 + (text.charCodeAt(j + 1) - C_0) * 100 + (text.charCodeAt(j + 2) - C_0) * 10 + (text.charCodeAt(j + 3) - C_0);
        j += 4;
      }
    }
  }
  let frac = 0;
  let fracLen = 0;
  if (text.charCodeAt(j) === C_DOT && isAsciiDigit(text.charCodeAt(j + 1))) {
    j++;
    while (j < n && isAsciiDigit(text.charCodeAt(j))) {
      frac = frac * 10 + (text.charCodeAt(j++) - C_0);
      fracLen++;
    }
  }
  arabic.start = i;
  arabic.int = int;
  arabic.frac = frac;
  arabic.fracLen = fracLen;
  arabic.end = j;
  return arabic;
}

/**
 * After a decimal (5.42, 三点五): optional 余/多 and a multiplier chain 百|千 then 万 then 亿
 * (1.5千万, 1.2万亿), then %.
 */
function decimalTail(
  text: string,
  j: number,
  mantissa: number,
  fracLen: number,
  chinese: boolean,
  allowSpace: boolean,
  allowMultiplier: boolean,
): Core {
  let k = allowSpace ? skipSpaceBeforeSuffix(text, j, false) : j;
  let pow = 0;
  let lowerBound = false;
  let end = j;
  for (;;) {
    const c = text.charCodeAt(k);
    if (isBoundSuffix(c) && !lowerBound) {
      lowerBound = true;
    } else {
      const u = allowMultiplier ? unitPowOf(c) : 0;
      if ((u === 2 || u === 3) && pow === 0 && smallUnitIsMultiplier(text, k)) {
        pow = u;
        chinese = true;
      } else if (u === 4 && pow < 4) pow += 4;
      else if (u === 8 && pow < 8) pow += 8;
      else break;
    }
    end = ++k;
  }
  const core: Core = { mantissa, exp: pow - fracLen, end, trailingPow: pow, lowerBound, percent: false, chinese };
  return withPercentSuffix(text, core);
}

function withPercentSuffix(text: string, core: Core): Core {
  const k = skipSpaces(text, core.end);
  if (text.charCodeAt(k) === C_PERCENT) {
    core.percent = true;
    core.end = k + 1;
  }
  return core;
}


/** Record a complete figure; returns its end. A plain function, not a closure, to keep the hot path allocation-free. */
function commitTo(ok: Committed, end: number, trailing: number, lower: boolean, chinese: boolean, value: number): number {
  ok.end = end;
  ok.value = value;
  ok.trailing = trailing;
  ok.lower = lower;
  ok.chinese = chinese;
  return end;
}

/** Up to two spaces, as PDF text layers put them between characters; returns j unchanged if none. */
function skipSpaces(text: string, j: number): number {
  if (text.charCodeAt(j) !== C_SPACE) return j;
  return text.charCodeAt(j + 1) === C_SPACE ? j + 2 : j + 1;
}

/**
 * The integer machine: digit tokens (a Chinese digit or an Arabic integer) and units, with the
 * usual section rules (一亿零五百万, 三万五千, 1亿2000万, 13余万). It remembers the last point
 * where what it has read is a complete figure and returns that, so an invalid continuation ends
 * the figure instead of spoiling it.
 */
function readCore(text: string, i0: number, bareUnitAllowed: boolean): Core | null {
  const n = text.length;
  let i = i0;
  let chinese = false;
  let percentPrefix = false;
  if (text.charCodeAt(i) === C_BAI && text.charCodeAt(i + 1) === C_FEN && text.charCodeAt(i + 2) === C_ZHI) {
    percentPrefix = true;
    chinese = true;
    i += 3;
    if (text.charCodeAt(i) === C_BAI && chineseDigitOf(text.charCodeAt(i + 1)) < 0 && unitPowOf(text.charCodeAt(i + 1)) === 0) {
      return { mantissa: 100, exp: 0, end: i + 1, trailingPow: 0, lowerBound: false, percent: true, chinese: true }; // 百分之百
    }
  }

  let total = 0; // 亿 and above
  let mid = 0; // the 万 group
  let section = 0; // below 万
  let pending = -1; // a digit token not yet multiplied by a unit
  let pendingArabic = false;
  let lastSmall = 4; // small units in a section must fall: 千 > 百 > 十
  let lastUnitPow = 0; // unit before a pending digit, for 三万五
  let afterZero = false;
  let anyUnit = false;
  let hasWan = false;
  let hasYi = false;
  let lowerBound = false;
  let trailingPow = 0;
  let first = true; // nothing read yet
  let spaced = false; // the current token came after spaces
  let pair = false; // read 三四 of 三四十: the figure spans one step of its last unit

  // The last point where what has been read is a complete figure.
  ok.end = -1;
  let completeAt = -1; // where the next token starts when what precedes it is complete

  let j = i;
  while (j < n) {
    let c = text.charCodeAt(j);

    if (c === C_SPACE) {
      // Spaces inside a Chinese numeral (PDF text layers): only when a numeral continues after them.
      if (first || pendingArabic) break;
      const k = skipSpaces(text, j);
      const next = text.charCodeAt(k);
      const continues =
        chineseDigitOf(next) >= 0 ||
        unitPowOf(next) > 0 ||
        isBoundSuffix(next) ||
        isDecimalPoint(next) ||
        (isAsciiDigit(next) && pending < 0 && anyUnit);
      if (!continues) break;
      if (completeAt === j) completeAt = k;
      j = k;
      spaced = true;
      c = next;
    }
    const complete = completeAt === j;

    if (isAsciiDigit(c)) {
      if (pending >= 0 || lowerBound || pair || (!first && !anyUnit)) break;
      const a = readArabic(text, j);
      if (a.fracLen > 0) {
        if (!first) break;
        const core = decimalTail(text, a.end, a.int * POW10[a.fracLen] + a.frac, a.fracLen, chinese, true, true);
        if (percentPrefix) core.percent = true;
        return core;
      }
      pending = a.int;
      pendingArabic = true;
      trailingPow = 0;
      j = a.end;
      // An Arabic integer after a unit must itself be followed by a unit (1亿2000万), unless
      // 零 says it is the last part (1千零20).
      if (first) completeAt = commitTo(ok, j, trailingPow, lowerBound, chinese, a.int);
      else if (afterZero) completeAt = commitTo(ok, j, trailingPow, lowerBound, chinese, total + mid + section + a.int);
      // 3万4000: four digits right after 万 fill its lower group.
      else if (lastUnitPow === 4 && !spaced && j - a.start === 4) completeAt = commitTo(ok, j, trailingPow, lowerBound, chinese, total + mid + a.int);
      first = false;
      spaced = false;
      j = skipSpaceBeforeSuffix(text, j, anyUnit);
      continue;
    }

    const d = chineseDigitOf(c);
    if (d >= 0) {
      if (pending >= 0) {
        if (pendingArabic || anyUnit || spaced || pair) break;
        // 三四十, 五六万, 两三千: neighbouring digits before a unit are an approximate range.
        if (d === pending + 1 && pending > 0 && unitPowOf(text.charCodeAt(j + 1)) > 0 && !isLiang(c)) {
          pair = true;
          j++;
          continue;
        }
        // Otherwise two digits in a row are a digit-by-digit figure (二〇二一).
        if (isLiang(text.charCodeAt(j - 1)) || isLiang(c)) break;
        let value = pending;
        let k = j;
        while (k < n) {
          const dk = chineseDigitOf(text.charCodeAt(k));
          if (dk < 0 || isLiang(text.charCodeAt(k))) break;
          value = value * 10 + dk;
          k++;
        }
        completeAt = commitTo(ok, k, trailingPow, lowerBound, chinese, value);
        break;
      }
      if (lowerBound || pair) break;
      if (d === 0) {
        if (first) {
          pending = 0;
          pendingArabic = false;
          chinese = true;
          first = false;
          completeAt = commitTo(ok, j + 1, trailingPow, lowerBound, chinese, 0);
        } else {
          if (!anyUnit) break;
          afterZero = true;
        }
        j++;
        continue;
      }
      pending = d;
      pendingArabic = false;
      chinese = true;
      trailingPow = 0;
      j++;
      // After spaces a digit only counts once a unit claims it, or as the last digit after 十 or
      // 零 (一百 五 十 二); so 二十 三十 stays two figures.
      if (!spaced || ((afterZero || lastUnitPow === 1) && unitPowOf(text.charCodeAt(skipSpaces(text, j))) === 0)) {
        const scale = afterZero || !anyUnit ? 1 : POW10[lastUnitPow - 1];
        completeAt = commitTo(ok, j, trailingPow, lowerBound, chinese, total + mid + section + d * scale);
      }
      first = false;
      spaced = false;
      continue;
    }

    const u = unitPowOf(c);
    if (u > 0) {
      const next = text.charCodeAt(j + 1);
      let base: number;
      if (u < 4) {
        if (!smallUnitIsMultiplier(text, j) || u >= lastSmall || lowerBound) break;
        if (pending === 0 && !anyUnit) break; // 零十 is not a figure
        if (pending >= 0) base = pending;
        else if (u === 1 && (first || afterZero)) base = 1; // 十二, 一万零十二
        else if (first && (bareUnitAllowed || isBoundSuffix(next))) base = 1;
        else break;
        section += base * POW10[u];
        lastSmall = u;
        chinese = true;
      } else {
        if (u === 4 ? hasWan : hasYi) break;
        base = section + (pending >= 0 ? pending : 0) + (u === 8 ? mid : 0);
        if (base === 0) {
          if (first && (bareUnitAllowed || isBoundSuffix(next))) base = 1;
          else break;
        }
        if (u === 4) {
          mid = base * 1e4;
          hasWan = true;
        } else {
          total = base * 1e8;
          mid = 0;
          hasYi = true;
          hasWan = false;
        }
        section = 0;
        lastSmall = 4;
      }
      pending = -1;
      pendingArabic = false;
      lastUnitPow = u;
      afterZero = false;
      anyUnit = true;
      first = false;
      spaced = false;
      trailingPow += u;
      j++;
      completeAt = commitTo(ok, j, trailingPow, lowerBound, chinese, total + mid + section);
      continue;
    }

    if (isBoundSuffix(c)) {
      if (lowerBound || first || afterZero || !complete) break;
      lowerBound = true;
      j++;
      // 13余万: the pending digit waits for the unit; alone it counts as itself.
      completeAt = commitTo(ok, j, trailingPow, lowerBound, chinese, total + mid + section + (pending >= 0 ? pending : 0));
      continue;
    }

    if (isDecimalPoint(c) && complete && !lowerBound && !pendingArabic && (pending < 0 || afterZero || !anyUnit || lastUnitPow === 1)) {
      // Chinese decimal: 三点五万, 一万零一十八点一五, 百分之三十七点五. 两 never follows 点 in a decimal.
      let k = skipSpaces(text, j + 1);
      let frac = 0;
      let fracLen = 0;
      while (k < n) {
        const ck = text.charCodeAt(k);
        const dk = chineseDigitOf(ck);
        if (dk < 0 || isLiang(ck)) break;
        frac = frac * 10 + dk;
        fracLen++;
        k++;
      }
      if (fracLen === 0) break;
      const core = decimalTail(text, k, ok.value * POW10[fracLen] + frac, fracLen, true, false, !hasWan && !hasYi);
      if (percentPrefix) core.percent = true;
      return core;
    }
    break;
  }
  if (ok.end < 0) return null;
  // A financial numeral alone is a word (陆续, 大陆, 退伍, 收拾): 陆万, 伍拾 are figures.
  if (ok.end === i + 1 && !bareUnitAllowed && isFinancialForm(text.charCodeAt(i))) return null;
  const core: Core = { mantissa: ok.value, exp: 0, end: ok.end, trailingPow: ok.trailing, lowerBound: ok.lower, percent: percentPrefix, chinese: ok.chinese };
  if (pair) core.pairStep = POW10[ok.trailing];
  return percentPrefix ? core : withPercentSuffix(text, core);
}

interface Prefix {
  length: number;
  qualifier: Qualifier;
}

const PREFIXES: [string, Qualifier][] = [
  // Longest first: 不低于 before 不足.
  ['不低于', 'lowerBound'],
  ['不少于', 'lowerBound'],
  ['不超过', 'upperBound'],
  ['不高于', 'upperBound'],
  ['大约', 'approximate'],
  ['超过', 'lowerBound'],
  ['突破', 'lowerBound'],
  ['不足', 'upperBound'],
  ['不到', 'upperBound'],
  ['约', 'approximate'],
  ['近', 'approximate'],
  ['超', 'lowerBound'],
  ['逾', 'lowerBound'],
];
const PREFIX_FIRST = charTable(PREFIXES.map(([p]) => p[0]).join(''));

function prefixAt(text: string, i: number): Prefix | null {
  if (!inTable(PREFIX_FIRST, text.charCodeAt(i))) return null;
  for (const [p, qualifier] of PREFIXES) {
    if (text.startsWith(p, i)) {
      return { length: p.length, qualifier };
    }
  }
  return null;
}

const RANGE_SEPARATORS = charTable('-~～至到—');

/** Words that end a unit before any 以上: "5人的以上" is not a qualified figure. */
const UNIT_STOPS = charTable('的和与或其中为是及、');
const C_JI = code('及');
const C_YI3 = code('以');
const C_SHANG = code('上');
const C_XIA = code('下');
const C_LEFT = code('左');
const C_RIGHT = code('右');

/** 以上/以下/左右 (or 及以上) within a unit word of at most three characters after the figure. */
function trailingQualifier(text: string, end: number): Qualifier | undefined {
  for (let k = end; k <= end + 3; k++) {
    let c = text.charCodeAt(k);
    let at = k;
    if (c === C_JI && text.charCodeAt(k + 1) === C_YI3) {
      at = k + 1;
      c = C_YI3;
    }
    const next = text.charCodeAt(at + 1);
    if (c === C_YI3) {
      if (next === C_SHANG) return 'lowerBound';
      if (next === C_XIA) return 'upperBound';
    } else if (c === C_LEFT && next === C_RIGHT) return 'approximate';
    // Only CJK ideographs that are not numerals or stop words can be part of a unit.
    if (c < 0x4e00 || c > 0x9fff || inTable(UNIT_STOPS, c) || chineseDigitOf(c) >= 0 || unitPowOf(c) > 0) return undefined;
  }
  return undefined;
}

/** 010-56212745, 2021-06: a written leading zero marks a phone number or a date, not a range end. */
const leadingZero = (text: string, i: number): boolean => text.charCodeAt(i) === C_0 && isAsciiDigit(text.charCodeAt(i + 1));

/** A figure beginning exactly at start (at its qualifier prefix if it has one), or null. */
export function readNumberAt(text: string, start: number): NumberReading | null {
  if (start < 0 || start >= text.length) return null;
  const prefix = prefixAt(text, start);
  let i = start;
  if (prefix) {
    i += prefix.length;
    if (text.charCodeAt(i) === C_SPACE) i++;
  }
  let low = readCore(text, i, prefix !== null);
  if (!low && prefix) {
    // 近 / 超 that turn out not to qualify a figure (超市, 附近) are read as if absent.
    return null;
  }
  if (!low) return null;

  let lowValue = valueOf(low.mantissa, low.exp);
  let end = low.end;
  let percent = low.percent;
  let chinese = low.chinese;
  let lowerBound = low.lowerBound;
  let range: { low: number; high: number } | undefined;
  let approximate = false;

  if (low.pairStep !== undefined) {
    range = { low: lowValue, high: lowValue + low.pairStep };
    approximate = true;
  } else if (inTable(RANGE_SEPARATORS, text.charCodeAt(end)) && !leadingZero(text, i) && !leadingZero(text, end + 1)) {
    const high = readCore(text, end + 1, false);
    if (high && (high.percent || !low.percent)) {
      const lowExp = low.trailingPow === 0 && high.trailingPow > 0 ? low.exp + high.trailingPow : low.exp;
      const l = valueOf(low.mantissa, lowExp);
      const h = valueOf(high.mantissa, high.exp);
      if (l <= h) {
        lowValue = l;
        range = { low: l, high: h };
        end = high.end;
        percent = high.percent;
        chinese = chinese || high.chinese;
        lowerBound = lowerBound || high.lowerBound;
      }
    }
  }

  const qualifier: Qualifier | undefined =
    prefix?.qualifier ?? (lowerBound ? 'lowerBound' : approximate ? 'approximate' : trailingQualifier(text, end));
  const reading: NumberReading = { value: lowValue, start, end, chinese };
  if (qualifier) reading.qualifier = qualifier;
  if (percent) reading.percent = true;
  if (range) reading.range = range;
  return reading;
}

/**
 * Characters a figure can begin with (digits, numerals, units for 百分之/万余, qualifier
 * prefixes), as a bitset: 8 KB stays in the L1 cache where a 64 KB byte table would not, and
 * the scan over every character of a report is the hot loop.
 */
const CAN_START = new Int32Array(0x10000 >> 5);
for (let c = 0; c < 0x10000; c++) {
  if (isAsciiDigit(c) || chineseDigitOf(c) >= 0 || unitPowOf(c) > 0 || inTable(PREFIX_FIRST, c)) CAN_START[c >> 5] |= 1 << (c & 31);
}

const C_BU = code('不');
const BU_PREFIXES = PREFIXES.map(([p]) => p).filter((p) => p.length === 3 && p.charCodeAt(0) === C_BU);
const C_DA = code('大');
const C_YUE = code('约');

/**
 * Cheap look-ahead for the common characters that rarely start a figure (不, 大, bare 万/千/百,
 * 近/超 before a word), so findNumbers does not run the reader at each of them. It must never
 * reject a start readNumberAt would accept.
 */
function worthReading(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isAsciiDigit(c) || chineseDigitOf(c) >= 0) return true;
  const next = text.charCodeAt(i + 1);
  if (c === C_BU) return next === C_ZU || next === C_DAO || BU_PREFIXES.some((p) => text.startsWith(p, i));
  if (c === C_DA) return next === C_YUE;
  const u = unitPowOf(c);
  if (u === 1) return true;
  if (u > 1) return isBoundSuffix(next) || (c === C_BAI && next === C_FEN);
  // A qualifier prefix: a figure must follow, after 过 (超过) or 破 (突破) and a space at most.
  let k = i + 1;
  if (text.charCodeAt(k) === C_GUO || text.charCodeAt(k) === C_PO) k++;
  if (text.charCodeAt(k) === C_SPACE) k++;
  const after = text.charCodeAt(k);
  return isAsciiDigit(after) || chineseDigitOf(after) >= 0 || unitPowOf(after) > 0;
}

/** All figures, left to right, not overlapping. */
export function findNumbers(text: string): NumberReading[] {
  const out: NumberReading[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if ((CAN_START[c >> 5] & (1 << (c & 31))) === 0 || !worthReading(text, i)) {
      i++;
      continue;
    }
    const r = readNumberAt(text, i);
    if (r) {
      out.push(r);
      i = r.end;
    } else i++;
  }
  return out;
}

/**
 * The value of a string that is entirely one Chinese (or mixed) numeral: 一千二百 → 1200,
 * 一亿零五百万 → 105000000, 二〇二一 → 2021, 壹仟贰佰 → 1200. Null when the string is not exactly
 * one numeral (qualifiers, percentages and ranges are not numerals).
 */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  const core = readCore(s, 0, false);
  if (!core || core.end !== s.length || core.lowerBound || core.percent) return null;
  return valueOf(core.mantissa, core.exp);
}
