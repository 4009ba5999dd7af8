// Items written as a programme's label and its measures as label：value pairs inside one sentence
// (1.城市低保：保障户数612户，保障人数1026人，保障标准640元/人/月，…，全年累计发放资金510.9万元。).
import { describe, expect, it } from 'vitest';
import { extractText } from '#shared/extract/extractReport.ts';

const report = (...lines: string[]) => ['文登区民政局2021年工作总结', '一、社会救助', ...lines, ''].join('\n');
const values = (text: string) => Object.fromEntries(extractText(text).facts.map((f) => [f.metric, f.value]));

describe('label：value items', () => {
  it('gives the money after a standard of a programme the catalogue has no standard for to that programme', () => {
    expect(values(report('2.重度残疾人护理补贴：享受人数7309人，补贴标准70元/人/月，发放资金614.0万元。'))).toEqual({
      disability_care_subsidy_recipients: 7309,
      disability_care_subsidy_funds: 6140000,
    });
  });

  it('reads an average per person (月人均补助水平) as an aside of the item, not a break in it', () => {
    const got = values(report('1.城市低保：保障人数1026人，保障标准640元/人/月，月人均补助水平415元，全年累计发放资金510.9万元。'));
    expect(got).toEqual({ dibao_recipients_urban: 1026, dibao_standard_urban: 640, dibao_funds_urban: 5109000 });
  });

  it('still lets a clause of other money that gave nothing break the thread', () => {
    // 价格临时补贴 is no catalogued programme: the reach after it is not the 低保's.
    const got = values(report('1.城市低保：保障人数1026人，发放价格临时补贴52万元，惠及3200人次。'));
    expect(got).toEqual({ dibao_recipients_urban: 1026 });
  });

  it('reads an item’s number before an age as the number, not a decimal (1.60周岁以上老年人口)', () => {
    const text = ['文登区民政局2021年工作总结', '三、养老服务', '1.60周岁以上老年人口：13.27万人（户籍人口口径）。', '2.养老机构：共28家。', ''].join('\n');
    expect(values(text)).toEqual({ elderly_population: 132700, elderly_institutions: 28 });
  });

  it('takes the people of a figure that names none before it from its note of what it includes', () => {
    const text = ['文登区民政局2021年工作总结', '（五）儿童福利', '4.基本生活费：发放金额609.1万元（含孤儿和事实无人抚养儿童）。', '5.发放资金300万元（含低保对象1200人）。', ''].join('\n');
    // A note that counts a part (低保对象1200人) says what the figure holds, not whose it is.
    expect(values(text)).toEqual({ orphan_funds: 6091000 });
  });

  it('gives a bullet labelled with what of a programme it gives (▲ 基本生活标准：) the programme of the last bullet of its mark that named one', () => {
    const text = [
      '沂水县民政局2022年民政工作简报',
      '二、社会救助',
      '▲ 特困供养：0.72万人，资金0.58亿元。',
      '▲ 供养方式：集中0.15万人／分散0.57万人。',
      '▲ 基本生活标准：城市1209元/人/月；农村10218元/人/年。',
      '■ 临时救助：3265人次，资金896.4万元。',
      '■ 临时救助单次最高：2.4万元（因病致困家庭1户）。',
      '■ 救助管理站：救助流浪乞讨等生活无着人员418人次。',
      '◆ 基本生活标准：每人每月900元。',
      '',
    ].join('\n');
    expect(values(text)).toEqual({
      tekun_recipients: 7200,
      tekun_funds: 58000000,
      tekun_centralized: 1500,
      tekun_dispersed: 5700,
      tekun_standard_urban: 1209,
      tekun_standard_rural: 851.5,
      temp_assistance_cases: 3265,
      temp_assistance_funds: 8964000,
      vagrant_assistance_cases: 418,
    });
  });

  it('gives a plain label line of what a programme gives (保障标准：集中养育…, 基本生活费：本月发放…) the programme of the line before, with words before its figure', () => {
    const text = [
      '城固县民政局2023年11月民政工作简报',
      '二、儿童福利',
      '孤儿：87人（集中养育9人、社会散居78人）。',
      '保障标准：集中养育1650元/人·月，社会散居1250元/人·月。',
      '基本生活费：本月发放32.8万元。',
      '农村留守儿童：3126人。',
      '资金：本月发放1.2万元。',
      '',
    ].join('\n');
    // 资金： after a line that names a programme with no money metric (留守儿童) gives nothing.
    expect(values(text)).toEqual({
      orphans: 87,
      orphan_standard_institutional: 1650,
      orphan_standard_dispersed: 1250,
      orphan_funds: 328000,
      left_behind_children: 3126,
    });
  });

  it('reads the people of other programmes under a heading that breaks the topic down by whom (（二）分对象情况) as the topic’s', () => {
    const text = [
      '湄潭县民政局关于2023年度临时救助工作开展情况的报告',
      '一、临时救助总体情况',
      '2023年，全县共实施临时救助4126人次，支出临时救助资金1058.7万元。',
      '（二）分对象情况。救助低保对象1524人次、特困人员211人次、其他困难群众496人次；其中对非本县户籍困难群众实施临时救助76人次。',
      '二、其他救助',
      '全年累计保障低保对象1.8万人次，特困人员2317人。',
      '',
    ].join('\n');
    // Past the paragraph (and under another heading), a programme's people are its own again.
    expect(values(text)).toEqual({ temp_assistance_cases: 4126, temp_assistance_funds: 10587000, dibao_person_times: 18000, tekun_recipients: 2317 });
  });

  it('reads the people of other programmes in a sentence opening on whom the thread reached (从救助对象看) as the thread’s', () => {
    const text = [
      '于都县民政局2023年1—9月临时救助工作总结',
      '1—9月，全县共实施临时救助8365人次，支出临时救助资金1436.8万元。',
      '从救助对象看，低保对象2947人次，特困人员388人次，其他困难群众1489人次。',
      '全县低保对象1.2万人。',
      '',
    ].join('\n');
    expect(values(text)).toEqual({ temp_assistance_cases: 8365, temp_assistance_funds: 14368000, dibao_recipients: 12000 });
  });

  it('reads money put in under a programme’s heading with its purpose after it (投入资金…，用于保障特困人员基本生活) as the programme’s', () => {
    const text = [
      '江夏区民政局2023年民政资金使用情况报告',
      '2.特困供养。投入资金1862万元，用于保障特困人员基本生活，惠及1324人。',
      '3.特困供养设施。投入资金300万元，用于敬老院改造。',
      '',
    ].join('\n');
    // Money put into building stays no programme money.
    expect(values(text)).toEqual({ tekun_funds: 18620000, tekun_recipients: 1324 });
  });

  it('reads a list of label（unit）：value lines: pairs of units, attributes of the line before, a label’s own time', () => {
    const text = [
      '陇西县民政局2023年民政事业发展情况报告',
      '（一）城乡最低生活保障',
      '城市低保对象（户/人）：1862/3410',
      '农村低保对象（户/人）：14826/38652',
      '农村低保对象上年末数（人）：39867',
      '四、残疾人福利',
      '困难残疾人生活补贴（人）：6183',
      '资金（万元）：583.6',
      '重度残疾人护理补贴（人）：7025',
      '资金（万元）：674.4',
      '农村互助老人幸福院（个）：186',
      '资金（万元）：50.2',
      '',
    ].join('\n');
    expect(values(text)).toEqual({
      dibao_recipients_urban: 3410,
      dibao_recipients_rural: 38652,
      disability_living_subsidy_recipients: 6183,
      disability_living_subsidy_funds: 5836000,
      disability_care_subsidy_recipients: 7025,
      disability_care_subsidy_funds: 6744000,
    });
  });

  it('takes a 合计 line under a heading for the whole the heading names, over a narrower line above it', () => {
    const text = ['新罗区民政局2024年民政业务主要数据', '七、婚姻登记', '结婚登记：386对', '离婚登记：142对', '合计：528对', ''].join('\n');
    expect(values(text)).toEqual({ marriage_registrations: 528 });
    // A total of two populations no family names together is still none.
    expect(values(['某县民政局2022年工作总结', '全年救助临时遇困人员和流浪乞讨人员，共计3200人次。', ''].join('\n'))).toEqual({});
  });

  it('goes on from a label line whose value opens on its unit’s words (保障标准：每人每月1560元) to a line of what was paid', () => {
    const text = ['新罗区民政局2024年9月份民政业务主要数据', '四、儿童福利', '孤儿：23人', '散居孤儿保障标准：每人每月1560元', '本月发放基本生活费：18.92万元', ''].join('\n');
    expect(values(text)).toEqual({ orphans: 23, orphan_standard_dispersed: 1560, orphan_funds: 189200 });
  });
});
