// Tables pasted as text: cells split by tabs (what Word and Excel put on the clipboard), or lined
// up with runs of spaces (a PDF's text layer, a table typed in a plain-text report):
//
//   指标名称	单位	2020年	2021年	增减%
//   城市低保对象	人	12563	11820	-5.9
//
//   项目            人数(人)   金额(万元)   同比(%)
//   城市低保        28613      9612.5       +3.2
//
// or ruled with pipes (| 城市低保对象 | 人 | 8420 |, a document converted to text or Markdown).
//
// The header says what each column holds (tableColumns.ts). Prose never has tabs between its
// words, and a line of it is not split by two gaps of two spaces or more.

import { isHan } from './charClass.ts';
import { classifyColumns, LABEL_UNIT, type TableColumns } from './tableColumns.ts';

const SPACE = 32;
/** Cells a line lined up with spaces has at least: a label and two figures, or a title's two parts are not a row. */
const MIN_SPACED_CELLS = 3;

/** Where a figure stands in a text table: whether it can be a fact, and where its row's unit cell starts. */
export interface TableCellInfo {
  /** In a column of another period or of changes: not a fact of this report. */
  skip: boolean;
  /** Start of the row's 单位 cell (past leading spaces), or of the unit in its row label. */
  unitAt?: number;
  /** In this month's or quarter's column beside the year to date's, or that one (本月 | 本年累计, 本季度 | 1-12月累计). */
  span?: 'part' | 'to-date';
  /** How many months the part column covers (1 or 3). */
  partMonths?: number;
}

type Cell = { start: number; end: number };

/** A cell of a line lined up with spaces: words with single spaces between them. */
const SPACED_CELL = /\S+(?: \S+)*/g;

/** The cells of a table row (split by tabs, else by runs of spaces), or null when the line is not one. */
function cellsOf(text: string, lineStart: number, lineEnd: number): Cell[] | null {
  const line = text.slice(lineStart, lineEnd);
  let at = lineStart;
  if (line.includes('\t')) return line.split('\t').map((cell) => ({ start: at, end: (at += cell.length + 1) - 1 }));
  if (line.trimStart().startsWith('|') || innerPipes(line)) return pipeCellsOf(line, lineStart);
  const cells: Cell[] = [];
  for (const m of line.matchAll(SPACED_CELL)) {
    const last = cells[cells.length - 1];
    // 项  目, 增  减: a header word spaced out over the column is one cell.
    if (last && m[0].length === 1 && last.end - last.start === 1 && isHan(m[0].charCodeAt(0)) && isHan(text.charCodeAt(last.start))) last.end = lineStart + m.index! + 1;
    else cells.push({ start: lineStart + m.index!, end: lineStart + m.index! + m[0].length });
  }
  return cells.length >= MIN_SPACED_CELLS ? cells : null;
}

/** 城市低保对象（人） | 6215 | — | -3.1: a row ruled with pipes between its cells only (two at least). */
function innerPipes(line: string): boolean {
  const first = line.indexOf(' | ');
  return first > 0 && line.indexOf(' | ', first + 3) !== -1;
}

/**
 * The cells of a row ruled with pipes (| 城市低保对象 | 人 | 8420 |), as a report converted from a
 * document or typed in Markdown holds them: the outer pipes open and close the row.
 */
function pipeCellsOf(line: string, lineStart: number): Cell[] | null {
  const parts = line.split('|');
  const cells: Cell[] = [];
  let at = lineStart;
  let outers = 0;
  parts.forEach((part, i) => {
    const outer = (i === 0 || i === parts.length - 1) && part.trim() === '';
    if (outer) outers++;
    else cells.push({ start: at, end: at + part.length });
    at += part.length + 1;
  });
  // | 养老床位（张） | 32540 |: pipes at both ends make a row of two cells.
  return cells.length >= (outers === 2 ? 2 : MIN_SPACED_CELLS) ? cells : null;
}

