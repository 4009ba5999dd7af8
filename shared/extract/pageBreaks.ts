// Plain text copied out of a PDF keeps each page's furniture: a page number (- 3 -, 第3页) and a
// running header repeated on every page, standing between two halves of a sentence, even of a
// figure (支出临时救助资金79\n\n— 1 —\n\n玉林市民政局2022年工作总结\n52.6万元). Those lines are layout,
// not content (layout.ts): the text is read with them taken out and one line break left, which
// unwrap.ts joins where the lines were wrapped at a fixed width.

/** A line that is only a page number: - 3 -, — 3 —, 第3页, 第3页 共12页. A bare number may be a table's. */
const PAGE_NUMBER_LINE = /^[ \t\u3000]*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?)[ \t\u3000]*$/gm;
/** The longest running header or footer line. */
const RUNNING_MAX = 60;

/** Positions of the page furniture to take out (sorted): none when the text has no page number line. */
export function pageFurniturePositions(text: string): number[] {
  PAGE_NUMBER_LINE.lastIndex = 0;
  const numbers: number[] = [];
  for (let m = PAGE_NUMBER_LINE.exec(text); m; m = PAGE_NUMBER_LINE.exec(text)) numbers.push(m.index);
  if (numbers.length === 0) return [];
  const lines = linesOf(text);
  // A line repeated on every page: the running header or footer.
  const seen = new Map<string, number>();
  for (const line of lines) {
    const key = line.text.trim();
    if (key && key.length <= RUNNING_MAX) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const isFurniture = (i: number) => {
    const key = lines[i].text.trim();
    if (key === '') return true;
    PAGE_NUMBER_LINE.lastIndex = 0;
    return PAGE_NUMBER_LINE.test(lines[i].text) || ((seen.get(key) ?? 0) >= 2 && !/[。；;]$/.test(key));
  };
  const removed: number[] = [];
  let done = -1;
  for (const at of numbers) {
    const index = lines.findIndex((line) => line.start === at);
    if (index <= done) continue;
    let first = index;
    while (first > 0 && isFurniture(first - 1)) first--;
    let last = index;
    while (last + 1 < lines.length && isFurniture(last + 1)) last++;
    done = last;
    // From the start of the first furniture line to the start of the next content line, all but
    // the line break that ended the content before.
    const from = lines[first].start;
    const to = last + 1 < lines.length ? lines[last + 1].start : text.length;
    if (first === 0) continue; // furniture at the top of the text is a title page's, left alone
    for (let p = from; p < to; p++) removed.push(p);
  }
  return removed;
}

function linesOf(text: string): Array<{ start: number; text: string }> {
  const lines: Array<{ start: number; text: string }> = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ start, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}
