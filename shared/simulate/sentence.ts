// Sentences are built from parts: plain text and figures. A figure part carries the metric it
// states (or none, for a distractor), so the truth comes from the same place as the text and
// can never drift from it.
import type { Qualifier } from '../domain/report.ts';
import type { Written } from './numbers.ts';

export interface FigurePart {
  metric: string;
  written: Written;
  /** Set when the figure is an ambiguous restatement: the gold tolerates it rather than requires it. */
  tolerateWhy?: string;
}

export type Part = string | FigurePart;

/** A tagged template that keeps figure parts apart from the text around them. */
export function parts(strings: TemplateStringsArray, ...values: Array<Part | Part[] | undefined | false>): Part[] {
  const out: Part[] = [];
  strings.forEach((s, i) => {
    if (s) out.push(s);
    if (i < values.length) {
      const v = values[i];
      if (v === undefined || v === false) return;
      if (Array.isArray(v)) out.push(...v);
      else out.push(v);
    }
  });
  return out;
}

export interface PlacedFigure {
  metric: string;
  value: number;
  qualifier?: Qualifier;
  start: number;
  end: number;
  tolerateWhy?: string;
}

/** Punctuation a bureau uses: some paste from systems that write ASCII commas and semicolons. */
export interface Punctuation {
  comma: string;
  semicolon: string;
  colon: string;
  paren: [string, string];
}

const PUNCT_MAP = (p: Punctuation): Record<string, string> => ({ '，': p.comma, '；': p.semicolon, '：': p.colon, '（': p.paren[0], '）': p.paren[1] });

/** Collects the report's text and where each figure landed in it. */
export class TextWriter {
  private chunks: string[] = [];
  private length = 0;
  readonly figures: PlacedFigure[] = [];
  private readonly map: Record<string, string>;

  constructor(punctuation: Punctuation) {
    this.map = PUNCT_MAP(punctuation);
  }

  private push(s: string): void {
    this.chunks.push(s);
    this.length += s.length;
  }

  /** Appends text; full-width punctuation in phrase banks becomes the report's own (same length). */
  text(s: string): void {
    this.push(s.replace(/[，；：（）]/g, (c) => this.map[c] ?? c));
  }

  line(parts: Part[] | string): void {
    this.write(parts);
    this.push('\n');
  }

  write(input: Part[] | string): void {
    if (typeof input === 'string') return this.text(input);
    for (const p of input) {
      if (typeof p === 'string') this.text(p);
      else {
        const start = this.length;
        this.push(p.written.text);
        if (p.metric) {
          this.figures.push({
            metric: p.metric,
            value: p.written.value,
            qualifier: p.written.qualifier,
            start,
            end: this.length,
            tolerateWhy: p.tolerateWhy,
          });
        }
      }
    }
  }

  toString(): string {
    return this.chunks.join('');
  }
}

const CLAUSE_BREAK = /[，,；;。：:！？!?\n（）()]/;

/** The clause around a figure: the evidence a reader would quote for it. */
export function clauseAround(text: string, start: number, end: number): string {
  // A comma between digits (34,600人) is part of a figure, not a clause break.
  const breaks = (i: number) => CLAUSE_BREAK.test(text[i]) && !(text[i] === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
  let a = start;
  while (a > 0 && !breaks(a - 1)) a--;
  let b = end;
  while (b < text.length && !breaks(b)) b++;
  let clause = text.slice(a, b);
  // An item's number (3、 1. 二是) belongs to the layout, not to the figure's clause.
  const mark = clause.match(/^\s*(?:\d{1,2}[、.．]|[一二三四五六七八九十]{1,2}是)/);
  if (mark && a + mark[0].length <= start) clause = clause.slice(mark[0].length);
  return clause.trim();
}

/**
 * The text as copied out of a PDF: every line longer than `width` broken every `width`
 * characters, in the middle of sentences and figures. `at` moves an offset of the text given
 * into the broken one.
 */
export function hardWrap(text: string, width: number): { text: string; at: (offset: number) => number } {
  const breaks: number[] = []; // offsets in `text` before which a newline goes
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    for (let at = lineStart + width; at < i; at += width) breaks.push(at);
    lineStart = i + 1;
  }
  let out = '';
  let from = 0;
  for (const b of breaks) {
    out += `${text.slice(from, b)}\n`;
    from = b;
  }
  out += text.slice(from);
  return {
    text: out,
    at: (offset) => {
      let shift = 0;
      while (shift < breaks.length && breaks[shift] <= offset) shift++;
      return offset + shift;
    },
  };
}
