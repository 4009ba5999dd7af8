// A table whose columns are measures and whose rows are scopes or places, the way reports sum up
// a programme (分城乡情况见下表) or list it by town or county with a total:
//
//   类别    户数（户）   人数（人）   全年发放资金（万元）        县区    城市低保对象   农村低保对象
//   城市    412          586          542.6                         秦州区  7862           24105
//   农村    3,286        4,913        4,389.7                       合计    28614          241692
//   合计    3,698        5,499        4,932.3
//
// A row names no programme, so attribution (attribute.ts) reads nothing in it. Here each figure
// takes its programme from its column's header, or else from the caption above the table when
// that names one, and its scope from its row: 城市 and 农村 rows are the scopes, a 合计 row the
// whole; a town's or a county's row is a part of the unit and no fact.
import type { Candidate } from './attribute.ts';
import type { Figure } from './figures.ts';
import type { MetricRule, Scope } from './lexicon.ts';
import { findMentions, SCOPE_OF } from './mentions.ts';
import { rulesFor } from './metric.ts';
import { classifyColumns } from './tableColumns.ts';
import { mayHoldTextTables, textTableRow, type TextTableRow } from './textTable.ts';
import { BASE_UNIT } from './units.ts';

/** Row labels that are the whole (合计, 全市, 全市合计); a subtotal (小计) is not. Scope words (城市, 农村, 城乡) are read by SCOPE_OF. */
const WHOLE_ROW = /^(?:全[县市区旗州盟])?(?:合计|总计)$|^全[县市区旗州盟]$/;
/** Scope words in a column's header (城市低保对象): the column's scope, which a 合计 row keeps. */
const HEADER_SCOPE = /城市|城镇|农村|乡村/;
/** How far above the header a caption is looked for. */
const CAPTION_LINES = 2;
/** The longest line read as a caption, not a paragraph, for the year it names. */
const CAPTION_MAX = 40;
/** A figure read from a table row, named by its column: as sure as one read ahead of its name in prose. */
const CONFIDENCE = 0.85;

/** What a column's header and the table's caption say of every figure under it; null: no fact there. */
interface ColumnReading {
  family: string;
  heading: string;
  /** The scope the header names (城市低保对象), if any. */
  scope?: Scope;
}

export function measureTableCandidates(text: string, original: string, figures: readonly Figure[], year: number | null): Candidate[] {
  if (!mayHoldTextTables(text)) return [];
  const columns = new Map<number, ColumnReading | null>();
  const out: Candidate[] = [];
  for (const fig of figures) {
    const row = textTableRow(text, fig.start);
    if (!row || row.column === 0) continue;
    const label = text.slice(row.cells[0].start, row.cells[0].end).replace(/\s/g, '');
    const rowScope = WHOLE_ROW.test(label) ? 'all' : SCOPE_OF[label];
    if (!rowScope) continue;
    // Header cells are at most a few dozen: a column's key is its header's start and its index.
    const key = row.headerStart * 64 + row.column;
    let column = columns.get(key);
    if (column === undefined) columns.set(key, (column = readColumn(text, row, year)));
    if (!column) continue;
    if (column.scope && rowScope !== 'all' && rowScope !== column.scope) continue;
    const rule = ruleFor(column.family, fig, column.scope ?? rowScope, column.heading);
    if (!rule) continue;
    let start = row.lineStart;
    let end = row.lineEnd;
    while (start < end && /\s|\|/.test(original[start])) start++;
    while (end > start && /\s|\|/.test(original[end - 1])) end--;
    out.push({
      metric: rule.metric,
      value: fig.value,
      unit: BASE_UNIT[rule.measures[0]],
      quote: original.slice(start, end),
      start,
      end,
      confidence: CONFIDENCE,
      qualifier: fig.qualifier || undefined,
      note: undefined,
      valueStart: fig.start,
      valueEnd: fig.end,
      sentence: -1,
      ownMeasure: fig.measure === rule.measures[0],
      sentenceStart: row.lineStart,
      sentenceEnd: row.lineEnd,
    });
  }
  return out;
}

