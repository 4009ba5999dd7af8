// A report exported from a wiki or written in Markdown marks its figures **bold** and its headings
// with #: 全县特困供养人员**726人**, ## 一、社会救助. The marks are layout, not content (layout.ts),
// and ** next to a figure would read as a template's placeholder (template.ts). Only a pair of **
// around a figure is taken out: a template's lone ** (低保对象**人) stays what it is.

/** **726人**, **1,080元/人/月**: a pair of ** on one line around words that hold a digit, or around a run-in label (**机构养老**：). */
const EMPHASIS = /\*\*(?:(?=[^*\n]{0,40}?\d)[^*\n]{1,40}?|[^*\n\d，,。；;]{1,16}(?=\*\*[：:]))\*\*/g;
/** A heading's # or a quotation's > opening a line. */
const LINE_MARK = /^[ \t]*(?:#{1,6}|>)[ \t]+/gm;

/** Positions of the Markdown marks to take out (sorted): none in a report that has none. */
export function markdownPositions(text: string): number[] {
  const removed: number[] = [];
  if (text.includes('**')) {
    EMPHASIS.lastIndex = 0;
    for (let m = EMPHASIS.exec(text); m; m = EMPHASIS.exec(text)) {
      const close = m.index + m[0].length - 2;
      removed.push(m.index, m.index + 1, close, close + 1);
    }
  }
  if (text.includes('#') || text.includes('>')) {
    LINE_MARK.lastIndex = 0;
    for (let m = LINE_MARK.exec(text); m; m = LINE_MARK.exec(text)) {
      for (let i = m.index; i < m.index + m[0].length; i++) removed.push(i);
    }
  }
  return removed.sort((a, b) => a - b);
}
