// What of a text's layout is not its content: the spaces a PDF put between characters
// (spacing.ts) and the breaks of lines wrapped at a fixed width (unwrap.ts). The extractor reads
// the text without them and maps its offsets back (offsetMapper), so quotes are cut from the upload.
import { spacedOutPositions } from './spacing.ts';
import { offsetMapper, unwrapHardBreaks, withoutPositions } from './unwrap.ts';

/** Positions in `text` of the characters that are layout, sorted; empty for most reports. */
export function layoutPositions(text: string): number[] {
  const spaces = spacedOutPositions(text);
  const despaced = spaces.length ? withoutPositions(text, spaces) : text;
  const breaks = unwrapHardBreaks(despaced).removed;
  if (breaks.length === 0) return spaces;
  if (spaces.length === 0) return breaks;
  const inText = offsetMapper(spaces);
  return [...spaces, ...breaks.map(inText)].sort((a, b) => a - b);
}
