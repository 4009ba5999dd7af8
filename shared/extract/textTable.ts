// Tables pasted as text, cells split by tabs (what Word and Excel put on the clipboard):
//
//   指标名称	单位	2020年	2021年	增减%
//   城市低保对象	人	12563	11820	-5.9
//
// The header says what each column holds (tableColumns.ts). Only tab-separated rows are read this
// way: prose never has tabs between its words.

import { classifyColumns, LABEL_UNIT, type TableColumns } from './tableColumns.ts';

const TAB = 9;

/** Where a figure stands in a text table: whether it can be a fact, and where its row's unit cell starts. */
export interface TableCellInfo {
  /** In a column of another period or of changes: not a fact of this report. */
  skip: boolean;
  /** Start of the row's 单位 cell (past leading spaces), or of the unit in its row label. */
  unitAt?: number;
}

function cellsOf(text: string, lineStart: number, lineEnd: number): Array<{ start: number; end: number }> {
  const cells: Array<{ start: number; end: number }> = [];
  let start = lineStart;
  for (let i = lineStart; i <= lineEnd; i++) {
    if (i === lineEnd || text.charCodeAt(i) === TAB) {
      cells.push({ start, end: i });
      start = i + 1;
    }
  }
  return cells;
}

const trimmed = (text: string, cell: { start: number; end: number }) => text.slice(cell.start, cell.end).trim();

/** Whether the line starting at `start` holds a tab. */
function hasTab(text: string, start: number): boolean {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === TAB) return true;
    if (c === 10) return false;
  }
  return false;
}

/** A table's columns as its header says (null: nothing the reading needs), and where each header cell's own unit starts. */
interface TextTable {
  columns: TableColumns | null;
  /** 项目 | 人数（人） | 资金（万元）: the unit in a header cell's parenthesis, for bare figures below it. */
  headerUnitAt: Array<number | undefined>;
}

let cachedText = '';
const tablesByHeader = new Map<number, TextTable | null>();
/** For each line of cachedText (by its start): where its table's header line starts, or -1 when it holds no tab. */
const headerByLine = new Map<number, number>();

/** The header of the tab-separated block the line belongs to (its first line), or -1 for a line without a tab. */
function headerLineStart(text: string, lineStart: number): number {
  const walked: number[] = [];
  let header = -1;
  for (let start = lineStart; ; ) {
    const known = headerByLine.get(start);
    if (known !== undefined) {
      if (known >= 0) header = known;
      break;
    }
    if (!hasTab(text, start)) {
      headerByLine.set(start, -1);
      break;
    }
    walked.push(start);
    header = start;
    if (start === 0) break;
    start = text.lastIndexOf('\n', start - 2) + 1;
  }
  for (const start of walked) headerByLine.set(start, header);
  return headerByLine.get(lineStart)!;
}

/** The table column a figure at `pos` stands in, or undefined when its line is not a table row. */
export function textTableCell(text: string, pos: number): TableCellInfo | undefined {
  if (text !== cachedText) {
    cachedText = text;
    tablesByHeader.clear();
    headerByLine.clear();
  }
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const headerStart = headerLineStart(text, lineStart);
  if (headerStart < 0) return undefined;
  let lineEnd = text.indexOf('\n', pos);
  if (lineEnd < 0) lineEnd = text.length;
  if (headerStart === lineStart) return undefined; // the header row itself
  let table = tablesByHeader.get(headerStart);
  if (table === undefined) {
    let headerEnd = text.indexOf('\n', headerStart);
    if (headerEnd < 0) headerEnd = text.length;
    if (text.charCodeAt(headerEnd - 1) === 13) headerEnd--;
    table = textTableOf(text, cellsOf(text, headerStart, headerEnd));
    tablesByHeader.set(headerStart, table);
  }
  if (table === null) return undefined;
  const cells = cellsOf(text, lineStart, text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
  const column = cells.findIndex((cell) => pos >= cell.start && pos < cell.end);
  if (column < 0) return undefined;
  const columns = table.columns;
  if (columns === null) {
    // Only the header's units say anything: a figure under 人数（人） is in 人.
    const at = table.headerUnitAt[column];
    return at === undefined ? undefined : { skip: false, unitAt: at };
  }
  const kind = columns.kinds[column];
  const info: TableCellInfo = { skip: kind === 'other-period' || kind === 'change' || kind === 'unit' };
  const unitCell = columns.unitColumn >= 0 ? cells[columns.unitColumn] : undefined;
  if (unitCell) {
    let at = unitCell.start;
    while (at < unitCell.end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 0x3000)) at++;
    if (at < unitCell.end) info.unitAt = at;
  } else if (column > 0) {
    // No 单位 column: the row label may carry it (城市低保对象（人）).
    const label = LABEL_UNIT.exec(text.slice(cells[0].start, cells[0].end));
    if (label) info.unitAt = cells[0].start + label.index + 1;
    else info.unitAt = table.headerUnitAt[column];
  }
  return info;
}

function textTableOf(text: string, headerCells: Array<{ start: number; end: number }>): TextTable | null {
  const columns = classifyColumns(headerCells.map((cell) => trimmed(text, cell)));
  const headerUnitAt = headerCells.map((cell, i) => {
    if (i === 0) return undefined; // the row labels' column
    const unit = LABEL_UNIT.exec(text.slice(cell.start, cell.end));
    return unit ? cell.start + unit.index + 1 : undefined;
  });
  return columns === null && headerUnitAt.every((at) => at === undefined) ? null : { columns, headerUnitAt };
}
