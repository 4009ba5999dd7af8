// A table typed in Word with its cells divided by ideographic spaces (城乡低保资金　6850.00　6723.46　98.15%)
// and copied as text: normalised to tabs, as a table pasted from Word or Excel has, so the
// text-table reading (textTable.ts) splits its cells. An indent (　　 before a paragraph) and a
// single gap (表1　2022年度…, a title) stay spaces.

const IDEOGRAPHIC_SPACE = 0x3000;
/** Prose: a line that holds a sentence's punctuation is no row. */
const SENTENCE_MARK = /[。，；,;]/;

/** Where each line's gaps of ideographic spaces divide three cells or more, the first space of each gap; null when none do. */
export function ideographicCellGaps(text: string): Set<number> | null {
  let gaps: Set<number> | null = null;
  for (let i = text.indexOf('\u3000'); i >= 0; i = text.indexOf('\u3000', i + 1)) {
    const lineStart = text.lastIndexOf('\n', i) + 1;
    let lineEnd = text.indexOf('\n', i);
    if (lineEnd < 0) lineEnd = text.length;
    const inner: number[] = [];
    let k = lineStart;
    while (k < lineEnd && isSpace(text.charCodeAt(k))) k++;
    for (; k < lineEnd; k++) {
      if (text.charCodeAt(k) !== IDEOGRAPHIC_SPACE) continue;
      const gap = k;
      while (k < lineEnd && isSpace(text.charCodeAt(k))) k++;
      if (k < lineEnd && text.charCodeAt(k) !== 13) inner.push(gap);
    }
    if (inner.length >= 2 && !SENTENCE_MARK.test(text.slice(lineStart, lineEnd))) for (const gap of inner) (gaps ??= new Set()).add(gap);
    i = lineEnd;
  }
  return gaps;
}

function isSpace(c: number): boolean {
  return c === IDEOGRAPHIC_SPACE || c === 32 || c === 9;
}
