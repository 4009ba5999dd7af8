// Plain text copied out of a PDF, or saved with a fixed line width, breaks every line at the
// same width, in the middle of sentences and even of figures (共有低保对象45\n21户). The extractor
// reads a line end as a sentence end, so such a text is read with those breaks taken out
// (layout.ts), and a quote across a break keeps it.
//
// A text counts as wrapped when most of its longer lines are about as long as each other and none
// is much longer; a report written a paragraph a line has lines of every length. A break is a wrap
// when its line is about the wrap width, does not end a sentence, and the next line does not open
// a heading or a list item.

import { isWhiteSpace, raw } from './charClass.ts';
import { HEADING_NUMBER, splitLines, type Line } from './structure.ts';
import { isTableRow } from './textTable.ts';

const MIN_LINE = 12;
const C_CR = 13;
const ENDS_SENTENCE = /[。！？；：!?;:”」』》）)]\s*$/;
/** 城市低保对象 2,136 人, 城市低保标准 880 元/人/月: a line that is one label, its figure and unit. */
const LABEL_VALUE_ROW = /^\s*[^\s\d，。；]{2,20}\s+[+-]?\d[\d,.]*\s?[万亿]?\s?[^\s\d，。；]{1,6}\s*$/;
// ·月 continues 元/人·月.
const OPENS_ITEM = new RegExp(raw`^\s*(?:${HEADING_NUMBER}|\d+[、.．](?!\d)|第[一二三四五六七八九十]+[章节部分条]|[■●◆▲★※•-]\s?|·(?![月人年]))`);

/** Length without surrounding white space. */
function visibleLength(text: string, line: Line): number {
  let a = line.start;
  let b = line.end;
  while (a < b && isWhiteSpace(text.charCodeAt(a))) a++;
  while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
  return b - a;
}

/**
 * The wrap width, or null when the text is not wrapped: the length of its fuller lines (the upper
 * quartile), when enough lines are about that long and few are much longer. A paragraph's last
 * line and the headings are shorter; a text written a paragraph a line has lines of every length.
 */
function wrapWidth(lengths: number[]): number | null {
  const long = lengths.filter((n) => n >= MIN_LINE).sort((a, b) => a - b);
  if (long.length < 6) return null;
  const width = long[Math.floor(long.length * 0.75)];
  const near = long.filter((n) => n >= 0.85 * width && n <= 1.15 * width).length;
  const over = long.filter((n) => n > 1.3 * width).length;
  if (near < 5 || near < 0.35 * long.length || over > 0.1 * long.length) return null;
  return width;
}

/** Positions of the wrap breaks (each \n, and a \r before it), sorted; none when the text is not wrapped. */
export function wrapBreakPositions(text: string): number[] {
  if (text.indexOf('\n') < 0) return [];
  const lines = splitLines(text);
  const lengths = lines.map((line) => visibleLength(text, line));
  const width = wrapWidth(lengths);
  if (width === null) return [];
  const removed: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (lengths[i] < 0.8 * width || lengths[i + 1] === 0) continue;
    if (ENDS_SENTENCE.test(line.text)) continue;
    // Rows of a table pasted as text (textTable.ts) stay rows, and so do lines of a label, a figure and its unit.
    if (isTableRow(line.text) || isTableRow(next.text) || LABEL_VALUE_ROW.test(line.text) || LABEL_VALUE_ROW.test(next.text)) continue;
    if (OPENS_ITEM.test(text.slice(next.start, Math.min(next.end, next.start + 12)))) continue;
    if (text.charCodeAt(line.end) === C_CR) removed.push(line.end); // the \r of a \r\n
    removed.push(next.start - 1);
  }
  return removed;
}
