// Plain text copied out of a PDF, or saved with a fixed line width, breaks every line at the
// same width, in the middle of sentences and even of figures (共有低保对象45\n21户). The extractor
// reads a line end as a sentence end, so such a text is read with those breaks taken out. Offsets
// found in the joined text are mapped back, so quotes stay exact substrings of the original
// (a quote across a break holds the break).
//
// A text counts as wrapped when most of its longer lines are about as long as each other and none
// is much longer; a report written a paragraph a line has lines of every length. A break is a wrap
// when its line is about the wrap width, does not end a sentence, and the next line does not open
// a heading or a list item.

export interface Unwrapped {
  /** The text with the wrap breaks taken out (the text itself when there are none). */
  text: string;
  /** Positions in the original of the characters taken out (each break's \n, and a \r before it). */
  removed: number[];
}

const MIN_LINE = 12;
const ENDS_SENTENCE = /[。！？；：!?;:”」』》）)]\s*$/;
const OPENS_ITEM = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|第[一二三四五六七八九十]+[章节部分条]|[■●◆▲★※•-]\s?|·(?![月人年]))/; // ·月 continues 元/人·月

interface Line {
  start: number;
  /** End of its text, before any \r. */
  end: number;
  /** Index of the \n after it, or -1 for the last line. */
  newline: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    lines.push({ start, end, newline: nl });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

/** Length without surrounding white space. */
function visibleLength(text: string, line: Line): number {
  let a = line.start;
  let b = line.end;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
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

export function unwrapHardBreaks(text: string): Unwrapped {
  if (text.indexOf('\n') < 0) return { text, removed: [] };
  const lines = linesOf(text);
  const lengths = lines.map((line) => visibleLength(text, line));
  const width = wrapWidth(lengths);
  if (width === null) return { text, removed: [] };
  const removed: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (lengths[i] < 0.8 * width || lengths[i + 1] === 0) continue;
    const own = text.slice(line.start, line.end);
    if (ENDS_SENTENCE.test(own)) continue;
    // Rows of a table pasted as text (textTable.ts) stay rows.
    if (own.includes('\t') || text.slice(next.start, next.end).includes('\t')) continue;
    if (OPENS_ITEM.test(text.slice(next.start, Math.min(next.end, next.start + 12)))) continue;
    if (line.end < line.newline) removed.push(line.end); // the \r of a \r\n
    removed.push(line.newline);
  }
  if (removed.length === 0) return { text, removed };
  return { text: withoutPositions(text, removed), removed };
}

/** `text` without the characters at `positions` (sorted). */
export function withoutPositions(text: string, positions: readonly number[]): string {
  let out = '';
  let from = 0;
  for (const p of positions) {
    out += text.slice(from, p);
    from = p + 1;
  }
  return out + text.slice(from);
}

/** Maps an offset in the joined text back to the original, given the removed positions (sorted). */
export function offsetMapper(removed: readonly number[]): (offset: number) => number {
  if (removed.length === 0) return (offset) => offset;
  return (offset) => {
    // Each removed position at or before the mapped offset shifts it by one.
    let mapped = offset;
    for (const p of removed) {
      if (p <= mapped) mapped++;
      else break;
    }
    return mapped;
  };
}
