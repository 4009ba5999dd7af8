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
import { metricRules, type MetricRule, type Scope } from './lexicon.ts';
import { findMentions } from './mentions.ts';
import { classifyColumns } from './tableColumns.ts';
import { mayHoldTextTables, textTableRow } from './textTable.ts';
import { BASE_UNIT } from './units.ts';
import type { Span } from './structure.ts';

/** Row labels that are a scope, or the whole; a subtotal (小计) or a place is neither. */
const ROW_SCOPE: Record<string, Scope> = { 城市: 'urban', 城镇: 'urban', 农村: 'rural', 乡村: 'rural', 合计: 'all', 总计: 'all', 城乡: 'all' };
const WHOLE_ROW = /^全[县市区旗州盟]$/;
/** Scope words in a column's header (城市低保对象): the column's scope, which a 合计 row keeps. */
const HEADER_SCOPE = /城市|城镇|农村|乡村/;
/** How far above the header a caption is looked for. */
const CAPTION_LINES = 2;
/** The longest line read as a caption, not a paragraph, for the year it names. */
const CAPTION_MAX = 40;
/** A figure read from a table row, named by its column: as sure as one read ahead of its name in prose. */
const CONFIDENCE = 0.85;

export function measureTableCandidates(text: string, original: string, figures: readonly Figure[], excluded: readonly Span[], year: number | null): Candidate[] {
  if (!mayHoldTextTables(text)) return [];
  const out: Candidate[] = [];
  for (const fig of figures) {
    const row = textTableRow(text, fig.start);
    if (!row || row.column === 0) continue;
    const label = text.slice(row.cells[0].start, row.cells[0].end).replace(/\s/g, '');
    const rowScope = ROW_SCOPE[label] ?? (WHOLE_ROW.test(label) ? 'all' : undefined);
    if (!rowScope || excluded.some((s) => fig.start >= s.start && fig.start < s.end)) continue;
    const rowsName = programmeOfRows(text, row.headerStart);
    if (rowsName === null) continue;
    const headerTexts = row.header.map((cell) => text.slice(cell.start, cell.end).trim());
    const kind = classifyColumns(headerTexts)?.kinds[row.column];
    if (kind !== undefined && kind !== 'value' && kind !== 'current') continue;
    const heading = headerTexts[row.column];
    if (heading === undefined) continue;
    const caption = captionAbove(text, row.headerStart);
    // A table of another year (表1 2020年各乡镇低保情况) in this year's report; a paragraph above it
    // may name other years in passing.
    if (year !== null && caption.split('\n').some((line) => line.length <= CAPTION_MAX && [...line.matchAll(/(20\d\d)\s?年/g)].some((m) => Number(m[1]) !== year))) continue;
    // The caption line right above first (表1 2021年溧阳市最低生活保障情况), then with the paragraph above it.
    const named = familyOf(heading);
    const family = named ?? familyOf(caption.slice(caption.lastIndexOf('\n') + 1)) ?? familyOf(caption);
    if (!family || (!named && rowsName && rowsName !== family)) continue;
    const columnScope = HEADER_SCOPE.exec(heading)?.[0];
    const scope: Scope = columnScope ? (ROW_SCOPE[columnScope] ?? 'all') : rowScope;
    if (columnScope && rowScope !== 'all' && rowScope !== scope) continue;
    const rule = ruleFor(family, fig, scope, heading);
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

let checkedText = '';
const checkedHeaders = new Map<number, string | null>();

/**
 * The one programme the table's rows name ('' for none), or null for several: a table of
 * programmes (城市低保 | 3126, 特困供养 | 4213, 合计 | 28239) is read by attribution, row by row,
 * and its 合计 adds up unlike things; rows of one programme's kinds (公办养老机构, 民办养老机构, 合计)
 * add up to its whole.
 */
function programmeOfRows(text: string, headerStart: number): string | null {
  if (text !== checkedText) {
    checkedText = text;
    checkedHeaders.clear();
  }
  let known = checkedHeaders.get(headerStart);
  if (known === undefined) {
    const families = new Set<string>();
    for (let line = text.indexOf('\n', headerStart) + 1; line > 0 && line < text.length; line = text.indexOf('\n', line) + 1) {
      let at = line;
      while (at < text.length && /[\s|]/.test(text[at]) && text[at] !== '\n') at++;
      const row = textTableRow(text, at);
      if (!row || row.headerStart !== headerStart) break;
      for (const m of findMentions(text.slice(row.cells[0].start, row.cells[0].end))) families.add(m.family);
    }
    known = families.size > 1 ? null : ([...families][0] ?? '');
    checkedHeaders.set(headerStart, known);
  }
  return known;
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
  for (const rule of metricRules) {
    if (rule.family !== family || !rule.measures.includes(fig.measure) || (rule.scope ?? 'all') !== scope) continue;
    if (rule.excludes?.test(heading)) continue;
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
