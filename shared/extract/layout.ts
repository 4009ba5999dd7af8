// What of a text's layout is not its content: Markdown's marks (markdown.ts), a drawn table's rules (boxRules.ts), a PDF's page numbers
// and running headers (pageBreaks.ts), the spaces it put between characters (spacing.ts) and the breaks of lines
// wrapped at a fixed width (unwrap.ts). The extractor reads
// the text without them and maps its offsets back (offsetMapper), so quotes are cut from the upload.
import { boxRulePositions } from './boxRules.ts';
import { markdownPositions } from './markdown.ts';
import { pageFurniturePositions } from './pageBreaks.ts';
import { spacedOutPositions } from './spacing.ts';
import { wrapBreakPositions } from './unwrap.ts';

/** Positions in `text` of the characters that are layout, sorted; empty for most reports. */
export function layoutPositions(text: string): number[] {
  // Each stage reads the text the stages before left, and its positions are mapped back.
  const rules = boxRulePositions(text);
  const marks = rules.length ? [...markdownPositions(text), ...rules].sort((a, b) => a - b) : markdownPositions(text);
  const furniture = pageFurniturePositions(text);
  const pages = marks.length ? [...new Set([...marks, ...furniture])].sort((a, b) => a - b) : furniture;
  const paged = pages.length ? withoutPositions(text, pages) : text;
  const spaces = spacedOutPositions(paged);
  const despaced = spaces.length ? withoutPositions(paged, spaces) : paged;
  const breaks = wrapBreakPositions(despaced);
  const inPaged = [...spaces, ...(spaces.length ? breaks.map(offsetMapper(spaces)) : breaks)];
  if (pages.length === 0) return inPaged.sort((a, b) => a - b);
  const inText = offsetMapper(pages);
  return [...pages, ...inPaged.map(inText)].sort((a, b) => a - b);
}

/** `text` without the characters at `positions` (sorted); joined once, as normaliseText is. */
export function withoutPositions(text: string, positions: readonly number[]): string {
  const out: string[] = [];
  let from = 0;
  for (const p of positions) {
    out.push(text.slice(from, p));
    from = p + 1;
  }
  out.push(text.slice(from));
  return out.join('');
}

/** Maps an offset in the joined text back to the original, given the removed positions (sorted). */
export function offsetMapper(removed: readonly number[]): (offset: number) => number {
  if (removed.length === 0) return (offset) => offset;
  return (offset) => {
    // Each removed position at or before the mapped offset shifts it by one.
    let mapped = offset;
    for (const p of removed) {
      if (p <= mapped) mapped++;
      else break;
    }
    return mapped;
  };
}
