// A statistical bulletin's section: numbered statements with their units in parentheses after the
// figure (1.86（万人）), and lines of a label and a bare figure under a 单位： line.
import { describe, expect, it } from 'vitest';
import { extractText } from '#shared/extract/extractReport.ts';

const bulletin = [
  '宁乡市民政局2023年民政事业统计公报',
  '（一）社会救助',
  '1. 年末全市城市低保对象1.86（万人），比上年末减少0.06（万人）。',
  '2. 全年城市低保资金支出11648.2（万元）。',
  '3. 城市低保标准670（元/人·月）；农村低保标准470（元/人·月）。',
  '4. 全年实施临时救助3.17（万人次），临时救助资金支出8914.6（万元），次均救助水平2812（元/人次）。',
  '（二）养老服务',
  '单位：家、张',
  '5. 年末全市养老机构 286',
  '6. 年末全市养老床位 31452',
  '7. 其中：护理型床位 17806',
  '（三）儿童福利',
  '单位：人',
  '8. 年末孤儿 1042',
  '9. 年末事实无人抚养儿童 2916',
  '',
].join('\n');

describe('a statistical bulletin', () => {
  const result = extractText(bulletin);
  const values = Object.fromEntries(result.facts.map((f) => [f.metric, f.value]));

  it('reads a unit in parentheses after its figure, scaled by its 万', () => {
    expect(values).toMatchObject({
      dibao_recipients_urban: 18600,
      dibao_funds_urban: 116482000,
      dibao_standard_urban: 670,
      dibao_standard_rural: 470,
      temp_assistance_cases: 31700,
      temp_assistance_funds: 89146000,
    });
    // The quote holds the unit with its figure.
    expect(result.facts.find((f) => f.metric === 'dibao_recipients_urban')?.quote).toBe('1. 年末全市城市低保对象1.86（万人）');
  });

  it('gives a bare figure the unit of the 单位 line above it, the one its label names where the line lists several', () => {
    expect(values).toMatchObject({ elderly_institutions: 286, elderly_beds: 31452, orphans: 1042, defacto_orphans: 2916 });
    // 其中：护理型床位 is a part of the beds, no figure of its own.
    expect(Object.values(values)).not.toContain(17806);
    for (const f of result.facts) expect(bulletin.slice(f.start, f.end)).toBe(f.quote);
  });

  it('leaves a bare figure with no unit line above it without a unit', () => {
    const text = bulletin.replace('单位：人\n', '');
    const facts = extractText(text).facts;
    expect(facts.map((f) => f.metric)).not.toContain('orphans');
    expect(facts.map((f) => f.metric)).toContain('elderly_beds');
  });
});

describe('lines under a heading that names one programme', () => {
  const report = [
    '兰考县民政局2021年民政工作统计',
    '（一）城乡低保',
    '1.保障人数：15846人。',
    '2.资金来源：上级下达困难群众救助补助资金（含中央、省级）4862万元。',
    '（二）特困人员救助供养',
    '1.供养人数：2318人，其中集中供养：416人；分散供养：1902人。',
    '2.资金发放：基本生活费发放金额1856.4万元；照料护理补贴发放金额213.5万元。',
    '3.供养机构：全县敬老院13所，在院特困人员416人。',
    '（三）临时救助',
    '救助人次：1387人次；支出资金：296.8万元。',
    '（四）社会事务',
    '1.登记人数：3160人。',
    '',
  ].join('\n');
  const values = Object.fromEntries(extractText(report).facts.map((f) => [f.metric, f.value]));

  it('count what the heading names when they name nothing themselves, up to the next heading as high', () => {
    expect(values).toEqual({
      dibao_recipients: 15846,
      tekun_recipients: 2318,
      tekun_centralized: 416,
      tekun_dispersed: 1902,
      tekun_funds: 18564000,
      tekun_care_funds: 2135000,
      temp_assistance_cases: 1387,
      temp_assistance_funds: 2968000,
    });
  });

  it('leave money handed down (上级下达…（含…）4862万元) and those living in a home (在院特困人员) out of the totals', () => {
    expect(Object.values(values)).not.toContain(48620000);
    expect(values.tekun_recipients).toBe(2318);
  });
});

describe('paragraphs under a heading that names one programme', () => {
  const values = (paragraph: string) =>
    Object.fromEntries(
      extractText(['赤峰市民政局2024年第一季度社会救助工作运行情况通报', '（一）最低生活保障', paragraph, '（二）临时救助', '一季度共救助3418人次。', ''].join('\n')).facts.map((f) => [f.metric, f.value]),
    );

  it('read past a clause that only says when the figures stand (截至3月底，…)', () => {
    expect(values('现行保障标准为城市每人每月855元。截至3月底，城市保障对象1.86万户2.91万人，一季度发放保障金4893万元。')).toEqual({
      dibao_standard_urban: 855,
      dibao_recipients_urban: 29100,
      dibao_funds_urban: 48930000,
      temp_assistance_cases: 3418,
    });
  });
});