/** Where the line starting at `start` ends, before a \r\n's \r. */
export function lineEndOf(text: string, start: number): number {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  return text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/** Whether a line (its text) is a row of a text table: wrapped-line joining leaves rows alone. */
export function isTableRow(line: string): boolean {
  return cellsOf(line, 0, line.length) !== null;
}

/**
 * Whether the text may hold a table pasted as text: a tab, or two spaces after a word (an indent,
 * as 　　 before a paragraph, is no gap). Most reports have neither, and their figures skip the
 * table reading.
 */
export function mayHoldTextTables(text: string): boolean {
  if (text.includes('\t')) return true;
  for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) if (opensLine(text, i)) return true;
  for (let i = text.indexOf(' | '); i >= 0; i = text.indexOf(' | ', i + 3)) {
    const lineEnd = text.indexOf('\n', i);
    if (innerPipes(text.slice(text.lastIndexOf('\n', i) + 1, lineEnd < 0 ? text.length : lineEnd))) return true;
  }
  for (let i = text.indexOf('  '); i >= 0; i = text.indexOf('  ', i + 2)) if (text.charCodeAt(i - 1) > SPACE) return true;
  return false;
}

/** Whether only spaces stand between the line's start and `at`: a pipe there opens a ruled row (one inside prose or a footer does not). */
function opensLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== SPACE && c !== 9 && c !== 0x3000) return false;
  }
  return true;
}

const trimmed = (text: string, cell: Cell) => text.slice(cell.start, cell.end).trim();

/** A table's columns as its header says (null: nothing the reading needs), and where each header cell's own unit starts. */
interface TextTable {
  columns: TableColumns | null;
  /** 项目 | 人数（人） | 资金（万元）: the unit in a header cell's parenthesis, for bare figures below it. */
  headerUnitAt: Array<number | undefined>;
}

let cachedText = '';
const tablesByHeader = new Map<number, TextTable | null>();
/** For each line of cachedText (by its start): where its table's header line starts, or -1 when it is no table row. */
const headerByLine = new Map<number, number>();

/** A short line naming a group of rows, with no figure: 一、城乡最低生活保障, （二）养老服务. */
const GROUP_LINE = /^\s*[^\d\s。，,；;：:]{2,20}\s*$/;

/** The header of the block of table rows the line belongs to (its first line), or -1 for a line that is no row. */
function headerLineStart(text: string, lineStart: number): number {
  const walked: number[] = [];
  let header = -1;
  for (let start = lineStart; ; ) {
    const known = headerByLine.get(start);
    if (known !== undefined) {
      if (known >= 0) header = known;
      break;
    }
    if (cellsOf(text, start, lineEndOf(text, start)) === null) {
      // 一、城乡最低生活保障 between rows: a group's name inside the table, read past.
      const above = start === 0 ? -1 : text.lastIndexOf('\n', start - 2) + 1;
      if (walked.length > 0 && above >= 0 && GROUP_LINE.test(text.slice(start, lineEndOf(text, start))) && cellsOf(text, above, lineEndOf(text, above)) !== null) {
        start = above;
        continue;
      }
      headerByLine.set(start, -1);
      break;
    }
    walked.push(start);
    header = start;
    // 指标名称  计量单位  数值 under lines that only look like rows (口径  时点指标为9月末数  本季…): the header is the nearest.
    if (start === 0 || (walked.length > 1 && isHeaderLine(text, start))) break;
    start = text.lastIndexOf('\n', start - 2) + 1;
  }
  for (const start of walked) headerByLine.set(start, header);
  return headerByLine.get(lineStart)!;
}

/** A number alone in a cell: a row's figure, which a header line has none of. */
const BARE_NUMBER = /^[\d.,%+-]+$/;

/** Whether a row line is a header: its columns say something (a 单位 column, a year, a change) and no cell holds a bare number. */
function isHeaderLine(text: string, lineStart: number): boolean {
  const cells = cellsOf(text, lineStart, lineEndOf(text, lineStart))!.map((cell) => trimmed(text, cell));
  return !cells.some((cell) => BARE_NUMBER.test(cell)) && classifyColumns(cells) !== null;
}

/** Starts the caches over for another text. */
function readingText(text: string): void {
  if (text === cachedText) return;
  cachedText = text;
  tablesByHeader.clear();
  headerByLine.clear();
}

/** A row of a text table below its header, with the column the figure at `pos` stands in. */
export interface TextTableRow {
  headerStart: number;
  header: Cell[];
  lineStart: number;
  lineEnd: number;
  cells: Cell[];
  column: number;
}

/** The row (under a header) the figure at `pos` stands in, or undefined when its line is none. */
export function textTableRow(text: string, pos: number): TextTableRow | undefined {
  readingText(text);
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const headerStart = headerLineStart(text, lineStart);
  if (headerStart < 0 || headerStart === lineStart) return undefined;
  const lineEnd = lineEndOf(text, lineStart);
  const cells = cellsOf(text, lineStart, lineEnd)!;
  const column = cells.findIndex((cell) => pos >= cell.start && pos < cell.end);
  return column < 0 ? undefined : { headerStart, header: cellsOf(text, headerStart, lineEndOf(text, headerStart))!, lineStart, lineEnd, cells, column };
}

