// extractReport: a bureau's report file in, an ExtractionResult out (see README: the output
// contract of `minzheng extract`). Pure: the divisions lookup is a port, defaulting to the
// project's data, so tests and the ingest use case can pass their own.
import type { ExtractionResult, Fact, ReportingUnit, ReportIssue } from '../domain/report.ts';
import { noUnit } from '../domain/report.ts';
import type { DivisionResolver } from '../divisions/types.ts';
import { divisions } from '../divisions/divisions.ts';
import { readReport } from '../read/readReport.ts';
import { normaliseText } from './normalise.ts';
import { findExcludedSpans, splitLines } from './structure.ts';
import { findTemplateMarks, templateIssue } from './template.ts';
import { findReportingUnit } from './reportingUnit.ts';
import { findPeriod } from './period.ts';
import { attributeFigures, type Candidate } from './attribute.ts';
import { subUnitReader } from './subUnit.ts';
import { layoutPositions, offsetMapper, withoutPositions } from './layout.ts';

export interface ExtractInput {
  bytes: Uint8Array;
  fileName?: string;
  /** The unit the upload was filed under (from the object key), to settle ambiguous names. */
  expectedUnitCode?: string;
  resolver?: DivisionResolver;
}

/** Async because .docx and .pdf readers are; quotes and offsets point into the text the reader produced. */
export async function extractReport(input: ExtractInput): Promise<ExtractionResult> {
  const read = await readReport(input.bytes, input.fileName);
  if (!read.ok) {
    return { status: read.status, unit: noUnit(), period: { key: null }, facts: [], issues: [read.issue] };
  }
  return extractText(read.text, { ...input, encoding: read.reader });
}

export function extractText(
  text: string,
  options: { expectedUnitCode?: string; resolver?: DivisionResolver; encoding?: string } = {},
): ExtractionResult {
  const resolver = options.resolver ?? divisions();
  // A PDF's spacing and fixed-width line breaks are read past (layout.ts); offsets come back.
  const normalised = normaliseText(text);
  const layout = layoutPositions(normalised);
  const norm = layout.length ? withoutPositions(normalised, layout) : normalised;
  const original = layout.length ? withoutPositions(text, layout) : text;
  const lines = splitLines(norm);
  const excluded = findExcludedSpans(norm, lines);
  const { unit, issues: unitIssues } = findReportingUnit(norm, excluded, resolver, options.expectedUnitCode);
  const period = findPeriod(norm, excluded);
  const subUnits = subUnitReader(norm, unit, resolver);
  const candidates = attributeFigures(norm, original, excluded, period, { ...unit, parent: prefectureOf(unit, resolver) }).filter(
    (c) => !subUnits.isSubUnitFigure({ start: c.sentenceStart, end: c.sentenceEnd }, c.valueStart!),
  );
  const issues: ReportIssue[] = [...unitIssues];
  const encoding = options.encoding ? { encoding: options.encoding } : {};

  const template = templateIssue(findTemplateMarks(norm), candidates.length);
  if (template) {
    return { status: 'template', unit, period, facts: [], issues: [template, ...issues], ...encoding };
  }
  const facts = chooseFacts(candidates);
  // Chosen on the text as read (全市 whole, not 全 市), then placed in the upload.
  if (layout.length) inOriginal(facts, text, offsetMapper(layout));
  if (facts.length === 0) {
    issues.unshift({
      code: 'no-figures',
      message:
        '报告中没有找到目录内指标的数字(如低保对象人数、保障资金、养老床位等)。' +
        '请确认上传的是民政工作报告全文,而不是通知、目录或空白页。',
    });
    return { status: 'rejected', unit, period, facts: [], issues, ...encoding };
  }
  if (period.key === null) {
    issues.push({
      code: 'period-not-found',
      message: '报告中没有写明年份或期间(如“2021年工作总结”“上半年”)。请在标题中写明报告期间,或上传时选择期间。',
    });
  }
  return { status: 'ok', unit, period, facts, issues, ...encoding };
}

/** Moves facts found in the text read past its layout onto the upload: offsets, and the quote cut from it. */
function inOriginal(facts: Fact[], text: string, at: (offset: number) => number): void {
  const end = (offset: number) => at(offset - 1) + 1; // an exclusive end stays before a removed break
  for (const c of facts) {
    c.start = at(c.start);
    c.end = end(c.end);
    c.quote = text.slice(c.start, c.end);
    if (c.valueStart !== undefined) c.valueStart = at(c.valueStart);
    if (c.valueEnd !== undefined) c.valueEnd = end(c.valueEnd);
  }
}

/** Words that mark a figure as the whole jurisdiction's (床位总数890张 over 某中心床位200张). */
const WHOLE = /全[市区县州盟旗省]|总数|合计|共计|总计|总量/;

/**
 * One value per metric: the most confident; between equally confident ones, the one written in
 * the metric's own measure, then the one that says it is the whole jurisdiction's, else the first.
 */
/** A county's prefecture by name; none for a county the province governs directly, or for any other unit. */
function prefectureOf(unit: ReportingUnit, resolver: DivisionResolver): string | undefined {
  if (unit.level !== 'county' || !unit.adcode) return undefined;
  const parent = resolver.get(resolver.get(unit.adcode)?.parentCode ?? '');
  return parent?.level === 'prefecture' ? parent.name : undefined;
}

function chooseFacts(candidates: Candidate[]): Fact[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const seen = best.get(c.metric);
    if (!seen || outranks(c, seen)) best.set(c.metric, c);
  }
  return [...best.values()]
    .sort((a, b) => a.start - b.start)
    .map(factOf);
}

function outranks(c: Candidate, seen: Candidate): boolean {
  if (c.confidence !== seen.confidence) return c.confidence > seen.confidence;
  // 9.39亿元 in a box of key figures, 93856.2万元 in the text: one figure said twice, the exact one kept.
  if (c.value !== seen.value && Math.abs(c.value - seen.value) <= 0.01 * Math.max(c.value, seen.value)) return digitsOf(c) > digitsOf(seen);
  if (c.ownMeasure !== seen.ownMeasure) return c.ownMeasure;
  return WHOLE.test(c.quote) && !WHOLE.test(seen.quote);
}

/** How many digits the figure is written with (93856.2 has six, 9.39 three). */
function digitsOf(c: Candidate): number {
  if (c.valueStart === undefined || c.valueEnd === undefined) return 0;
  let n = 0;
  for (let i = c.valueStart - c.start; i < c.valueEnd - c.start; i++) if (c.quote.charCodeAt(i) >= 48 && c.quote.charCodeAt(i) <= 57) n++;
  return n;
}

/** The fact a candidate states, without attribution's bookkeeping; field by field (spreads are slow in V8). */
function factOf(c: Candidate): Fact {
  const fact: Fact = { metric: c.metric, value: c.value, unit: c.unit, quote: c.quote, start: c.start, end: c.end, confidence: c.confidence };
  if (c.qualifier !== undefined) fact.qualifier = c.qualifier;
  if (c.note !== undefined) fact.note = c.note;
  if (c.valueStart !== undefined) fact.valueStart = c.valueStart;
  if (c.valueEnd !== undefined) fact.valueEnd = c.valueEnd;
  return fact;
}
