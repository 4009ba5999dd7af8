// Attribution looks for mentions and markers only in the sentences it asks about (regions).
// What a region holds must be found as a scan of the whole text finds it; only a match running
// across a sentence break could differ, and such a match is never asked about. A marker's look
// before or after its match (筹集 not before 善款) stops at a line break, as a region does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions } from '#shared/extract/mentions.ts';
import { CLAUSE_SKIP, CUMULATIVE, MarkerIndex, NOT_PAID, PLAN, PLAN_AHEAD, type Region } from '#shared/extract/markers.ts';
import { splitSentences } from '#shared/extract/structure.ts';
import { TimeScopes } from '#shared/extract/timeScope.ts';

const pieces = [
  '全市', '城市低保', '农村', '最低生活保障', '低保', '最', '特困人员', '特困', '对象', '人员', '孤儿', '事实孤儿',
  '新增', '新纳入', '同比', '比上年', '减少', '到', '每月', '每人', '人均', '年人均', '标准', '下达', '筹集', '善款',
  '计划', '力争', '今年', '要', '已', '拟', '开展', '以来', '十三五', '期间', '连续', '5年', '近三年', '累计', '共',
  '发放', '资金', '1.2万人', '3600万元', '520元', '2021年', '、', '（', '）',
];
const breaks = ['，', '。', '；', '\n', '：'];
const reportText = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.constantFrom(...breaks) }), { maxLength: 80 })
  .map((parts) => parts.join(''));

/** Some of the text's sentences, as attribution would choose them. */
const regionsOf = (text: string, keep: boolean[]): Region[] =>
  splitSentences(text)
    .filter((_, i) => keep[i % keep.length])
    .map((s) => ({ start: s.start, end: s.end }));

const inside = (regions: Region[], start: number, end: number) => regions.some((r) => start >= r.start && end <= r.end);
const straddles = (regions: Region[], start: number, end: number) => regions.some((r) => (start < r.end && end > r.end) || (start < r.start && end > r.start));

describe('reading only the regions attribution asks about', () => {
  it('finds the same family mentions inside them as a scan of the whole text', () => {
    fc.assert(
      fc.property(reportText, fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), (text, keep) => {
        const regions = regionsOf(text, keep);
        const whole = findMentions(text);
        fc.pre(!whole.some((m) => straddles(regions, m.start, m.end)));
        expect(findMentions(text, regions)).toEqual(whole.filter((m) => inside(regions, m.start, m.end)));
      }),
      { numRuns: 400 },
    );
  });

  it('answers every question about a stretch inside a region as the whole-text index does', () => {
    fc.assert(
      fc.property(reportText, fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), (text, keep, a, b) => {
        const regions = regionsOf(text, keep);
        fc.pre(regions.length > 0);
        const r = regions[a % regions.length];
        const from = r.start + (a % (r.end - r.start + 1));
        const to = from + (b % (r.end - from + 1));
        for (const marker of [PLAN, PLAN_AHEAD, CLAUSE_SKIP, CUMULATIVE, NOT_PAID]) {
          const whole = new MarkerIndex(marker, text);
          expect(new MarkerIndex(marker, text, regions).firstEndWithin(from, to)).toBe(whole.firstEndWithin(from, to));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reads the time of every figure inside them as the whole text’s time phrases do', () => {
    const times = ['2020年', '上年同期', '去年', '今年', '全年', '上半年', '一季度', '12月份', '1-9月', '截至6月底', '疫情期间', '2021年底'];
    const timeText = fc
      .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces, ...times) }, { weight: 1, arbitrary: fc.constantFrom(...breaks) }), { maxLength: 80 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(timeText, fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), fc.constantFrom('2021', '2021-H1', '2021-Q3', '2021-09'), (text, keep, key) => {
        const regions = regionsOf(text, keep);
        const whole = new TimeScopes(text, { key });
        const read = new TimeScopes(text, { key }, false, regions);
        for (const sentence of regions) {
          for (let at = sentence.start; at <= sentence.end; at++) {
            for (const measure of ['money', 'persons'] as const) expect(read.isOtherTime(sentence.start, at, measure)).toBe(whole.isOtherTime(sentence.start, at, measure));
          }
        }
      }),
      // A year on the line before a 全年 once made it that year's over the whole text only; a label
      // opening the line (上半年：) in a sentence not asked about once reached past its ； only there, and so
      // did another time heading a list (12月份，…；).
      { numRuns: 400, examples: [['2020年\n全年', [false, true], '2021'], ['上半年：；全市', [false, true], '2021'], ['12月份，；全市', [false, true], '2021-09']] },
    );
  });

  it('looks no further past a line break than a region does', () => {
    for (const [marker, text] of [
      [NOT_PAID, '筹集\n善款120万元。'],
      [PLAN_AHEAD, '争取\n中央资金120万元。'],
      [CUMULATIVE, '开展\n以来累计救助320人次。'],
    ] as const) {
      const regions = splitSentences(text).map((s) => ({ start: s.start, end: s.end }));
      const first = regions[0];
      expect(new MarkerIndex(marker, text, regions).firstEndWithin(first.start, first.end)).toBe(new MarkerIndex(marker, text).firstEndWithin(first.start, first.end));
    }
  });

  it('does not look outside them', () => {
    const text = '全市新增低保对象120人。城市低保对象1.2万人。';
    const second = splitSentences(text)[1];
    expect(findMentions(text, [second]).map((m) => text.slice(m.start, m.end))).toEqual(['城市低保']);
    expect(new MarkerIndex(/新增/, text, [second]).firstEndWithin(0, text.length)).toBe(Infinity);
    expect(new MarkerIndex(/新增/, text).firstEndWithin(0, text.length)).toBe(4);
  });
});
