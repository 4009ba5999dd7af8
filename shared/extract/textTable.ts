// Tables pasted as text, cells split by tabs (what Word and Excel put on the clipboard):
//
//   指标名称	单位	2020年	2021年	增减%
//   城市低保对象	人	12563	11820	-5.9
//
// The header says what each column holds. A 单位 column gives the unit of a bare figure in its row;
// of several year columns only the latest (or 本年/本期) holds the report's figures, and the
// others, like a 增减/同比 column, hold no fact. Only tab-separated rows are read this way: prose
// never has tabs between its words.

const TAB = 9;

/** What a column of a text table holds, from its header cell. */
type ColumnKind = 'unit' | 'current' | 'other-period' | 'change' | 'value';

interface TextTable {
  kinds: ColumnKind[];
  /** Index of the 单位 column, or -1. */
  unitColumn: number;
}

/** Where a figure stands in a text table: whether it can be a fact, and where its row's unit cell starts. */
export interface TableCellInfo {
  /** In a column of another period or of changes: not a fact of this report. */
  skip: boolean;
  /** Start of the row's 单位 cell (past leading spaces), when the table has one. */
  unitAt?: number;
}

const LABEL_UNIT = /[（(][^（）()\d]{1,6}[）)]\s*$/;
const UNIT_HEADER = /^(?:计量)?单位$/;
const YEAR_HEADER = /^((?:19|20)\d\d)年?(?:末|底|度|全年)?(?:数|数据|完成数?)?$/;
const CURRENT_HEADER = /^(?:本年|本期|今年|当年|本年度|本季度|本月)(?:末|底|累计|完成数?|数)?$/;
const OTHER_PERIOD_HEADER = /^(?:上年|上期|去年|上年同期|去年同期|上年度|上季度|上月)(?:末|底|累计|完成数?|数)?$/;
const CHANGE_HEADER = /增减|增长|同比|环比|比上年|比去年|变化|增幅|升降|%|％/;

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

function tableOf(header: string[]): TextTable | null {
  const kinds: ColumnKind[] = header.map((cell) => {
    if (UNIT_HEADER.test(cell)) return 'unit';
    if (CHANGE_HEADER.test(cell)) return 'change';
    if (CURRENT_HEADER.test(cell)) return 'current';
    if (OTHER_PERIOD_HEADER.test(cell)) return 'other-period';
    return 'value';
  });
  // Years: the latest is the report's; an explicit 本年/本期 column wins over any year.
  const years = header.map((cell) => Number(YEAR_HEADER.exec(cell)?.[1] ?? NaN));
  const latest = Math.max(...years.filter((y) => !Number.isNaN(y)));
  const hasCurrent = kinds.includes('current');
  years.forEach((year, i) => {
    if (!Number.isNaN(year)) kinds[i] = !hasCurrent && year === latest ? 'current' : 'other-period';
  });
  const unitColumn = kinds.indexOf('unit');
  if (unitColumn < 0 && !kinds.some((k) => k === 'other-period' || k === 'change')) return null;
  return { kinds, unitColumn };
}

/** The header of the tab-separated block a line belongs to: its first line. */
function headerLineStart(text: string, lineStart: number): number {
  let start = lineStart;
  while (start > 0) {
    const previousStart = text.lastIndexOf('\n', start - 2) + 1;
    const previous = text.slice(previousStart, start - 1);
    if (!previous.includes('\t')) break;
    start = previousStart;
  }
  return start;
}

let cachedText = '';
const tablesByHeader = new Map<number, TextTable | null>();
/** Whether each line (by its start) holds a tab, for the text in cachedText. */
const lineHasTab = new Map<number, boolean>();

/** The table column a figure at `pos` stands in, or undefined when its line is not a table row. */
export function textTableCell(text: string, pos: number): TableCellInfo | undefined {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  let lineEnd = text.indexOf('\n', pos);
  if (lineEnd < 0) lineEnd = text.length;
  if (text !== cachedText) {
    cachedText = text;
    tablesByHeader.clear();
    lineHasTab.clear();
  }
  let hasTab = lineHasTab.get(lineStart);
  if (hasTab === undefined) {
    hasTab = false;
    for (let i = lineStart; i < lineEnd && !hasTab; i++) hasTab = text.charCodeAt(i) === TAB;
    lineHasTab.set(lineStart, hasTab);
  }
  if (!hasTab) return undefined;
  const headerStart = headerLineStart(text, lineStart);
  if (headerStart === lineStart) return undefined; // the header row itself
  let table = tablesByHeader.get(headerStart);
  if (table === undefined) {
    let headerEnd = text.indexOf('\n', headerStart);
    if (headerEnd < 0) headerEnd = text.length;
    if (text.charCodeAt(headerEnd - 1) === 13) headerEnd--;
    table = tableOf(cellsOf(text, headerStart, headerEnd).map((cell) => trimmed(text, cell)));
    tablesByHeader.set(headerStart, table);
  }
  if (table === null) return undefined;
  const cells = cellsOf(text, lineStart, text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
  const column = cells.findIndex((cell) => pos >= cell.start && pos < cell.end);
  if (column < 0) return undefined;
  const kind = table.kinds[column];
  const info: TableCellInfo = { skip: kind === 'other-period' || kind === 'change' || kind === 'unit' };
  const unitCell = table.unitColumn >= 0 ? cells[table.unitColumn] : undefined;
  if (unitCell) {
    let at = unitCell.start;
    while (at < unitCell.end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 0x3000)) at++;
    if (at < unitCell.end) info.unitAt = at;
  } else if (column > 0) {
    // No 单位 column: the row label may carry it (城市低保对象（人）).
    const label = LABEL_UNIT.exec(text.slice(cells[0].start, cells[0].end));
    if (label) info.unitAt = cells[0].start + label.index + 1;
  }
  return info;
}
