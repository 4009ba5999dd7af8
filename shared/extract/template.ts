// A report whose figures are placeholders (xxx, xx.x, X月) or whose bureau name is blank (__市)
// is a template someone forgot to fill in. It is held back with no facts, and the clerk is told
// what to fill in.
import { raw } from './charClass.ts';
import type { ReportIssue } from '../domain/report.ts';

/**
 * xxx, xx.x, XXXX年, x月, ***人 — a run of x/X/× standing where a figure belongs. A run of asterisks
 * must stand before a unit: bare, it is Markdown's bold (**（一）基本生活救助。**).
 */
const UNIT_AFTER = '万|亿|元|人|名|户|家|个|张|对|%|％|项|所|次';
const PLACEHOLDER_FIGURE = new RegExp(
  raw`(?<![A-Za-z])(?:[xX×]{2,}(?:\.[xX×]+)?|[xX×](?:\.[xX×]+)?(?=\s?(?:${UNIT_AFTER}|月|日|号|年))|[＊*]{2,}(?:\.[＊*]+)?(?=${UNIT_AFTER}))(?![A-Za-z])`,
  'g',
);
/** A blank where the bureau's name belongs: __市, ＿＿区, XX市民政局, 某某县. */
const BLANK_UNIT = /(?:_{2,}|＿{2,}|[xX]{2,}|某某|○○|〇〇)\s?(?:省|市|区|县|旗|州|民政局|办公室|镇)/g;

export interface TemplateFinding {
  placeholders: number;
  blankUnits: number;
  examples: string[];
}

export function findTemplateMarks(text: string): TemplateFinding {
  const examples: string[] = [];
  let placeholders = 0;
  for (const m of text.matchAll(PLACEHOLDER_FIGURE)) {
    placeholders++;
    if (examples.length < 4) examples.push(text.slice(Math.max(0, m.index! - 6), m.index! + m[0].length + 3).trim());
  }
  let blankUnits = 0;
  for (const m of text.matchAll(BLANK_UNIT)) {
    blankUnits++;
    if (examples.length < 6) examples.push(m[0]);
  }
  return { placeholders, blankUnits, examples };
}

/**
 * Held back as a template when the bureau's name is blank, or when placeholders are a real share
 * of the figures: one stray "x月" in an otherwise filled report is a typo, not a template.
 */
export function templateIssue(finding: TemplateFinding, realFigures: number): ReportIssue | null {
  const { placeholders, blankUnits, examples } = finding;
  const isTemplate = blankUnits > 0 || (placeholders >= 3 && placeholders >= realFigures * 0.25);
  if (!isTemplate) return null;
  const parts: string[] = [];
  if (placeholders) parts.push(`${placeholders} 处数字是占位符(如 xxx、xx.x)`);
  if (blankUnits) parts.push(`单位名称空缺(如 __市)`);
  return {
    code: 'placeholder-values',
    message:
      `这份报告看起来是未填写的模板:${parts.join(',')}。` +
      `请把占位符换成实际数字、填上本单位名称后重新上传。示例:${examples.slice(0, 4).join(' / ')}`,
    detail: { placeholders, blankUnits, examples },
  };
}