/** The table column a figure at `pos` stands in, or undefined when its line is not a table row. */
export function textTableCell(text: string, pos: number): TableCellInfo | undefined {
  readingText(text);
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const headerStart = headerLineStart(text, lineStart);
  if (headerStart < 0) return undefined;
  if (headerStart === lineStart) return undefined; // the header row itself
  let table = tablesByHeader.get(headerStart);
  if (table === undefined) {
    table = textTableOf(text, cellsOf(text, headerStart, lineEndOf(text, headerStart))!);
    tablesByHeader.set(headerStart, table);
  }
  const cells = cellsOf(text, lineStart, lineEndOf(text, lineStart))!;
  const column = cells.findIndex((cell) => pos >= cell.start && pos < cell.end);
  if (column < 0) return undefined;
  const columns = table?.columns ?? null;
  if (columns === null) {
    // Only the header's units say anything: a figure under 人数（人） is in 人; else the row label's (养老床位（张） | 32540).
    const at = table?.headerUnitAt[column] ?? labelUnitAt(text, cells, column);
    return at === undefined ? undefined : { skip: false, unitAt: at };
  }
  const kind = columns.kinds[column];
  const info: TableCellInfo = { skip: kind === 'other-period' || kind === 'change' || kind === 'unit' || kind === 'serial' };
  if (kind === 'part' || kind === 'to-date') {
    info.span = kind;
    info.partMonths = columns.partMonths;
  }
  const unitCell = columns.unitColumn >= 0 ? cells[columns.unitColumn] : undefined;
  if (unitCell) {
    let at = unitCell.start;
    while (at < unitCell.end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 0x3000)) at++;
    if (at < unitCell.end) info.unitAt = at;
  } else if (column > 0) {
    // No 单位 column: the row label may carry it (城市低保对象（人）), and names what its counts
    // count (临时救助(人次) under 人数(人)); a column of money keeps the header's unit.
    const labelAt = labelUnitAt(text, cells, column);
    const headerAt = table!.headerUnitAt[column];
    info.unitAt = labelAt !== undefined && !(headerAt !== undefined && MONEY_UNIT.test(text.slice(headerAt, headerAt + 3))) ? labelAt : headerAt;
  }
  return info;
}

const MONEY_UNIT = /^[千万亿]?元/;

/** Where the unit in the row label (城市低保对象（人）) starts, for a figure in a later column. */
function labelUnitAt(text: string, cells: Cell[], column: number): number | undefined {
  if (column === 0) return undefined;
  const label = LABEL_UNIT.exec(text.slice(cells[0].start, cells[0].end));
  return label ? cells[0].start + label.index + 1 : undefined;
}

/** 户数, 人数, 人次数, 床位数: a count whose unit the header names by its word (人数 is in 人). */
const COUNT_HEADER = /(户|人次|人|对|张|家)数\s*$/;
/** 单位：人 (or （单位：万元）) on the line above a table: the unit of every figure in it. */
const UNIT_LINE = /单位\s?[：:]\s?(?=[^\s\d])/;

function textTableOf(text: string, headerCells: Cell[]): TextTable | null {
  const columns = classifyColumns(headerCells.map((cell) => trimmed(text, cell)));
  const above = headerCells[0].start === 0 ? -1 : text.lastIndexOf('\n', headerCells[0].start - 2) + 1;
  const unitLine = above >= 0 && columns?.unitColumn !== undefined && columns.unitColumn >= 0 ? null : above >= 0 ? UNIT_LINE.exec(text.slice(above, headerCells[0].start)) : null;
  const headerUnitAt: Array<number | undefined> = [];
  headerCells.forEach((cell, i) => {
    if (i === 0) return; // the row labels' column
    const words = text.slice(cell.start, cell.end);
    const unit = LABEL_UNIT.exec(words) ?? COUNT_HEADER.exec(words);
    // 供养人数 | 其中集中供养: a part of the column before it, in its unit.
    headerUnitAt[i] = unit
      ? cell.start + unit.index + unit[0].indexOf(unit[1])
      : unitLine
        ? above + unitLine.index + unitLine[0].length
        : /^\s*其中/.test(words)
          ? headerUnitAt[i - 1]
          : undefined;
  });
  return columns === null && headerUnitAt.every((at) => at === undefined) ? null : { columns, headerUnitAt };
}
