// A PDF's text layer is positioned runs, not prose: lines break wherever the page edge falls and
// every page repeats a running header and a page number. This turns the runs of each page back
// into paragraphs: running headers/footers and bare page numbers dropped, a line joined to the
// next unless it ends a sentence (。！？), ends short of the margin, or the next line is a
// heading (一、 （一） 1.) or starts indented.
import { tidyLine } from './htmlText.ts';

export interface TextRun {
  text: string;
  x: number;
  /** Baseline, from the bottom of the page (PDF space). */
  y: number;
  width: number;
  height: number;
}

export interface PageLine {
  text: string;
  left: number;
  right: number;
  /** Font size (the tallest run): a title or a running header is set apart by its size. */
  size: number;
}

/** Runs of one page into lines, top to bottom, left to right. */
export function pageLines(runs: TextRun[]): PageLine[] {
  const rows: Array<{ y: number; height: number; runs: TextRun[] }> = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const row = rows.find((r) => Math.abs(r.y - run.y) <= Math.max(2, Math.min(r.height, run.height || r.height) * 0.5));
    if (row) row.runs.push(run);
    else rows.push({ y: run.y, height: run.height, runs: [run] });
  }
  rows.sort((a, b) => b.y - a.y);
  const lines: PageLine[] = [];
  for (const row of rows) {
    row.runs.sort((a, b) => a.x - b.x);
    const text = tidyLine(row.runs.map((r) => r.text).join(''));
    if (!text) continue;
    const inked = row.runs.filter((r) => r.text.trim() !== '');
    lines.push({
      text,
      left: inked[0]?.x ?? row.runs[0].x,
      right: Math.max(...inked.map((r) => r.x + r.width)),
      size: Math.max(...row.runs.map((r) => r.height)),
    });
  }
  return lines;
}

const pageNumber = /^(?:[-—–－_\s]*[\d０-９]+[-—–－_\s]*|第\s*[\d０-９]+\s*页(?:\s*[,，/]?\s*共\s*[\d０-９]+\s*页)?|[\d０-９]+\s*\/\s*[\d０-９]+|page\s*\d+(?:\s*of\s*\d+)?)$/i;
/** How many lines at the top and at the bottom of a page may be running matter. */
const margin = 2;

/** Exact text, spaces aside: two body lines that differ only in a figure are not running matter. */
const shapeOf = (line: string) => line.replace(/\s+/g, '');

/** Lines repeated at the top or bottom of most pages, and bare page numbers. */
export function dropRunningMatter(pages: PageLine[][]): PageLine[][] {
  const edge = (lines: PageLine[]) => [...lines.slice(0, margin), ...lines.slice(Math.max(margin, lines.length - margin))];
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    for (const shape of new Set(edge(lines).map((l) => shapeOf(l.text)))) pagesWith.set(shape, (pagesWith.get(shape) ?? 0) + 1);
  }
  const repeated = (shape: string) => pages.length >= 2 && (pagesWith.get(shape) ?? 0) >= Math.max(2, pages.length * 0.6);
  return pages.map((lines) => {
    const edges = new Set(edge(lines));
    return lines.filter((l) => !(edges.has(l) && (pageNumber.test(l.text) || repeated(shapeOf(l.text)))));
  });
}

const heading = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d)|第[一二三四五六七八九十\d]+[章节部分条]|[①-⑳])/;
/**
 * A sentence end at the margin may end a paragraph whose next one is not indented. Not '；': in
 * reports it separates the items of one paragraph, and a wrap after it is only a wrap.
 */
const sentenceEnd = /[。！？!?]$/;

/**
 * How wide (in CJK character widths) the start of a line is that could not have been split from
 * it: a number or Latin word (digits are about 0.6 wide) or one character, with the closing
 * punctuation that may not start a line (，。、；： ）”).
 */
function unbrokenWidth(text: string): number {
  const start = text.match(/^(?:[\dA-Za-z.,%．％]+|.)([，。、；：！？）)”’》]*)/u);
  if (!start) return 1;
  const [whole, closing] = [start[0], start[1]];
  const head = whole.slice(0, whole.length - closing.length);
  return (head.length > 1 || /[\dA-Za-z]/.test(head) ? head.length * 0.6 : 1) + closing.length;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Lines back into paragraphs, one per output line. */
export function joinParagraphs(pages: PageLine[][]): string {
  const lines = pages.flat();
  if (lines.length === 0) return '';
  // The text block's edges: most lines of a paragraph run from the left margin to the right one.
  const rightMargin = quantile(lines.map((l) => l.right), 0.9);
  const leftMargin = quantile(lines.map((l) => l.left), 0.1);
  const widths = lines.map((l) => (l.right - l.left) / Math.max(1, [...l.text].length));
  const charWidth = quantile(widths, 0.5) || 10;
  const paragraphs: string[] = [];
  let paragraph = '';
  lines.forEach((line, i) => {
    paragraph += line.text;
    const next = lines[i + 1];
    // A line that stops short of the margin ends its paragraph, unless what follows could not
    // have fitted: numbers and Latin words are not broken, so they wrap whole.
    const endsShort = rightMargin - line.right > Math.max(2, (next ? unbrokenWidth(next.text) : 1) + 0.5) * charWidth;
    // First-line indent starts a paragraph; a centred line (a title's second line) does not.
    const indented = next !== undefined && next.left > leftMargin + 1.5 * charWidth;
    const centred =
      next !== undefined && next.left > leftMargin + 4 * charWidth && Math.abs(next.left - leftMargin - (rightMargin - next.right)) < charWidth;
    const resized = next !== undefined && Math.abs(next.size - line.size) > 1;
    const nextStarts = next !== undefined && (heading.test(next.text) || resized || (indented && !centred));
    if (!next || sentenceEnd.test(line.text) || endsShort || nextStarts) {
      paragraphs.push(paragraph);
      paragraph = '';
    }
  });
  return paragraphs.join('\n');
}
