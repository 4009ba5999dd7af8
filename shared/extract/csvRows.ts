// A table exported as comma-separated text (指标名称,单位,本年,上年,增减%), one row to a line.
// Its commas become tabs, one character for one, so its rows read as any tab-separated table's
// and offsets still hold. A report's prose uses the full-width ，; a half-width comma in a line
// is a thousands separator or a cell's end, and only a header naming the columns says which.
import { HEADER_CELL, isRow, LABEL_HEADER } from './cellLines.ts';

/** Whether the text may hold such a header, looked for with indexOf before any line is split. */
const HEADER_STARTS = ['名称,', '项目,', '指标,', '类别,'];

/** `text` with the commas of comma-separated tables made tabs (same length). */
export function withCsvRows(text: string): string {
  if (!HEADER_STARTS.some((h) => text.includes(h))) return text;
  const out: string[] = [];
  let from = 0;
  let columns = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const cells = text.slice(start, end).trim().split(',');
    if (columns === 0) {
      // A header: the rows' label heading first, every cell naming what its column holds.
      if (cells.length > 2 && LABEL_HEADER.test(cells[0]) && cells.every((c) => HEADER_CELL.test(c.trim()))) columns = cells.length;
    } else if (cells.length !== columns || !(isRow(cells) || (cells[0] !== '' && cells.slice(1).every((c) => c === '')))) {
      // Not a row of as many cells (nor a section's row, 一、社会救助,,,,): the table has ended.
      columns = 0;
    }
    if (columns > 0) {
      out.push(text.slice(from, start), text.slice(start, end).replaceAll(',', '\t'));
      from = end;
    }
    start = end + 1;
  }
  if (from === 0) return text;
  out.push(text.slice(from));
  return out.join('');
}
