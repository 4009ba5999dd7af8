// A Word table pasted as plain text often comes one cell to a line:
//   项目 / 单位 / 数量 / 城市低保对象 / 人 / 1318 / 农村低保对象 / 人 / 23406 …
// Its header says how many cells make a row; the line breaks inside each row become tabs, one
// character for one, so the rows read as any tab-separated table's and offsets still hold.

/** A header cell: what a column holds. */
export const HEADER_CELL = /^(?:项\s*目|指标(?:名称)?|类\s*别|名\s*称|(?:计量)?单\s*位|数\s*量|数值|完成数|完成情况|本[年期]|上年(?:同期)?|同比|增减|增[减长]率?[(（]?%?[)）]?|备\s*注|人数|户数|金额|资金|(?:19|20)\d\d年度?)$/;
/** The header cell that heads the rows' labels. */
export const LABEL_HEADER = /^(?:项\s*目|指标(?:名称)?|类\s*别|名\s*称)$/;
/** A cell of a row: short, and no sentence. */
const CELL = /^[^。；;，,]{1,24}$/;
const HAS_DIGIT = /\d/;
const ALL_FIGURE = /^[\d.,%\s-]+$/;

/** `text` with the line breaks inside the rows of one-cell-a-line tables made tabs (same length). */
export function withCellRows(text: string): string {
  if (!text.includes('单位\n') && !text.includes('单位\r\n')) return text;
  const lines: { start: number; end: number; cell: string }[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ start, end: lineEnd, cell: text.slice(start, lineEnd).trim() });
    start = end + 1;
  }
  const breaks: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!LABEL_HEADER.test(lines[i].cell)) continue;
    let columns = 1;
    while (columns < 8 && i + columns < lines.length && HEADER_CELL.test(lines[i + columns].cell)) columns++;
    if (columns < 2) continue;
    let rows = 0;
    for (let r = i + columns; r + columns <= lines.length && isRow(lines.slice(r, r + columns).map((l) => l.cell)); r += columns) rows++;
    if (rows < 2) continue;
    // The header row and each row: the breaks between their cells.
    for (let r = 0; r <= rows; r++) {
      for (let c = 1; c < columns; c++) {
        const line = lines[i + r * columns + c - 1];
        for (let p = line.end; p < lines[i + r * columns + c].start; p++) breaks.push(p);
      }
    }
    i += (rows + 1) * columns - 1;
  }
  if (breaks.length === 0) return text;
  const out: string[] = [];
  let from = 0;
  for (const p of breaks) {
    // A CRLF's CR is a space before the tab.
    out.push(text.slice(from, p), text.charCodeAt(p) === 13 ? ' ' : '\t');
    from = p + 1;
  }
  out.push(text.slice(from));
  return out.join('');
}

/** A row: a label that is no figure, then cells of which one at least holds a digit. */
export function isRow(cells: string[]): boolean {
  if (!cells.every((c) => CELL.test(c)) || ALL_FIGURE.test(cells[0])) return false;
  return cells.slice(1).some((c) => HAS_DIGIT.test(c));
}
