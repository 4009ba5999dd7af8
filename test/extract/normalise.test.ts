// Normalisation keeps every offset: one character for one. A year written in Chinese numerals
// (二〇二〇年) becomes the digits the rest of the extractor reads years by.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseText } from '#shared/extract/normalise.ts';
import { extractText } from '#shared/extract/extractReport.ts';

describe('normaliseText', () => {
  it('writes a year in Chinese numerals as digits, and leaves other numerals alone', () => {
    expect(normaliseText('对比二〇二〇年底，一九九八年起，二零二一年')).toBe('对比2020年底，1998年起，2021年');
    expect(normaliseText('全县一〇二人，二〇二〇户，三二〇二〇年')).toBe('全县一〇二人，二〇二〇户，三二〇二〇年');
    // A year of the last century alone in its text, with no zero anywhere.
    expect(normaliseText('始建于一九九八年')).toBe('始建于1998年');
  });

  it('keeps the length of any text, so offsets point into the original', () => {
    const pieces = ['二〇二〇年', '一九九八年', '１２３４', '，', '％', '〇', '零', '年', '人', '　', 'a', '5'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(normaliseText(text)).toHaveLength(text.length);
      }),
    );
  });

  it('reads a year written in Chinese numerals as that year', () => {
    const text = '平江县民政局二〇二一年工作总结\n对比二〇二〇年底全县城乡低保对象41265人。截至二〇二一年十一月底，全县城乡低保对象39486人。\n';
    const result = extractText(text);
    expect(result.period.key).toBe('2021');
    expect(result.facts.map((f) => [f.metric, f.value])).toEqual([['dibao_recipients', 39486]]);
  });
});
