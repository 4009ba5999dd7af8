// HTML to the text a reader sees: one line per block, tables row by row (tableRows.ts), and
// for web pages without the site's navigation, headers, footers and scripts. Used for uploaded
// .html pages and for the HTML mammoth makes of a .docx.
//
// htmlparser2 (with the entity tables it decodes with, ~50 KB minified) is imported on first
// use, by bare specifier, like mammoth and pdfjs: most reports are plain text, so the ingest
// bundle leaves it out and ships it beside itself (unbundledPackagesByFunction), and a
// plain-text cold start never parses it.
import { tableLines, type Cell, type Row } from './tableRows.ts';

export interface HtmlTextOptions {
  /** Drop site furniture: nav, footer, header outside the article, menus, breadcrumbs, share bars. */
  dropBoilerplate: boolean;
}

const ALWAYS_SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'title', 'iframe', 'object', 'select', 'button', 'form']);
const BOILERPLATE_TAGS = new Set(['nav', 'footer', 'aside', 'menu']);
/** Class or id words that gov.cn-style sites use for furniture around the article. */
const BOILERPLATE_NAMES =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs?|footer|foot|bottom|sidebar|side|share|copyright|banner|topbar|toolbar|position|location|dqwz|friend-?links?|links)(?:[\s_-]|$)/i;
const BLOCKS = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'section', 'article', 'main',
  'blockquote', 'pre', 'dd', 'dt', 'dl', 'header', 'figure', 'figcaption', 'hr', 'caption',
]);

/**
 * An article page's meta lines (publication date, source, view count, font-size and print
 * buttons): inside the article, so no container gives them away, and their dates would mislead.
 */
const metaLine = /^(?:发布时间|发布日期|发文日期|成文日期|信息来源|来源|浏览次数|访问量|点击量|点击数|阅读次数|阅读量|作者|责任编辑|编辑|字号|【?打印|【?关闭|分享到)\s*[:：【]|浏览次数|【打印】|【关闭】/;

const wide = '[^\\x00-\\xff]';
const spaceNextToWide = new RegExp(`(?<=${wide}) | (?=${wide})`, 'g');

/** Collapses source whitespace; none is kept between Chinese characters (HTML wraps lines anywhere). */
export function tidyLine(raw: string): string {
  return raw.replace(/\s+/g, ' ').replace(spaceNextToWide, '').trim();
}

interface TableState {
  rows: Row[];
  row: Row | null;
  /** Lines of the open cell, and the cell's current line. */
  cell: { lines: string[]; current: string } | null;
}

let htmlparser: Promise<typeof import('htmlparser2')> | undefined;

export async function htmlToText(html: string, options: HtmlTextOptions): Promise<string> {
  const { Parser } = await (htmlparser ??= import('htmlparser2'));
  const out: string[] = [];
  let current = '';
  const tables: TableState[] = [];
  const open: Array<{ name: string; skips: boolean }> = [];
  let skipping = 0;
  let articleDepth = 0;

  const sink = () => tables.at(-1)?.cell ?? null;
  const breakLine = () => {
    const cell = sink();
    if (cell) {
      const line = tidyLine(cell.current);
      if (line) cell.lines.push(line);
      cell.current = '';
      return;
    }
    if (tables.length > 0) return; // text between cells (stray whitespace) is not content
    const line = tidyLine(current);
    if (line && !(options.dropBoilerplate && metaLine.test(line))) out.push(line);
    current = '';
  };
  const emit = (lines: string[]) => {
    const cell = sink();
    if (cell) {
      breakLine();
      cell.lines.push(...lines);
    } else {
      breakLine();
      out.push(...lines);
    }
  };

  const isBoilerplate = (name: string, attrs: Record<string, string>) => {
    if (!options.dropBoilerplate) return false;
    if (BOILERPLATE_TAGS.has(name)) return true;
    if (name === 'header' && articleDepth === 0) return true;
    const names = `${attrs.class ?? ''} ${attrs.id ?? ''}`;
    return BOILERPLATE_NAMES.test(names) && articleDepth === 0;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const skips = skipping > 0 || ALWAYS_SKIPPED.has(name) || isBoilerplate(name, attrs);
        open.push({ name, skips });
        if (skips) {
          skipping++;
          return;
        }
        if (name === 'article' || name === 'main') articleDepth++;
        if (name === 'table') {
          breakLine();
          tables.push({ rows: [], row: null, cell: null });
        } else if (name === 'tr' && tables.length) {
          tables.at(-1)!.row = [];
        } else if ((name === 'td' || name === 'th') && tables.length) {
          const t = tables.at(-1)!;
          if (!t.row) t.row = [];
          t.cell = { lines: [], current: '' };
        } else if (BLOCKS.has(name)) breakLine();
      },
      ontext(text) {
        if (skipping > 0) return;
        const cell = sink();
        if (cell) cell.current += text;
        else if (tables.length === 0) current += text;
      },
      onclosetag(name) {
        const tag = open.pop();
        if (tag?.skips) {
          skipping--;
          return;
        }
        if (name === 'article' || name === 'main') articleDepth--;
        const t = tables.at(-1);
        if ((name === 'td' || name === 'th') && t?.cell) {
          breakLine();
          (t.row ??= []).push(t.cell.lines as Cell);
          t.cell = null;
        } else if (name === 'tr' && t) {
          if (t.row && t.row.length) t.rows.push(t.row);
          t.row = null;
        } else if (name === 'table' && t) {
          if (t.row && t.row.length) t.rows.push(t.row);
          tables.pop();
          emit(tableLines(t.rows));
        } else if (BLOCKS.has(name)) breakLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  breakLine();
  return out.join('\n');
}