/** A column's programme and scope, read once for all its rows. */
function readColumn(text: string, row: TextTableRow, year: number | null): ColumnReading | null {
  const headerTexts = row.header.map((cell) => text.slice(cell.start, cell.end).trim());
  const kind = classifyColumns(headerTexts)?.kinds[row.column];
  if (kind !== undefined && kind !== 'value' && kind !== 'current') return null;
  const heading = headerTexts[row.column];
  if (heading === undefined) return null;
  const rowsName = programmeOfRows(text, row.headerStart);
  if (rowsName === null) return null;
  const caption = captionAbove(text, row.headerStart);
  // A table of another year (表1 2020年各乡镇低保情况) in this year's report; a paragraph above it
  // may name other years in passing.
  if (year !== null && caption.split('\n').some((line) => line.length <= CAPTION_MAX && [...line.matchAll(/(20\d\d)\s?年/g)].some((m) => Number(m[1]) !== year))) return null;
  // The caption line right above first (表1 2021年溧阳市最低生活保障情况), then with the paragraph above it.
  const named = familyOf(heading);
  const family = named ?? familyOf(caption.slice(caption.lastIndexOf('\n') + 1)) ?? familyOf(caption);
  if (!family || (!named && rowsName && rowsName !== family)) return null;
  const scopeWord = HEADER_SCOPE.exec(heading)?.[0];
  return scopeWord ? { family, heading, scope: SCOPE_OF[scopeWord] } : { family, heading };
}

/**
 * The one programme the table's rows name ('' for none), or null for several: a table of
 * programmes (城市低保 | 3126, 特困供养 | 4213, 合计 | 28239) is read by attribution, row by row,
 * and its 合计 adds up unlike things; rows of one programme's kinds (公办养老机构, 民办养老机构, 合计)
 * add up to its whole.
 */
function programmeOfRows(text: string, headerStart: number): string | null {
  const families = new Set<string>();
  for (let line = text.indexOf('\n', headerStart) + 1; line > 0 && line < text.length; line = text.indexOf('\n', line) + 1) {
    let at = line;
    while (at < text.length && /[\s|]/.test(text[at]) && text[at] !== '\n') at++;
    const row = textTableRow(text, at);
    if (!row || row.headerStart !== headerStart) break;
    for (const m of findMentions(text.slice(row.cells[0].start, row.cells[0].end))) families.add(m.family);
  }
  return families.size > 1 ? null : ([...families][0] ?? '');
}

/** The one programme a text names, or none when it names none or several. */
function familyOf(text: string): string | undefined {
  const families = new Set(findMentions(text).map((m) => m.family));
  return families.size === 1 ? [...families][0] : undefined;
}

/** Up to CAPTION_LINES non-empty lines right above the header: 表1 …情况, 分城乡情况见下表：. */
function captionAbove(text: string, headerStart: number): string {
  const lines: string[] = [];
  let end = headerStart - 1;
  while (end > 0 && lines.length < CAPTION_LINES) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line) lines.unshift(line);
    end = start - 1;
  }
  return lines.join('\n');
}

/** The metric of a family's figure in a scope, as its column names it; none when two fit equally. */
function ruleFor(family: string, fig: Figure, scope: Scope, heading: string): MetricRule | undefined {
  let best: MetricRule | undefined;
  let bestScore = 0;
  let tie = false;
  for (const rule of rulesFor(family, fig.measure)) {
    if ((rule.scope ?? 'all') !== scope || rule.excludes?.test(heading)) continue;
    const score = rule.requires ? (rule.requires.test(heading) ? 3 : 0) : 2;
    if (score === 0) continue;
    if (score > bestScore) {
      best = rule;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && rule.metric !== best?.metric) tie = true;
  }
  return tie ? undefined : best;
}
