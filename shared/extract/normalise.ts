// Normalisation that keeps offsets: every change is one UTF-16 code unit for one, so an index
// into the normalised text is the same index into the decoded original, and quotes are cut
// from the original. Thousands separators and spaces inside figures are left in place; the
// number reader reads through them.
import { charSet } from './charClass.ts';
import { withCellRows } from './cellLines.ts';
import { withCsvRows } from './csvRows.ts';
import { withFigureParens } from './figureParens.ts';
import { ideographicCellGaps } from './ideographicCells.ts';

const FULLWIDTH_START = 0xff01; // ！
const FULLWIDTH_END = 0xff5e; // ～

/** Characters outside the plain full-width block that bureaus use in figures and units. */
const EXTRA = new Map<number, string>([
  [0x3000, ' '], // ideographic space
  [0x00a0, ' '],
  [0x2002, ' '],
  [0x2003, ' '],
  [0x2009, ' '],
  [0x202f, ' '],
  [0x2007, ' '],
  [0x00b7, '·'], // middle dot, as in 元/人·月
  [0x2022, '·'], // bullet, seen in 元/人•月
  [0x30fb, '·'], // katakana middle dot
  [0x2027, '·'],
  [0x2013, '-'],
  [0x2212, '-'],
  [0x301c, '～'],
  // A drawn table's cell walls (│, ┃, ║) are its pipes: see boxRules.ts.
  [0x2502, '|'],
  [0x2503, '|'],
  [0x2551, '|'],
]);

const isFullwidthDigit = (c: number) => c >= 0xff10 && c <= 0xff19;
/** ①…⑳, ¹ ² ³ and the other superscript digits: a footnote's mark. */
const isFootnoteMark = (c: number) => (c >= 0x2460 && c <= 0x2473) || c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2074 && c <= 0x2079);
/** What a footnote's mark follows when it marks a figure (万人①, 亿元②, 张④); a list's ① follows a break or a colon. */
const FOOTNOTE_AFTER = new Set([...'人元户张家所个对次名位处%）)'].map((ch) => ch.charCodeAt(0)));
const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Thin, narrow no-break and figure spaces: between digits, where typesetting puts thousands apart. */
const THIN_SPACES = new Set([0x2009, 0x202f, 0x2007]);
/** Three digits at `at`, and no fourth. */
const isThousandsGroup = (text: string, at: number) =>
  isAsciiDigit(text.charCodeAt(at)) && isAsciiDigit(text.charCodeAt(at + 1)) && isAsciiDigit(text.charCodeAt(at + 2)) && !isAsciiDigit(text.charCodeAt(at + 3));

/**
 * A clerk's ，between thousands (1，032人, 5，352.6万元): one to three digits before it that no list
 * comma leads, three after it and no list comma on, and no 分别 before it in its clause (分别为每人每月800，650元).
 */
function isThousandsComma(text: string, at: number): boolean {
  if (!isThousandsGroup(text, at + 1) || text.charCodeAt(at + 4) === 0xff0c) return false;
  let start = at;
  while (start > at - 4 && isAsciiDigit(text.charCodeAt(start - 1))) start--;
  if (start === at || start === at - 4) return false;
  const before = text.charCodeAt(start - 1);
  if (before === 0xff0c && isAsciiDigit(text.charCodeAt(start - 2))) return false;
  // The clause before the figure, back to its last comma: 分别为每人每月800，650元 lists.
  let from = start - 1;
  while (from > start - 40 && from > 0 && !isClauseMark(text.charCodeAt(from - 1))) from--;
  return !LIST_LEAD.test(text.slice(from, start));
}
const isClauseMark = charSet('，,；;。\n');
const LIST_LEAD = /分别|依次/;

/**
 * Same length as `text`, character for character. Joined once from its pieces rather than
 * concatenated: a string built by += is a tree of pieces, and every later pass over it (a dozen
 * scans, thousands of charCodeAt) pays for walking the tree.
 */
export function normaliseText(text: string): string {
  const out: string[] = [];
  let runStart = 0;
  const cellGaps = ideographicCellGaps(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // CJK ideographs, the bulk of a report, need nothing.
    if (c < 0x80 || (c >= 0x3400 && c < 0xff00)) {
      if (c !== 0x3000 && c !== 0x30fb && c !== 0x301c) continue;
    }
    let repl: string | undefined;
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) {
      // Full-width ～ carries no ambiguity and stays. ，is a list comma (分别为120，150，180人)
      // except between full-width digits, where it separates thousands (８，０００万元).
      if (c === 0xff5e) continue;
      if (c === 0xff0c && !(isFullwidthDigit(text.charCodeAt(i - 1)) && isFullwidthDigit(text.charCodeAt(i + 1)))) {
        if (!isThousandsComma(text, i)) continue;
        repl = ',';
      } else repl = String.fromCharCode(c - 0xfee0);
    } else if (THIN_SPACES.has(c) && isAsciiDigit(text.charCodeAt(i - 1)) && isThousandsGroup(text, i + 1)) {
      // 31 468人 with a thin space: a typesetter's thousands separator.
      repl = ',';
    } else if (isFootnoteMark(c) && FOOTNOTE_AFTER.has(text.charCodeAt(i - 1))) {
      // 1.92万人①、农村…: a footnote's mark after a figure is no part of the sentence.
      repl = ' ';
    } else {
      repl = c === 0x3000 && cellGaps?.has(i) ? '\t' : EXTRA.get(c);
    }
    if (repl !== undefined) {
      out.push(text.slice(runStart, i), repl);
      runStart = i + 1;
    }
  }
  let joined = text;
  if (runStart > 0) {
    out.push(text.slice(runStart));
    joined = out.join('');
  }
  joined = withFigureParens(withCsvRows(withCellRows(joined)));
  // Every year of this century holds a zero (二〇二一); those of the last open on 一九.
  if (!joined.includes('〇') && !joined.includes('零') && !joined.includes('○') && !joined.includes('一九')) return joined;
  return joined.replace(CHINESE_YEAR, (year) => year.replace(/./g, (c) => YEAR_DIGIT[c]));
}

/** 二〇二〇年, 一九九八年: a year written in Chinese numerals, digit by digit, as the text's other years are. */
// Led by its first character, not a lookbehind, so a scan looks for 一 or 二 first.
const CHINESE_YEAR = /(?:一(?<![一二三四五六七八九〇零○十百千万]一)九|二(?<![一二三四五六七八九〇零○十百千万]二)[〇零○])[一二三四五六七八九〇零○]{2}(?=\s?年)/g;
const YEAR_DIGIT: Record<string, string> = { 〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
