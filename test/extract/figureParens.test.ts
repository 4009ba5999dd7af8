// Figures written in parentheses after what they count: 全年保障城市低保对象（1.31万人）.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractText } from '#shared/extract/extractReport.ts';
import { normaliseText } from '#shared/extract/normalise.ts';
import { withFigureParens } from '#shared/extract/figureParens.ts';

const report = (...lines: string[]) => ['宜昌市民政局2022年工作总结', ...lines, ''].join('\n');
const values = (text: string) => Object.fromEntries(extractText(text).facts.map((f) => [f.metric, f.value]));

describe('figures in parentheses', () => {
  it('reads a bare figure in parentheses after its words as the value of those words', () => {
    expect(values(report('全年保障城市低保对象（1.31万人）、农村低保对象（4.86万人），累计发放低保资金（3.12亿元）。'))).toEqual({
      dibao_recipients_urban: 13100,
      dibao_recipients_rural: 48600,
      dibao_funds: 312000000,
    });
  });

  it('reads a 分别 list and a count with its money inside one parenthesis', () => {
    expect(values(report('城市、农村低保标准（分别为每人每月800元、620元）较上年均有提高。全年发放高龄津贴（对象9.86万人、资金5370万元）。'))).toEqual({
      dibao_standard_urban: 800,
      dibao_standard_rural: 620,
      elderly_allowance_recipients: 98600,
      elderly_allowance_funds: 53700000,
    });
  });

  it('reads households before a head count, and 千 with 余, inside one', () => {
    expect(values(report('年末在册低保对象（1927户3146人）。临时救助（3千余人次），困难残疾人生活补贴（4千余人）。'))).toEqual({
      dibao_recipients: 3146,
      temp_assistance_cases: 3000,
      disability_living_subsidy_recipients: 4000,
    });
  });

  it('quotes the original text, parentheses and all', () => {
    const text = report('全市养老机构（198家）、床位（3.06万张）。');
    const beds = extractText(text).facts.find((f) => f.metric === 'elderly_beds')!;
    expect(beds.value).toBe(30600);
    expect(text.slice(beds.start, beds.end)).toBe(beds.quote);
    expect(beds.quote).toContain('（3.06万张）');
  });

  it('leaves asides alone: a breakdown after a figure, what is included, a plan', () => {
    expect(values(report('全年发放低保金4.21亿元（城市1.18亿元、农村3.03亿元）。'))).toEqual({
      dibao_funds: 421000000,
      dibao_funds_urban: 118000000,
      dibao_funds_rural: 303000000,
    });
    expect(values(report('全市共有特困人员1.58万人（含失能特困人员3120人）。'))).toEqual({ tekun_recipients: 15800 });
    expect(values(report('三、2023年工作计划', '城乡低保标准（拟分别提高至每人每月840元、650元）。'))).toEqual({});
  });

  it('changes only the two marks around bare figures, one character for one', () => {
    const text = normaliseText('保障城市低保对象（1.31万人），发放资金4.2亿元（城市1.1亿元）。');
    expect(text).toBe('保障城市低保对象 1.31万人 ，发放资金4.2亿元(城市1.1亿元)。');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'对象（）(),、0123456789.万人元分别为每月含其中') }), (s) => {
        const out = withFigureParens(s);
        expect(out.length).toBe(s.length);
        for (let i = 0; i < s.length; i++) if (out[i] !== s[i]) expect('()').toContain(s[i]);
      }),
    );
  });
});
