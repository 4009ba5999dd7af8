// Which bureau wrote the report: the unit named before 民政局 (淮南市民政局, 海门区民政局), in the
// title first, then by how often and how early it is named. Other bureaus the text mentions (a
// partner 重庆市渝北区民政局) lose on both counts. Short and former names resolve through the
// divisions data; a name shared by several units is never guessed.
import type { ReportIssue, ReportingUnit } from '../domain/report.ts';
import type { Division, DivisionResolver, Resolution } from '../divisions/types.ts';
import { noUnit } from '../domain/report.ts';
import { isInside, lineAt, type Span } from './structure.ts';
import { hanRunBefore } from './charClass.ts';

const BUREAU = /民政局|民政厅|民政和[一-龥]{1,8}局|民政事务局|民政处|社会事务(?:管理)?局|社会事业局/g;
// 在于都县第十八届人民代表大会…上: a government's report names its county before the congress.
const TITLE_ANCHOR = /(?:20\d\d|二[〇零]\S{2})\s?年|民政|人民政府|第[一二三四五六七八九十]{1,3}届/g;
const MAX_NAME = 18; // 双江拉祜族佤族布朗族傣族自治县 is 15

interface Mention {
  at: number;
  name: string;
  resolution: Resolution;
}

/** The longest division name that ends exactly at `end`, with any name just before it as context. */
function nameEndingAt(text: string, end: number, resolver: DivisionResolver, unitCode?: string): Mention | null {
  // A name is Han characters only: none longer than the run of them before `end` is tried.
  for (let len = hanRunBefore(text, end, MAX_NAME); len >= 2; len--) {
    const name = text.slice(end - len, end);
    // Context only settles which unit a known name is: the names before it are read for those alone.
    if (resolver.resolve(name).kind === 'unknown') continue;
    const resolution = resolver.resolve(name, { nearby: precedingNames(text, end - len, resolver), unitCode });
    return { at: end - len, name, resolution };
  }
  return null;
}

/** A province or city written just before a name (南京市鼓楼区) settles which 鼓楼区 it is. */
function precedingNames(text: string, end: number, resolver: DivisionResolver): string[] {
  const names: string[] = [];
  for (let len = hanRunBefore(text, end, 8); len >= 2; len--) {
    const name = text.slice(end - len, end);
    const r = resolver.resolve(name);
    if (r.kind === 'unit') {
      names.push(r.division.name);
      break;
    }
  }
  return names;
}

const toUnit = (d: Division, usedName: string): ReportingUnit & { nameInText?: string } => ({
  name: d.name,
  adcode: d.adcode,
  level: d.level,
  province: d.province,
  provinceCode: d.provinceCode,
  ...(usedName !== d.name ? { nameInText: usedName } : {}),
});

export interface ReportingUnitFinding {
  unit: ReportingUnit;
  issues: ReportIssue[];
}

