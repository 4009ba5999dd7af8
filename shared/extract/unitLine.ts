// A statistical bulletin states a section's unit once, on a line of its own (单位：人, 单位：家、张),
// over lines of a label and a bare figure (18. 年末孤儿 1042). Each figure takes that unit; where
// the line lists several, the one its label's last words name (床位 → 张, 机构 → 家).

/** 单位：家、张 — the units, as the text writes them. */
const UNIT_LINE = /(?:^|\n)[ \t\u3000]*单位[:：][ \t\u3000]*([^\n]{1,12}?)[ \t\u3000]*(?=\r?\n)/g;
/** A line of a label, white space and the figure: the label ends on Han characters. */
const LABEL_GAP = /[一-龥][ \t\u3000]+$/;
/** What a label's last words say its count is in. */
const UNIT_OF_LABEL: Array<[RegExp, string]> = [
  [/床位?$/, '张'],
  [/(?:机构|院|中心|组织|站|点)$/, '家'],
  [/户$/, '户'],
  [/(?:人员|对象|儿童|孤儿|老人|老年人|人口|志愿者)$/, '人'],
];
/** How far back a unit line still holds. */
const REACH = 600;

/** Where the unit a bulletin's unit line gives the bare figure at [start, end) stands, or undefined. */
export function unitLineAt(text: string, start: number, end: number): number | undefined {
  let after = end;
  while (text[after] === ' ' || text[after] === '\t') after++;
  if (after < text.length && text[after] !== '\n' && text[after] !== '\r') return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const label = text.slice(lineStart, start);
  if (!LABEL_GAP.test(label) || !text.includes('单位')) return undefined;
  // The nearest unit line above, within reach.
  UNIT_LINE.lastIndex = Math.max(0, lineStart - REACH);
  let unitsAt = -1;
  let units = '';
  for (let m = UNIT_LINE.exec(text); m && m.index < lineStart; m = UNIT_LINE.exec(text)) {
    unitsAt = m.index + m[0].length - m[1].length;
    units = m[1];
  }
  if (unitsAt < 0) return undefined;
  const listed = units.split(/[、，,/]/);
  if (listed.length === 1) return unitsAt;
  const words = label.trim();
  for (const [re, unit] of UNIT_OF_LABEL) {
    if (!re.test(words)) continue;
    const i = units.indexOf(unit);
    return i >= 0 ? unitsAt + i : undefined;
  }
  return undefined;
}
