// An earlier year the figures run from (2016年以来) marks a total over years; the report's own
// year or a later one does not. The years are written as character classes by decade, so every
// year is checked here against the plain comparison.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cumulativeFor } from '#shared/extract/markers.ts';

const inChinese = (y: number) => `${y}`.replace(/\d/g, (d) => '〇一二三四五六七八九'[+d]);

describe('cumulativeFor', () => {
  it('marks 年以来 after a year from 2000 up to the one before the report’s, in digits or Chinese numerals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2001, max: 2099 }), fc.integer({ min: 1980, max: 2099 }), fc.boolean(), (reportYear, year, chinese) => {
        const written = `${chinese ? inChinese(year) : year}年以来，全市累计发放`;
        expect(cumulativeFor(reportYear).test(written)).toBe(year >= 2000 && year < reportYear);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the words of a total over years for a report of any year, or none', () => {
    for (const year of [null, 2021]) expect(cumulativeFor(year).test('连续11年开展慈善一日捐')).toBe(true);
  });
});
