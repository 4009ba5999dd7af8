// The parts of a report that hold no results: plan sections (下一步 / 工作计划 / 2022年工作谋划)
// and the web page around a copied report (版权所有, 联系电话, 免责声明, links). Figures in them
// are never facts. Headings are recognised by their enumerators, so a title that merely
// mentions 下一步工作谋划 does not swallow the report.

export interface Span {
  start: number;
  end: number;
  reason: 'plan' | 'footer';
}

export interface Line {
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let end = i;
      if (end > start && text[end - 1] === '\r') end--;
      lines.push({ start, end, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

/** Heading level by enumerator: 一、 = 1, (一) = 2, 1. / 1、 = 3; 0 when not an enumerated heading. */
export function headingLevel(line: string): number {
  const s = line.trimStart();
  if (/^第[一二三四五六七八九十]+(?:部分|章|篇)/.test(s)) return 1;
  if (/^[一二三四五六七八九十]{1,3}[、.．]/.test(s)) return 1;
  if (/^[(（][一二三四五六七八九十]{1,3}[)）]/.test(s)) return 2;
  if (/^\d{1,2}[、.．](?!\d)/.test(s)) return 3;
  if (/^[(（]\d{1,2}[)）]/.test(s)) return 4;
  return 0;
}

const PLAN_HEADING =
  /下一步|下步|下阶段|下一阶段|明年|下半年工作|工作计划|工作谋划|工作打算|工作思路|工作安排|工作设想|工作要点|工作目标|重点工作安排|努力方向|工作建议|(?:20\d\d|二〇[一二]\S)年(?:度)?(?:全年)?(?:主要)?(?:重点)?(?:工作)?(?:计划|谋划|打算|思路|安排|设想|要点|目标)/;
/** A plan heading must not be a results heading that mentions the future in passing. */
const RESULTS_HEADING = /完成情况|工作总结|工作情况|进展情况|开展情况|落实情况|推进情况|主要成效|成效/;

const FOOTER_START =
  /免责声明|版权所有|版权归|Copyright|©|本站部分信息|本网部分|转载(?:请|分享)|来源[:：]\s*网络|由互联网用户|上一篇|下一篇|相关阅读|相关文章|责任编辑|扫一扫|分享到/i;
const FOOTER_LINE =
  /联系电话|监督电话|举报电话|客服\s*QQ|通联\s*QQ|QQ[:：]|邮箱[:：]|E-?mail|备案号|ICP|主办单位|主办\s*[|｜]|承办|技术支持|https?:\/\/|www\.|\.(?:com|cn|org|net)\b|地址[:：]|办公区[:：]|网站地图|关于我们/i;

export function findExcludedSpans(text: string, lines: Line[] = splitLines(text)): Span[] {
  const spans: Span[] = [];
  // Plan sections: from a plan heading to the next heading of the same or a higher level.
  let planLevel = 0;
  let planStart = -1;
  let firstContentSeen = false;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (!trimmed) continue;
    const level = headingLevel(trimmed);
    const shortUnnumbered = level === 0 && trimmed.length <= 20 && !/[。，,；;]/.test(trimmed) && firstContentSeen;
    const isPlanHeading =
      (level > 0 || shortUnnumbered) &&
      trimmed.length <= 40 &&
      PLAN_HEADING.test(trimmed) &&
      !RESULTS_HEADING.test(trimmed);
    const effectiveLevel = level === 0 ? 1 : level;
    if (planStart >= 0 && level > 0 && level <= planLevel && !isPlanHeading) {
      spans.push({ start: planStart, end: line.start, reason: 'plan' });
      planStart = -1;
    }
    if (isPlanHeading && planStart < 0) {
      planStart = line.start;
      planLevel = effectiveLevel;
    }
    firstContentSeen = true;
  }
  if (planStart >= 0) spans.push({ start: planStart, end: text.length, reason: 'plan' });

  // Footers of a web page the report was copied from: a strong marker late in the text ends
  // the report; single lines with contact details are dropped wherever they are.
  const lateFrom = Math.floor(text.length * 0.5);
  let footerFrom = -1;
  for (const line of lines) {
    if (line.start >= lateFrom && FOOTER_START.test(line.text)) {
      footerFrom = line.start;
      break;
    }
  }
  for (const line of lines) {
    if (footerFrom >= 0 && line.start >= footerFrom) break;
    if (FOOTER_LINE.test(line.text) && !/[。]/.test(line.text.replace(/[。]\s*$/, ''))) {
      spans.push({ start: line.start, end: line.end, reason: 'footer' });
    }
  }
  if (footerFrom >= 0) spans.push({ start: footerFrom, end: text.length, reason: 'footer' });
  return spans.sort((a, b) => a.start - b.start);
}

export const isInside = (spans: readonly Span[], pos: number): Span | undefined =>
  spans.find((s) => pos >= s.start && pos < s.end);

export interface Clause {
  start: number;
  end: number;
  /** Parenthesis depth at the clause start: a parenthetical is a child of what precedes it. */
  inParen: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  clauses: Clause[];
}

const SENTENCE_END = new Set(['。', '！', '？', '；', ';', '!', '?', '\n']);
const CLAUSE_END = new Set([',', '，', ':', '：']);
const OPEN = new Set(['(', '（']);
const CLOSE = new Set([')', '）']);

/** Sentences (。；！？ and line ends) split into clauses (，：), with parentheticals as their own clauses. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let sStart = 0;
  let cStart = 0;
  let depth = 0;
  let clauses: Clause[] = [];
  const pushClause = (end: number, inParen: boolean) => {
    if (end > cStart) clauses.push({ start: cStart, end, inParen });
    cStart = end + 1;
  };
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text[i] : '\n';
    if (OPEN.has(ch)) {
      pushClause(i, depth > 0);
      cStart = i + 1;
      depth++;
      continue;
    }
    if (CLOSE.has(ch) && depth > 0) {
      pushClause(i, true);
      depth--;
      continue;
    }
    if (SENTENCE_END.has(ch) && !(depth > 0 && ch !== '\n')) {
      pushClause(i, depth > 0);
      if (clauses.length) sentences.push({ start: sStart, end: i, clauses });
      clauses = [];
      sStart = i + 1;
      cStart = i + 1;
      depth = 0;
      continue;
    }
    if (CLAUSE_END.has(ch)) {
      // An ASCII comma between digits is a thousands separator, not a clause break.
      if (ch === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5))) continue;
      pushClause(i, depth > 0);
    }
  }
  return sentences;
}
