// A level raised from a date after the report's period is the next period's; the old level is the period's.
import { describe, expect, it } from 'vitest';
import { extractText } from '#shared/extract/extractReport.ts';
import { periodEndMonth, startsAfterPeriod } from '#shared/extract/levelFrom.ts';

const standardIn = (title: string, body: string) =>
  extractText(`${title}\n${body}\n`).facts.filter((f) => f.metric === 'dibao_standard').map((f) => f.value);

describe('a level set from a date', () => {
  const half = '昆山市民政局2023年上半年工作总结';
  it.each([
    ['自2023年7月1日起全市城乡低保标准由每人每月1095元提高到1165元。', [1095]],
    ['全市城乡低保标准由每人每月1095元提高到1165元，自7月1日起执行。', [1095]],
    ['自2023年7月1日起，全市城乡低保标准提高到每人每月1165元。', []],
    // Raised within the period: the new level is the period's.
    ['自2023年1月1日起全市城乡低保标准由每人每月1025元提高到1095元。', [1095]],
    ['自4月1日起全市城乡低保标准由每人每月1025元提高到1095元。', [1095]],
    // A month with no year and no old level beside it may be last year's: the level stands.
    ['7月1日起，全市低保标准调整为1165元/人·月。', [1165]],
  ])('%s', (body, expected) => {
    expect(standardIn(half, body)).toEqual(expected);
  });

  it('reads a year report’s own months as within it and the next year’s as after it', () => {
    expect(standardIn('昆山市民政局2023年工作总结', '自7月1日起全市城乡低保标准由每人每月1095元提高到1165元。')).toEqual([1165]);
    expect(standardIn('昆山市民政局2023年工作总结', '自2024年1月1日起全市城乡低保标准由每人每月1165元提高到1200元。')).toEqual([1165]);
  });

  it('tells a dated start from an undated one, and none from a date inside the period', () => {
    const end = periodEndMonth({ key: '2023-H1' });
    const at = (s: string) => startsAfterPeriod(s, 0, s.length, end);
    expect(at('自2023年7月1日起')).toBe('dated');
    expect(at('从7月份起')).toBe('undated');
    expect(at('自2023年6月1日起')).toBeNull();
    expect(at('2024年1月开始')).toBe('dated');
    expect(startsAfterPeriod('自2023年7月1日起', 0, 9, periodEndMonth({ key: null }))).toBeNull();
  });
});
