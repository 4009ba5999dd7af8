// A table drawn with box characters (┌──┬──┐, │ 城市低保 │ 2136 │, ├──┼──┤) or an ASCII grid
// (+----+----+): its ruled lines are layout, and its │ are the cells' pipes (normalise.ts), so its
// rows read as any pipe table's.

/** A line of nothing but rules and corners, box-drawn or ASCII. */
const RULE_LINE = /^[ \t]*(?:[\u2500-\u257f][\u2500-\u257f \t]*|\+[-=+]{3,}\+[ \t]*)$/gm;

/** Positions of the ruled lines' characters and their line breaks (sorted): none in most reports. */
export function boxRulePositions(text: string): number[] {
  // Cheapest first: most reports hold neither, and a drawn table always has a horizontal rule.
  if (!text.includes('─') && !text.includes('━') && !text.includes('═') && !text.includes('+---') && !text.includes('+===')) return [];
  const removed: number[] = [];
  RULE_LINE.lastIndex = 0;
  for (let m = RULE_LINE.exec(text); m; m = RULE_LINE.exec(text)) {
    const end = m.index + m[0].length + (text.charCodeAt(m.index + m[0].length) === 10 ? 1 : 0);
    for (let i = m.index; i < end; i++) removed.push(i);
    if (m[0].length === 0) RULE_LINE.lastIndex++;
  }
  return removed;
}
