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

  it('reads a thin space between thousands as their separator, and elsewhere as a space', () => {
    expect(normaliseText('共有农村低保对象18\u2009352户31\u202f468人')).toBe('共有农村低保对象18,352户31,468人');
    expect(normaliseText('低保对象3\u200912人，2021\u2009年')).toBe('低保对象3 12人，2021 年');
    const text = '平江县民政局2021年工作总结\n全县共有农村低保对象18\u2009352户31\u2009468人。\n';
    const fact = extractText(text).facts.find((f) => f.metric === 'dibao_recipients_rural');
    expect(fact?.value).toBe(31468);
    expect(text.slice(fact!.start, fact!.end)).toBe(fact!.quote);
  });

  it('reads a clerk’s ，between thousands as their separator, and a list’s ，as a comma', () => {
    expect(normaliseText('城市低保1，032人，发放低保金5，352.6万元，标准60元，300元，1，000元')).toBe('城市低保1,032人，发放低保金5,352.6万元，标准60元，300元，1,000元');
    // A list of bare figures sharing one unit, or after 分别 in its clause, stays a list.
    expect(normaliseText('共120，150，180人')).toBe('共120，150，180人');
    expect(normaliseText('分别为每人每月800，650元')).toBe('分别为每人每月800，650元');
    expect(normaliseText('2020，2021年。1，23人')).toBe('2020，2021年。1，23人');
  });

  it('reads a footnote’s mark after a figure as a space, and a list’s ① as itself', () => {
    expect(normaliseText('城市低保对象1.92万人①、农村低保对象11.36万人²，其中：①集中供养')).toBe('城市低保对象1.92万人 、农村低保对象11.36万人 ，其中:①集中供养');
    const text = '宜春市民政局2024年工作总结\n全市共保障城市低保对象1.92万人①、农村低保对象11.36万人①。\n';
    expect(extractText(text).facts.map((f) => [f.metric, f.value, f.quote])).toEqual([
      ['dibao_recipients_urban', 19200, '全市共保障城市低保对象1.92万人①、农村低保对象11.36万人①'],
      ['dibao_recipients_rural', 113600, '全市共保障城市低保对象1.92万人①、农村低保对象11.36万人①'],
    ]);
  });

  it('keeps the length of any text, so offsets point into the original', () => {
    const pieces = ['二〇二〇年', '一九九八年', '１２３４', '，', '％', '〇', '零', '年', '人', '　', 'a', '5', '\n', '\r\n', '项目', '单位', '数量', '城市低保对象', '│', ',', '指标名称,', '人,', '\u2009', '\u202f', '123'];
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

  describe('a table pasted one cell to a line', () => {
    const cells = ['项目', '单位', '数量', '城市低保对象', '人', '1318', '农村低保资金', '万元', '7893.4', '特困供养人员', '人', '3157'];
    const report = (newline: string) => `宁陵县民政局2023年工作总结\n附表：2023年主要指标完成情况\n${cells.join(newline)}\n\n宁陵县民政局`;

    it('makes each row’s line breaks tabs, and reads its rows, quotes cut from the upload', () => {
      for (const newline of ['\n', '\r\n']) {
        const text = report(newline);
        const normalised = normaliseText(text);
        expect(normalised).toHaveLength(text.length);
        expect(normalised).toContain(newline === '\n' ? '城市低保对象\t人\t1318\n' : '城市低保对象 \t人 \t1318\r\n');
        const result = extractText(text);
        expect(Object.fromEntries(result.facts.map((f) => [f.metric, f.value]))).toEqual({ dibao_recipients_urban: 1318, dibao_funds_rural: 78934000, tekun_recipients: 3157 });
        for (const f of result.facts) expect(text.slice(f.start, f.end)).toBe(f.quote);
      }
    });

    it('leaves lines that only look like one alone: a header without rows, prose after a 单位 line', () => {
      const headerOnly = '项目\n单位\n数量\n全县城市低保对象1318人，农村低保对象23406人。\n';
      expect(normaliseText(headerOnly)).not.toContain('\t');
      const oneRow = '项目\n单位\n数量\n城市低保对象\n人\n1318\n说明：数据截至年底。\n';
      expect(normaliseText(oneRow)).not.toContain('\t');
      // …and the same with a second row is a table.
      expect(normaliseText(oneRow.replace('说明', '农村低保对象\n人\n23406\n说明'))).toContain('农村低保对象\t人\t23406');
    });
  });

  describe('a table exported as comma-separated text', () => {
    const rows = [
      '指标名称,单位,本年,上年,增减%',
      '一、社会救助,,,,',
      '城乡最低生活保障对象合计,人,298614,312457,-4.4',
      '其中：城市低保对象,人,41236,43518,-5.2',
      '　　　农村低保对象,人,257378,268939,-4.3',
      '城市低保保障面,%,1.62,1.71,-0.09个百分点',
      '特困人员救助供养资金支出,万元,48215.7,46398.2,3.9',
    ];
    const report = (newline: string) =>
      ['赣州市民政局2022年度民政事业统计主要指标', '附表：主要统计指标', ...rows, '', '全年支出城乡低保资金1,523,865,000元,较上年增长1.7%。', ''].join(newline);

    it('makes its commas tabs and reads this year’s column, the rows under 其中 as parts', () => {
      for (const newline of ['\n', '\r\n']) {
        const text = report(newline);
        const normalised = normaliseText(text);
        expect(normalised).toHaveLength(text.length);
        expect(normalised).toContain('城市低保保障面\t%\t1.62\t1.71\t-0.09个百分点');
        // The prose after the table keeps its commas, a thousands separator's too.
        expect(normalised).toContain('1,523,865,000元,较上年');
        const result = extractText(text);
        expect(Object.fromEntries(result.facts.map((f) => [f.metric, f.value]))).toEqual({
          dibao_recipients: 298614,
          dibao_recipients_urban: 41236,
          dibao_recipients_rural: 257378,
          dibao_coverage_urban: 1.62,
          tekun_funds: 482157000,
          dibao_funds: 1523865000,
        });
        for (const f of result.facts) expect(text.slice(f.start, f.end)).toBe(f.quote);
      }
    });

    it('leaves comma-separated lines alone without a header naming the columns', () => {
      const text = '某县民政局2022年工作总结\n城市低保对象,人,41236,43518\n农村低保对象,人,257378,268939\n';
      expect(normaliseText(text)).toBe(text);
      // A row of another width ends the table.
      const ended = normaliseText(['指标名称,单位,本年', '城市低保对象,人,41236', '说明,数据来自统计年报,截至年底,不含县本级', ''].join('\n'));
      expect(ended).toContain('城市低保对象\t人\t41236');
      expect(ended).toContain('说明,数据来自统计年报');
    });
  });
});