export function findReportingUnit(
  text: string,
  excluded: readonly Span[],
  resolver: DivisionResolver,
  unitCode?: string,
): ReportingUnitFinding {
  const mentions: Mention[] = [];
  // A plan section still names its bureau (a signature after 下一步工作打算); only page footers do not count.
  const footers = excluded.filter((s) => s.reason === 'footer');
  for (const m of text.matchAll(BUREAU)) {
    if (isInside(footers, m.index!)) continue;
    const mention = nameEndingAt(text, m.index!, resolver, unitCode);
    if (mention) mentions.push(mention);
  }
  const titleEnd = openingEnd(text);
  if (!mentions.some((m) => m.at < titleEnd)) {
    for (const m of text.slice(0, titleEnd).matchAll(TITLE_ANCHOR)) {
      const mention = nameEndingAt(text, m.index!, resolver, unitCode);
      if (mention) mentions.push(mention);
    }
  }
  if (mentions.length === 0) return { unit: noUnit(), issues: [] };

  // Score each distinct unit: named in the title counts most, then the earliest and most frequent.
  const scores = new Map<string, { score: number; first: Mention }>();
  // A name shared by several units (城中区 in the title) stands for the one the text names in full
  // elsewhere (西宁市城中区民政局 in the signature).
  const named = new Map<string, Mention>();
  for (const m of mentions) if (m.resolution.kind === 'unit' && !named.has(m.resolution.division.adcode)) named.set(m.resolution.division.adcode, m);
  // …but not one of another kind than the text calls itself (北京市朝阳区民政局, a partner, in a text of 全市/我市).
  // Counted over the whole text only when a name is shared, which few are.
  let own: string | null | undefined;
  const ofOwnKind = (c: Division) => {
    own = own === undefined ? ownKind(text) : own;
    return own === null || c.name.endsWith(own);
  };
  const standsFor = (m: Mention): Mention =>
    (m.resolution.kind === 'ambiguous' && m.resolution.candidates.filter(ofOwnKind).map((c) => named.get(c.adcode)).find((n) => n !== undefined)) || m;
  mentions.forEach((written, i) => {
    const m = standsFor(written);
    const key =
      m.resolution.kind === 'unit'
        ? m.resolution.division.adcode
        : `?${m.name}`;
    const entry = scores.get(key) ?? { score: 0, first: m };
    // A line that is only the bureau's name (a signature, or a title's second line) says who wrote it.
    const signature = lineAt(text, written.at).trim().length <= 16;
    entry.score += 1 + (written.at < titleEnd || signature ? 5 : 0) + (i === 0 ? 2 : 0);
    scores.set(key, entry);
  });
  const best = [...scores.values()].sort((a, b) => b.score - a.score || a.first.at - b.first.at)[0].first;
  if (best.resolution.kind === 'unit') return { unit: toUnit(best.resolution.division, best.name), issues: [] };
  if (best.resolution.kind === 'ambiguous') {
    const candidates = best.resolution.candidates;
    // The city above one of them named in the text (我局被西安市民政局评为…) settles which 长安区 wrote it.
    const under = candidates.filter((c) => {
      const parent = c.parentCode ? resolver.get(c.parentCode) : undefined;
      return parent !== undefined && parent.level !== 'province' && text.includes(parent.name);
    });
    if (under.length === 1) return { unit: toUnit(under[0], best.name), issues: [] };
    // 朝阳民政局 in a text that says 全市 and 我市: the one 朝阳 that is a 市.
    const kind = candidates.filter(ofOwnKind);
    if (kind.length === 1 && own !== null) return { unit: toUnit(kind[0], best.name), issues: [] };
    return {
      unit: { ...noUnit(), name: best.name },
      issues: [
        {
          code: 'ambiguous-unit',
          message:
            `报告中的单位名称“${best.name}”对应多个行政区划(${candidates
              .map((c) => `${c.province}${c.adcode}`)
              .join('、')}),无法确定是哪一个。请在上传时选择本单位代码,或在报告中写明所属省市。`,
          detail: { name: best.name, candidates },
        },
      ],
    };
  }
  return { unit: noUnit(), issues: [] };
}

/**
 * The kind of unit the text calls itself (全市, 我市 → 市; 全县 → 县; 全区 → 区), when one word
 * of that kind clearly outnumbers the others; null otherwise.
 */
function ownKind(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(SELF_REFERENCE)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : null;
}
const SELF_REFERENCE = /[全我本]([市区县旗])/g;

/**
 * The end of the title zone: the first two non-empty lines, or 120 characters. A second line
 * that is the opening paragraph counts to its first sentence's end: a bureau praised after it
 * (长汀县民政局被评为…) did not write the report.
 */
function openingEnd(text: string): number {
  let seen = 0;
  for (let i = 0; i < text.length && i < 200; i++) {
    if (seen === 1 && text[i] === '。') return i;
    if (text[i] === '\n' && i > 0 && text[i - 1] !== '\n') {
      seen++;
      if (seen === 2) return i;
    }
  }
  return Math.min(text.length, 120);
}
