// Report sentences written the way bureaus write them (our own, not the corpus's), each with the
// facts it must yield and nothing else. A sentence stands inside a minimal report so period and
// unit detection do not interfere.
import { describe, expect, it } from 'vitest';
import { extractText } from '#shared/extract/extractReport.ts';

type Expected = Record<string, number>;

const wrap = (body: string) => `某某工作总结\n${body}\n`;

/** One test per sentence: the facts it yields in a minimal report of `bureau`, and nothing else. */
function itYieldsEach(sentences: Array<[string, Expected]>, bureau = '合肥市民政局'): void {
  for (const [sentence, expected] of sentences) {
    it(sentence, () => {
      const r = extractText(`${bureau}2021年工作总结\n${sentence}\n`);
      expect(Object.fromEntries(r.facts.map((f) => [f.metric, f.value]))).toEqual(expected);
    });
  }
}

const cases: Array<[string, Expected]> = [
  // 低保: counts, money, standards, scope, combined clauses
  ['全市共保障城乡低保对象4.52万人,全年累计发放低保金2.36亿元。', { dibao_recipients: 45200, dibao_funds: 236000000 }],
  ['保障城市低保对象1.2万人、资金7800万元,农村低保对象3.1万人、资金1.55亿元。', {
    dibao_recipients_urban: 12000, dibao_funds_urban: 78000000, dibao_recipients_rural: 31000, dibao_funds_rural: 155000000,
  }],
  ['全年城市低保保障8,632人5,120.6万元。', { dibao_recipients_urban: 8632, dibao_funds_urban: 51206000 }],
  // A parenthesis only interrupts the clause: the amount after it is still the 低保 money.
  ['1-6月累计发放低保金(含提标资金)702.6万元。', { dibao_funds: 7026000 }],
  ['全市共有特困人员584人,上半年发放基本生活费和照料护理费共计326.7万元。', { tekun_recipients: 584, tekun_funds: 3267000 }],
  // A run-in label names what its line counts (statistical bulletins are written this way).
  ['城市低保：保障对象486户752人，全年支出资金498.6万元，保障标准每人每月760元。', {
    dibao_recipients_urban: 752, dibao_funds_urban: 4986000, dibao_standard_urban: 760,
  }],
  ['养老机构：共19家，床位2,210张。', { elderly_institutions: 19, elderly_beds: 2210 }],
  // A line that is only a label and its value keeps a longer label.
  ['发放城乡特困人员照料护理补贴资金：36.7万元\n城乡低保对象：4520人', { tekun_care_funds: 367000, dibao_recipients: 4520 }],
  // A line set in deeper than the 其中 line before it goes on breaking the total down; one that is not, does not.
  ['特困供养人员：612人\n  其中：集中供养：198人\n        分散供养：414人', { tekun_recipients: 612, tekun_centralized: 198, tekun_dispersed: 414 }],
  ['特困供养人员：612人\n  其中：集中供养：198人\n分散供养：414人', { tekun_recipients: 612, tekun_centralized: 198 }],
  ['高龄津贴：发放对象6,820人，发放金额498.9万元。', { elderly_allowance_recipients: 6820, elderly_allowance_funds: 4989000 }],
  ['主要数据：城市低保对象2985名、农村低保对象7288名。', { dibao_recipients_urban: 2985, dibao_recipients_rural: 7288 }],
  // A table pasted as text, the unit in the row label.
  ['指标\t数值\n城市低保对象（人）\t1013\n农村低保对象（万人）\t1.96\n城乡低保资金（万元）\t1867.45\n养老机构（家）：23', {
    dibao_recipients_urban: 1013, dibao_recipients_rural: 19600, dibao_funds: 18674500, elderly_institutions: 23,
  }],
  // ...but never a parenthesis in prose.
  ['全市低保对象(含城乡)12000户。', {}],
  // A parenthesis breaking down the amount before it: what was done with the money is said outside.
  ['全年共支出低保资金4.21亿元(城市1.18亿元、农村3.03亿元)。', {
    dibao_funds: 421000000, dibao_funds_urban: 118000000, dibao_funds_rural: 303000000,
  }],
  ['城乡低保标准分别提高到每人每月780元、620元。', { dibao_standard_urban: 780, dibao_standard_rural: 620 }],
  ['城市低保标准由每人每月700元提高到760元,农村低保标准由每人每月560元提高到610元。', {
    dibao_standard_urban: 760, dibao_standard_rural: 610,
  }],
  ['全市城乡低保标准统一调整为690元/月·人。', { dibao_standard: 690 }],
  ['城乡低保标准统一提高至每人每月不低于800元。', { dibao_standard: 800 }],
  ['农村低保标准达到7200元/人/年。', { dibao_standard_rural: 600 }],
  // An average per case or household is no sum of money.
  ['临时救助平均救助水平1801元/人次。', {}],
  ['为困难家庭发放临时救助金，户均1200元/户。', {}],
  ['农村低保标准提高到每人每年5,100元。', { dibao_standard_rural: 425 }],
  // The new standards after 分别提高到 or 统一提高至 are written as the old ones were (每人每月).
  ['城乡低保标准由每人每月660元、420元分别提高到700元、450元。', { dibao_standard_urban: 700, dibao_standard_rural: 450 }],
  // …and so are they after the year each level is of, and in a clause after the one naming the parts.
  ['城乡低保标准分别由2020年的每人每月775元、540元提高到2025年的955元、775元。', { dibao_standard_urban: 955, dibao_standard_rural: 775 }],
  [
    '集中养育、社会散居孤儿基本生活保障标准连续五年提高，分别由每人每月1450元、1000元提高到1870元、1420元。',
    { orphan_standard_institutional: 1870, orphan_standard_dispersed: 1420 },
  ],
  ['全区城乡低保标准由每人每月980元统一提高至1020元。', { dibao_standard: 1020 }],
  // The amount it was raised to is written as the one it was raised from: annual here, not money.
  ['全县城乡低保标准由每人每年8280元提高到8820元，全年发放低保金6153.8万元。', { dibao_standard: 735, dibao_funds: 61538000 }],
  ['城市、农村低保标准分别为每人每年9600元、7200元。', { dibao_standard_urban: 800, dibao_standard_rural: 600 }],
  // 其中 after a total: a part of the same metric is a subset, in this sentence or after a ；.
  ['一季度实施临时救助386人次，支出86.2万元；其中对支出型困难家庭实施临时救助47人次、资金21.3万元。', {
    temp_assistance_cases: 386, temp_assistance_funds: 862000,
  }],
  ['实施临时救助386人次，支出86.2万元，其中对支出型困难家庭实施临时救助47人次、资金21.3万元。', {
    temp_assistance_cases: 386, temp_assistance_funds: 862000,
  }],
  // Person-times beside household-times: the metric counts person-times.
  ['全年共实施临时救助2341户次、3102人次，发放救助资金396.2万元。', { temp_assistance_cases: 3102, temp_assistance_funds: 3962000 }],
  ['累计保障低保对象56.3万人次。', { dibao_person_times: 563000 }],
  ['城市、农村低保保障面分别为1.8%和3.6%。', { dibao_coverage_urban: 1.8, dibao_coverage_rural: 3.6 }],
  ['全县有农村低保对象１２３４５人,支出农村低保资金５６７８万元。', { dibao_recipients_rural: 12345, dibao_funds_rural: 56780000 }],
  ['新增低保对象1250人,退出低保890人。', {}],
  // 今年以来累计 is this year's total; a span of years is not.
  ['今年以来累计发放城乡低保资金3812.6万元。', { dibao_funds: 38126000 }],
  ['十三五以来累计发放城乡低保资金3.8亿元。', {}],
  // A 其中 among the programme's own people counts the programme; among others it does not.
  ['全市持证残疾人12.3万人,其中享受困难残疾人生活补贴2.1万人、重度残疾人护理补贴3.4万人。', {
    disability_living_subsidy_recipients: 21000, disability_care_subsidy_recipients: 34000,
  }],
  ['全市持证残疾人12.3万人,其中重度残疾人3.4万人。', {}],
  ['全市80周岁以上老年人21.5万人,其中享受高龄津贴20.8万人。', { elderly_allowance_recipients: 208000 }],
  ['全市农村儿童8.6万人,其中留守儿童1.2万人。', { left_behind_children: 12000 }],
  // Care facilities of every kind hold all of the institutions; institutions with facilities are not institutions.
  ['全州共有各类养老服务机构（设施）412个，其中养老机构98家、社区养老服务设施314个。', { elderly_institutions: 98 }],
  ['全市养老服务设施达560个，其中养老机构45家。', { elderly_institutions: 45 }],
  ['全市养老服务机构和设施共600个，其中农村互助幸福院400个。', {}],
  ['全市婚姻登记机关全年共受理婚姻登记业务1.86万件，其中办理结婚登记9862对。', { marriage_registrations: 9862 }],
  // People among another population, named in a clause of its own before them.
  ['全市低保对象中，60岁以上老年人2.3万人，残疾人1.1万人。', {}],
  // Orphans of one kind of care are a part; both kinds named together are all of them.
  ['全市现有集中供养孤儿86名、社会散居孤儿1024名。', {}],
  ['全市集中养育和社会散居孤儿共1110名。', { orphans: 1110 }],
  ['在全市低保对象中，城市低保对象1.2万人。', { dibao_recipients_urban: 12000 }],
  // A group no family names (在保对象, 监测对象): every count after it is some of them.
  ['截至12月底，全县在保城乡低保对象14583人。在保对象中，脱贫人口6021人，60周岁以上老年人4107人。', { dibao_recipients: 14583 }],
  // The year's own part after a total says the total ran over more years than the report's.
  ['累计完成特殊困难老年人家庭适老化改造8650户，其中2021年完成1800户。', { home_adaptation_households: 1800 }],
  ['完成困难老年人家庭适老化改造1460户，全年1500户的民生实事任务完成率97.3%。', { home_adaptation_households: 1460 }],
  ['未消除风险的监测对象中，已纳入低保3210人、纳入特困供养185人。', {}],
  ['全县困难群众中，低保对象1.2万人。', { dibao_recipients: 12000 }],
  ['全市共有养老服务站点300个，其中城市社区养老服务站120个。', {}],
  ['全市困难群众45.2万人,其中城市低保对象2.86万人。', {}],
  // The programme's people counted with those above its line hold all of them: the part after 其中 is its count.
  ['全区在册低保、低收入困难群众1.5万多户、3.2万余人，其中低保对象8600余户、1.9万余人。', { dibao_recipients: 19000 }],
  ['全州孤儿、事实无人抚养儿童和艾滋病病毒感染儿童三类对象共计1543名。', {}],
  ['全州孤儿、事实无人抚养儿童和艾滋病病毒感染儿童三类对象共计1543名，其中孤儿412名、事实无人抚养儿童1034名。', { orphans: 412, defacto_orphans: 1034 }],
  ['城市低保、农村低保、特困供养、低保边缘家庭分别为382户561人、3465户5127人、1286户1302人、1542户3217人。', {
    dibao_recipients_urban: 561, dibao_recipients_rural: 5127, tekun_recipients: 1302,
  }],
  // An amount made of programmes' money holds each programme's whole amount.
  ['全年共发放各类社会救助资金5.8亿元,其中低保资金3.6亿元、特困供养资金1.5亿元、临时救助资金0.7亿元。', {
    dibao_funds: 360000000, tekun_funds: 150000000, temp_assistance_funds: 70000000,
  }],
  ['全年投入民生资金12亿元,其中为低保对象发放补贴300万元。', {}],
  // …whether the 其中 opens the next sentence, after a change and a share, and whatever each payment is called.
  ['全年共支出民生资金19.86亿元，比上年增长7.3%，占一般公共预算支出的3.2%。其中：城乡低保资金9.21亿元，孤儿基本生活费3820万元，高龄津贴1.52亿元。', {
    dibao_funds: 921000000, orphan_funds: 38200000, elderly_allowance_funds: 152000000,
  }],
  ['全市共有困难群众45.2万人。其中城市低保对象2.86万人。', {}],
  // Since the Party congress of 2012: over the years.
  ['党的十八大以来，全市累计投入民生资金152.3亿元，其中城乡低保资金78.6亿元。', {}],
  // Programmes listed and closed as an aggregate (等各类) are not the last one named.
  ['发放低保金、特困供养金等各类救助资金3.2亿元。', {}],
  ['发放困难残疾人生活补贴和重度残疾人护理补贴等两项补贴资金2,315万元。', { disability_subsidy_funds: 23150000 }],
  // Another population, counted where it meets the programme, is not the programme's head count.
  ['全市共纳入低保兜底保障的脱贫人口3.2万人。', {}],
  ['享受低保的困难群众3.2万人。', { dibao_recipients: 32000 }],
  // One-off payments to the programme's people are not the programme's money.
  ['为低保对象发放一次性生活补贴560万元。', {}],
  ['春节期间为特困人员发放慰问金120万元。', {}],
  // People among the programme's, and shares of other totals.
  ['低保对象中老年人1.2万人、残疾人0.8万人。', {}],
  ['农村低保标准占上年农村居民人均消费支出的28.6%。', {}],
  ['全市低保对象较上年同期下降8.2%,共计减少3,120人。', {}],
  ['低保对象较上年减少3200人,同比下降5.6%。', {}],
  // 特困
  // 其中 opening a sentence breaks down the total the sentence before ended on...
  ['月均保障城乡低保对象32.4万人。其中,城市低保对象2.86万人,较去年同期减少0.12万人;农村低保对象29.54万人。', {
    dibao_recipients: 324000, dibao_recipients_urban: 28600, dibao_recipients_rural: 295400,
  }],
  // ...and a breakdown of something uncatalogued stays out, whichever sentence it opens.
  ['全市困难群众共计45.2万人。其中,城市低保对象2.86万人。', {}],
  ['全市特困供养人员9876人,其中集中供养2345人,分散供养7531人。', {
    tekun_recipients: 9876, tekun_centralized: 2345, tekun_dispersed: 7531,
  }],
  ['农村特困人员救助供养标准提高至每人每月1050元,城市特困人员供养标准提高至每人每月1280元。', {
    tekun_standard_rural: 1050, tekun_standard_urban: 1280,
  }],
  ['发放特困人员供养金8900万元、护理补贴650万元。', { tekun_funds: 89000000, tekun_care_funds: 6500000 }],
  ['全年发放特困人员基本生活费和照料护理费1,231.5万元。', { tekun_funds: 12315000 }],
  ['失能半失能特困人员集中供养率达到62.5%。', { tekun_disabled_centralized_rate: 62.5 }],
  ['生活不能自理特困人员集中供养率达60.2%。', { tekun_disabled_centralized_rate: 60.2 }],
  // The rate of all 特困人员 in institutions is not the catalogue's rate of the disabled.
  ['全市特困人员集中供养率达到52.3%。', {}],
  // 分别 with nothing listed before it in its clause: the scopes the earlier clauses named, in order.
  ['全县农村特困供养对象5,412人,城市特困人员189人,分别发放供养金5,876万元、264万元。', {
    tekun_recipients_rural: 5412, tekun_recipients_urban: 189, tekun_funds_rural: 58760000, tekun_funds_urban: 2640000,
  }],
  ['全市低保对象1.2万人,分别发放城市低保金3,100万元、农村低保金2,400万元。', {
    dibao_recipients: 12000, dibao_funds_urban: 31000000, dibao_funds_rural: 24000000,
  }],
  // ...and when they do not pair up one to one, no guess at which is which.
  ['全县农村特困供养对象5,412人,城市特困人员189人,分别发放供养金5,876万元、264万元、12万元。', {
    tekun_recipients_rural: 5412, tekun_recipients_urban: 189,
  }],
  ['投入资金3200万元改造提升特困供养服务机构12所。', {}],
  ['特困人员照料护理标准为每人每月300元。', {}],
  // 临时救助, 流浪乞讨
  ['全年实施临时救助1.26万人次,支出临时救助资金2680万元。', { temp_assistance_cases: 12600, temp_assistance_funds: 26800000 }],
  ['累计为4521人次困难群众发放临时救助金1023万元。', { temp_assistance_cases: 4521, temp_assistance_funds: 10230000 }],
  ['其中“救急难”救助560人次120万元。', {}],
  ['救助流浪乞讨人员1862人次,支出救助资金216万元。', { vagrant_assistance_cases: 1862, vagrant_assistance_funds: 2160000 }],
  // A 其中 list in between is a part of the same thread: the amount after it is still theirs.
  ['全年共救助流浪乞讨人员1,236人次,其中站内救助806人次,护送返乡312人次,支出救助资金86.5万元。', {
    vagrant_assistance_cases: 1236, vagrant_assistance_funds: 865000,
  }],
  ['全年救助生活无着人员两千余人次。', { vagrant_assistance_cases: 2000 }],
  // 儿童
  ['全市共有孤儿856人、事实无人抚养儿童1203人,发放基本生活费3150万元。', {
    orphans: 856, defacto_orphans: 1203, orphan_funds: 31500000,
  }],
  ['孤儿和事实无人抚养儿童在保2059人。', { orphans_and_defacto: 2059 }],
  ['集中养育孤儿和社会散居孤儿基本生活保障标准分别提高到每人每月1800元和1350元。', {
    orphan_standard_institutional: 1800, orphan_standard_dispersed: 1350,
  }],
  ['摸排农村留守儿童2.8万名、困境儿童4620名,全部建立信息台账。', { left_behind_children: 28000, distressed_children: 4620 }],
  ['为320名孤儿发放助学金96万元。', {}],
  ['将45名机构养育孤儿纳入“明天计划”。', {}],
  // 残疾人
  ['发放困难残疾人生活补贴4.3万人、5620万元,重度残疾人护理补贴5.1万人、6830万元。', {
    disability_living_subsidy_recipients: 43000, disability_living_subsidy_funds: 56200000,
    disability_care_subsidy_recipients: 51000, disability_care_subsidy_funds: 68300000,
  }],
  ['全年发放残疾人两项补贴1.18亿元。', { disability_subsidy_funds: 118000000 }],
  // A clause after one that gave figures of two populations speaks of both: together, or not at all.
  ['困难残疾人生活补贴惠及1.2万人、重度残疾人护理补贴惠及1.5万人,共发放资金3,260万元。', {
    disability_living_subsidy_recipients: 12000, disability_care_subsidy_recipients: 15000, disability_subsidy_funds: 32600000,
  }],
  ['发放困难残疾人生活补贴412.3万元、重度残疾人护理补贴486.9万元,惠及6,300余人次。', {
    disability_living_subsidy_funds: 4123000, disability_care_subsidy_funds: 4869000,
  }],
  ['全市低保对象1.2万人、特困人员3,100人,共发放救助资金2.1亿元。', { dibao_recipients: 12000, tekun_recipients: 3100 }],
  // 养老
  ['全市60周岁以上户籍老年人口98.6万人,占总人口的21.3%。', { elderly_population: 986000 }],
  ['全市共有养老机构213家、养老床位3.2万张。', { elderly_institutions: 213, elderly_beds: 32000 }],
  // Institutions or beds of one kind are a part of the total.
  ['全县现有民办养老机构6家。', {}],
  ['全市现有公办养老机构11家、民办养老机构5家。', {}],
  ['全县公办养老机构床位1,200张。', {}],
  ['全市共有公办和民办养老机构45家。', { elderly_institutions: 45 }],
  ['全市共有农村敬老院88所、床位6,500张。', {}],
  // Of two values for one metric, the one said to be the whole jurisdiction's.
  ['徽州区社会福利中心(公办养老机构)床位200张;全区养老机构共7家,床位总数890张。', { elderly_institutions: 7, elderly_beds: 890 }],
  ['全市特困供养服务机构床位5,200张。', {}],
  ['新建养老机构5家,新增养老床位800张。', {}],
  ['改造提升农村敬老院床位1200张。', {}],
  ['为12.8万名高龄老人发放高龄津贴9860万元。', { elderly_allowance_recipients: 128000, elderly_allowance_funds: 98600000 }],
  // A head count carried from the clause before: the programme's own people, not anyone else.
  ['80周岁以上老年人高龄津贴实现应发尽发,全年发放582.3万元,惠及老人7,956人。', { elderly_allowance_funds: 5823000, elderly_allowance_recipients: 7956 }],
  ['发放高龄津贴582.3万元,惠及学生120人。', { elderly_allowance_funds: 5823000 }],
  ['发放高龄津贴582.3万元,老年人意外伤害保险参保4.03万人。', { elderly_allowance_funds: 5823000 }],
  ['发放困难残疾人生活补贴1,200万元,疫情期间及时足额发放价格临时补贴超2540万元。', { disability_living_subsidy_funds: 12000000 }],
  ['全年发放低保金1,200万元,惠及困难群众486户752人。', { dibao_funds: 12000000, dibao_recipients: 752 }],
  ['全年发放尊老金6520万元,惠及8.9万人。', { elderly_allowance_funds: 65200000, elderly_allowance_recipients: 89000 }],
  ['完成1500户困难老年人家庭适老化改造。', { home_adaptation_households: 1500 }],
  // 社会组织, 婚姻, 志愿者, 慈善
  ['全市依法登记社会组织2864家。', { social_organizations: 2864 }],
  ['备案的社区社会组织达3400家,取缔非法社会组织6家。', {}],
  ['全年办理结婚登记1.52万对、离婚登记5630对。', { marriage_registrations: 15200 }],
  ['全区有社会组织186家,其中社会团体68家、民办非企业单位118家。', { social_organizations: 186 }],
  ['全市社会组织达到2,350家。', { social_organizations: 2350 }],
  ['组织120家社会组织参与防疫。', {}],
  ['全年共登记结婚1.92万对,离婚5,230对。', { marriage_registrations: 19200 }],
  ['全市实名注册志愿者达到62.4万人。', { volunteers: 624000 }],
  ['全市累计登记志愿者56.3万人,志愿服务时长达1,200万小时。', { volunteers: 563000 }],
  // A county of the reporting city (these reports are 合肥市's) speaks for itself; a partner elsewhere does not.
  ['肥西县共有养老机构18家。', {}],
  ['肥西县民政局积极推进,全县保障低保对象1.2万人。', {}],
  ['肥西县、长丰县等地开展试点,全市共有养老机构120家。', { elderly_institutions: 120 }],
  ['我市与黄山市签订合作协议,全市共有养老机构120家。', { elderly_institutions: 120 }],
  // Counties' shares of a prefecture's total are not the prefecture's figures.
  ['全市城乡低保对象6.8万人,其中怀宁县1.2万人、潜山市0.9万人。', { dibao_recipients: 68000 }],
  ['宿松县、望江县等地特困供养人员达3,200人。', {}],
  ['有活动记录的志愿者21万人。', {}],
  ['全年接收社会捐赠资金3860万元。', { charity_donations: 38600000 }],
  ['连续8年开展慈善一日捐活动,累计募集善款1.2亿元。', {}],
  // Plans, cumulative, noise
  ['力争年底前全市养老床位达到4万张。', {}],
  ['“十四五”期间计划新建养老机构30家。', {}],
  ['联系电话:0551-12345678。', {}],
  ['依据《关于提高城乡低保标准的通知》(皖民发〔2021〕12号)执行。', {}],
  ['在试点乡镇为300名特困人员购买意外伤害保险。', {}],
];

describe('attribution of realistic report sentences', () => {
  itYieldsEach(cases);
});

describe('qualifiers and provenance', () => {
  it('keeps 余/多/近/约 as a flag on the fact', () => {
    const r = extractText('合肥市民政局2021年工作总结\n全市共有特困人员1.3万余人,救助流浪乞讨人员约900人次。\n');
    const byMetric = Object.fromEntries(r.facts.map((f) => [f.metric, f]));
    expect(byMetric.tekun_recipients).toMatchObject({ value: 13000, qualifier: 'lowerBound' });
    expect(byMetric.vagrant_assistance_cases).toMatchObject({ value: 900, qualifier: 'approximate' });
  });

  it('cuts quotes from the original text even when figures were full-width', () => {
    const text = '合肥市民政局2021年工作总结\n全市保障城市低保对象１．２万人,发放资金８，０００万元。\n';
    const r = extractText(text);
    expect(r.facts.length).toBeGreaterThan(0);
    for (const f of r.facts) {
      expect(text.slice(f.start, f.end)).toBe(f.quote);
      expect(f.quote).toMatch(/[０-９]/);
    }
    expect(Object.fromEntries(r.facts.map((f) => [f.metric, f.value]))).toEqual({
      dibao_recipients_urban: 12000,
      dibao_funds_urban: 80000000,
    });
  });

  it('gives lower confidence to figures attributed through earlier clauses', () => {
    const r = extractText('合肥市民政局2021年工作总结\n累计保障城乡低保对象12万人次,发放保障金3亿元。\n');
    const byMetric = Object.fromEntries(r.facts.map((f) => [f.metric, f]));
    expect(byMetric.dibao_funds.confidence).toBeLessThan(byMetric.dibao_person_times.confidence);
  });

  it('drops everything in a plan section but keeps the results before it', () => {
    const r = extractText(
      '合肥市民政局2021年工作总结暨2022年工作计划\n一、2021年工作情况\n全市共有养老机构120家。\n二、2022年工作计划\n全市养老机构达到150家,养老床位2万张。\n',
    );
    expect(r.facts.map((f) => [f.metric, f.value])).toEqual([['elderly_institutions', 120]]);
  });

  it('drops a web page footer', () => {
    const r = extractText(
      '合肥市民政局2021年工作总结\n全市共有养老机构120家。\n' +
        '本站部分信息由相应民事主体自行提供。\n联系电话:0551-65432100 客服QQ:12345678\n版权所有 某某网 备案号12345678号\n',
    );
    expect(r.facts).toHaveLength(1);
  });
});

describe('a report with no catalogued figures', () => {
  it('is rejected with a reason a clerk can act on', () => {
    const r = extractText(wrap('全市民政系统深入学习贯彻党的十九届六中全会精神,扎实推进各项工作。'));
    expect(r.status).toBe('rejected');
    expect(r.facts).toEqual([]);
    expect(r.issues[0].code).toBe('no-figures');
    expect(r.issues[0].message).toMatch(/没有找到/);
  });
});

describe('phrasings the simulator found', () => {
  const more: Array<[string, Record<string, number>]> = [
    ['市救助管理站今年以来,接收救助450人次。', { vagrant_assistance_cases: 450 }],
    ['建档农村留守儿童、困境儿童分别为1101人、177人。', { left_behind_children: 1101, distressed_children: 177 }],
    // 建立“一人一档” for them is the registers kept of all of them, as 建档 is.
    ['为438名农牧区留守儿童、1093名困境儿童建立“一人一档”。', { left_behind_children: 438, distressed_children: 1093 }],
    ['拨付残疾人两项补贴资金3200万元,其中护理补贴对象1547人。', { disability_subsidy_funds: 32000000, disability_care_subsidy_recipients: 1547 }],
    // The count of the pair's people is no metric; its parts, named short, are each subsidy's.
    [
      '发放残疾人两项补贴1203.5万元，惠及残疾人8965名，其中享受生活补贴3412人、护理补贴7356人。',
      { disability_subsidy_funds: 12035000, disability_living_subsidy_recipients: 3412, disability_care_subsidy_recipients: 7356 },
    ],
    ['发放残疾人两项补贴1203.5万元，惠及残疾人8965名，其中一级残疾人3412人。', { disability_subsidy_funds: 12035000 }],
    ['发放残疾人两项补贴1203.5万元，惠及困难群众8965名，其中享受生活补贴3412人。', { disability_subsidy_funds: 12035000 }],
    ['全市老年人口（60岁及以上）144万人。', { elderly_population: 1440000 }],
    ['80周岁以上高龄老人9346人享受尊老金。', { elderly_allowance_recipients: 9346 }],
    ['投入低保资金3094.66万元,保障困难群众生活。', { dibao_funds: 30946600 }],
    ['认真落实低保政策,组织社会救助政策进村入户宣传,覆盖群众1.11万人次。', {}],
  ];
  itYieldsEach(more);
});

describe('lists with the unit written once', () => {
  const lists: Array<[string, Record<string, number>]> = [
    ['城乡低保标准分别为每人每月800，650元。', { dibao_standard_urban: 800, dibao_standard_rural: 650 }],
    ['城乡低保标准分别为800、650元/人/月。', { dibao_standard_urban: 800, dibao_standard_rural: 650 }],
    ['孤儿、事实无人抚养儿童分别为120、150人。', { orphans: 120, defacto_orphans: 150 }],
    ['3、5041名高龄老人高龄补贴发放率100%。', { elderly_allowance_recipients: 5041 }],
  ];
  itYieldsEach(lists);
});

describe('more phrasings bureaus use', () => {
  const more: Array<[string, Record<string, number>]> = [
    ['全年实施临时救助856户次,发放临时救助金98.6万元。', { temp_assistance_cases: 856, temp_assistance_funds: 986000 }],
    ['低保对象由年初的1.2万人减少到1.1万人。', { dibao_recipients: 11000 }],
    ['城市低保月人均保障标准达到680元。', { dibao_standard_urban: 680 }],
    ['城市低保月人均补助水平达到420元。', {}],
    ['特困人员救助供养标准:城市每人每月1200元,农村每人每月900元。', { tekun_standard_urban: 1200, tekun_standard_rural: 900 }],
    ['全县60周岁以上老年人口8.9万人,80周岁以上高龄老人1.2万人。', { elderly_population: 89000 }],
    ['全县共有养老机构23个,其中公办养老机构15个,民办养老机构8个,总床位3200张。', { elderly_institutions: 23, elderly_beds: 3200 }],
    ['全县享受困难残疾人生活补贴3210人、重度残疾人护理补贴4560人,累计发放两项补贴资金1234.5万元。', {
      disability_living_subsidy_recipients: 3210, disability_care_subsidy_recipients: 4560, disability_subsidy_funds: 12345000,
    }],
    ['全县现有孤儿52名(其中集中供养12名,社会散居40名),事实无人抚养儿童86名。', { orphans: 52, defacto_orphans: 86 }],
    // The money paid right after the urban count is the urban money, unless the sentence counted
    // both, opens a new total (全年) or names its own scope.
    ['保障城市低保对象1865户2790人，发放低保金1456万元；保障农村低保对象8976户14567人，发放低保金5678万元。', {
      dibao_recipients_urban: 2790, dibao_funds_urban: 14560000, dibao_recipients_rural: 14567, dibao_funds_rural: 56780000,
    }],
    ['全市城市低保对象2790人，农村低保对象14567人，发放低保金7134万元。', {
      dibao_recipients_urban: 2790, dibao_recipients_rural: 14567, dibao_funds: 71340000,
    }],
    ['保障城市低保对象2790人，全年发放低保金7134万元。', { dibao_recipients_urban: 2790, dibao_funds: 71340000 }],
    ['保障城市低保对象2790人，发放城乡低保金7134万元。', { dibao_recipients_urban: 2790, dibao_funds: 71340000 }],
    ['城市低保标准提高到每人每月720元，发放低保金7134万元。', { dibao_standard_urban: 720, dibao_funds: 71340000 }],
    // Beds right after a count of one kind of home are that kind's, not all the beds.
    ['全县共有乡镇敬老院（特困人员供养服务机构）22所，床位2,150张；民办养老机构3家，床位420张。', {}],
    ['全县共有养老机构86家，其中民办养老机构12家，床位1.2万张。', { elderly_institutions: 86, elderly_beds: 12000 }],
    ['全市共有敬老院22所，全市养老床位总数达到8600张。', { elderly_beds: 8600 }],
    ['全市有公办养老机构45家、民办养老机构75家，床位1.5万张。', { elderly_beds: 15000 }],
    // 临时遇困群众 are 临时救助's people; joined to another population, the count is of both.
    ['全年累计救助临时遇困群众1.3万人次，支出资金2100万元。', { temp_assistance_cases: 13000, temp_assistance_funds: 21000000 }],
    ['救助临时遇困人员和流浪乞讨人员3200人次。', {}],
    ['全县低保对象和特困人员共计2.3万人。', {}],
    // …also when the count comes before them, or their clause comes before the count.
    ['全市共有1.2万名低保对象和特困人员。', {}],
    ['全年救助临时遇困人员和流浪乞讨人员，共计3200人次。', {}],
    // 从X发展到Y: Y is the fact, whatever the verb.
    ['养老机构从48家发展到62家。', { elderly_institutions: 62 }],
    ['养老机构从48家到62家。', { elderly_institutions: 62 }],
    // A count of people who receive the programme named after them: its own people or anyone, not another population.
    ['共有1.2万名老年人享受高龄津贴，发放金额1,450万元。', { elderly_allowance_recipients: 12000, elderly_allowance_funds: 14500000 }],
    ['全市1.2万名80周岁以上老年人享受高龄津贴。', { elderly_allowance_recipients: 12000 }],
    // A performance review's budget and what was spent of it (全年执行): the budget is an aside, the spending paid.
    ['1.城乡最低生活保障资金。年初预算22,600.00万元,全年执行23,876.54万元,按月足额打卡发放至44,758名城乡低保对象。', { dibao_funds: 238765400, dibao_recipients: 44758 }],
    ['5.孤儿及事实无人抚养儿童基本生活费。年初预算850.00万元,全年执行812.64万元。', { orphan_funds: 8126400 }],
    // A count after an act done for those people is of those it reached, unless the act is how the programme counts them.
    ['资助37名就读大中专院校的孤儿和事实无人抚养儿童22.2万元。', {}],
    ['慰问860名特困人员。', {}],
    ['排查3120名农村留守儿童。', { left_behind_children: 3120 }],
    // 街道 after a verb is a street office's system put in place, not a street as the subject.
    ['落实街道临时救助备用金制度，全年办理临时救助142人次。', { temp_assistance_cases: 142 }],
    // A task handed down with a long description of it is a target; what was done against it is the result.
    ['区上下达我街道特殊困难老年人家庭适老化改造任务60户，实际完成63户。', { home_adaptation_households: 63 }],
    // Those of another population put into programmes, item after item, are no programme's head count.
    ['建档立卡贫困户中纳入农村低保7986户24350人、纳入特困供养712人。', {}],
    // Towns counted together, with a street joined to them, are a part of the county.
    ['复兴、马山、高台9个镇及鱼泉街道共保障农村低保对象7,321人、城市低保对象227人。全县共有农村低保对象11,328人。', { dibao_recipients_rural: 11328 }],
    // Money paid to two populations just counted that the catalogue names together is the pair's.
    ['上半年为9847名困难残疾人、12563名重度残疾人发放补贴1268.4万元。', {
      disability_living_subsidy_recipients: 9847, disability_care_subsidy_recipients: 12563, disability_subsidy_funds: 12684000,
    }],
    // A 分别 list whose entries each give households and people (1862户3126人): one entry per pair.
    ['全区城市低保、农村低保、特困供养对象分别为1862户3126人、2375户4218人、612人。', { dibao_recipients_urban: 3126, dibao_recipients_rural: 4218, tekun_recipients: 612 }],
    // A total after the figures of two families is the two together's: the catalogue's 婚姻登记 is 结婚 and 离婚.
    ['全年办理结婚登记2216对，离婚登记903对，合计3119对。', { marriage_registrations: 3119 }],
    ['在册孤儿41人，事实无人抚养儿童133人，合计174人。', { orphans: 41, defacto_orphans: 133, orphans_and_defacto: 174 }],
    // A part of a money total the clause before paid (其中城市…) is read with that clause's paying.
    ['全年累计支出城乡低保资金2.84亿元，其中城市0.76亿元、农村2.08亿元。', { dibao_funds: 284000000, dibao_funds_urban: 76000000, dibao_funds_rural: 208000000 }],
    // The thread's own programme named again later in the clause is no other programme.
    ['上年实施临时救助1.12万人次，今年以来实施8631人次、支出临时救助资金1874万元。', { temp_assistance_cases: 8631, temp_assistance_funds: 18740000 }],
    // 全年 right after a year said before it is that year's.
    ['全年实施临时救助9120人次。2020年全县全年实施临时救助1.31万人次、支出资金2210万元。', { temp_assistance_cases: 9120 }],
    // A correction notice: the figure quoted as corrected is no longer one; the one it became is.
    ['经核实，“全年实施临时救助3.41万人次”更正为“全年实施临时救助3.14万人次”。', { temp_assistance_cases: 31400 }],
    ['原公报中“全市养老床位12860张”调整为“全市养老床位11860张”。', { elderly_beds: 11860 }],
    // A 分别 list item by item: an item naming no catalogued family (补发, 护送返乡) takes its figure with it,
    // and each figure is read by its own item's words, not its siblings'.
    ['上半年办理结婚登记、离婚登记、补发婚姻登记证分别为1204对、466对、152对。', { marriage_registrations: 1204 }],
    ['全县依法登记社会组织、备案社区社会组织分别为228家、617家。', { social_organizations: 228 }],
    ['备案社区社会组织、依法登记社会组织分别为617家、228家。', { social_organizations: 228 }],
    ['县救助站救助生活无着的流浪乞讨人员、护送返乡、协助寻亲分别为142人次、37人次、9人。', { vagrant_assistance_cases: 142 }],
    ['开展巡查、救助流浪乞讨人员分别为56次、142人次。', { vagrant_assistance_cases: 142 }],
    // 分别 before the programmes it hands the figures to.
    ['一季度分别发放城市低保金、农村低保金、特困供养金421.9万元、379.6万元、198.2万元。', { dibao_funds_urban: 4219000, dibao_funds_rural: 3796000, tekun_funds: 1982000 }],
    // 其中 after a standard named without a figure gives its levels.
    ['孤儿基本生活保障标准再次提高，其中集中养育每人每月1600元、社会散居每人每月1200元。', { orphan_standard_institutional: 1600, orphan_standard_dispersed: 1200 }],
    ['城乡低保标准稳步提高，其中城市每人每月800元、农村每人每月620元。', { dibao_standard_urban: 800, dibao_standard_rural: 620 }],
    // Standards of one population and of two together hand on the two together to the money paid after them.
    ['按照集中养育孤儿每人每月1750元、社会散居孤儿和事实无人抚养儿童每人每月1250元的标准，全年发放基本生活费864.55万元。', {
      orphan_standard_institutional: 1750, orphan_standard_dispersed: 1250, orphan_funds: 8645500,
    }],
    // Those a programme was given to, described before their count with 的.
    ['为全县80周岁以上的1.06万名老年人按月发放高龄补贴。', { elderly_allowance_recipients: 10600 }],
    ['为符合条件的1.06万名老年人发放高龄补贴。', { elderly_allowance_recipients: 10600 }],
    ['全市2.8万名困难群众享受低保待遇。', { dibao_recipients: 28000 }],
    ['全市1,200名残疾人享受低保。', {}],
    // 最低保障标准 is no 低保; 分别 hands each kind of orphan its standard.
    ['全省集中养育孤儿、社会散居孤儿基本生活最低保障标准分别提高到每人每月1,600元、1,100元。', {
      orphan_standard_institutional: 1600, orphan_standard_dispersed: 1100,
    }],
    // Beds that are not for the elderly: a hospital's, a mental-health home's.
    ['全市医疗卫生机构床位2.3万张。', {}],
    ['全市共有医疗机构125家，床位2.3万张。', {}],
    ['全市精神卫生福利机构2家，床位600张。', {}],
    // A trade union's or a school's hardship cases are not 特困供养.
    ['市总工会帮扶特困职工1200人，发放帮扶资金360万元。', {}],
    ['资助特困学生860名。', {}],
    // What each person is paid a month is not money paid out in total.
    ['80-89周岁老人每人每月发放高龄津贴50元，90周岁以上每人每月100元，全年发放高龄津贴2,360万元。', { elderly_allowance_funds: 23600000 }],
    // A count of one kind of home is not all the institutions, even with the family carried to it.
    ['养老机构落实常态化疫情防控要求，未发生聚集性疫情，全区共有乡镇敬老院50所，床位2796张。', {}],
    ['全县共有敬老院、福利院等养老机构25家。', { elderly_institutions: 25 }],
    // A parenthesis only interrupts the count's clause: its head and specifiers stand before it.
    ['全市共有养老机构（含敬老院）120家。', { elderly_institutions: 120 }],
    ['全市共有养老床位（含敬老院）1.2万张。', { elderly_beds: 12000 }],
    ['全市养老机构（设施）共120家。', {}],
    ['全市民办养老机构（含公建民营）35家。', {}],
    ['全市养老机构120家（公办45家）床位1.2万张。', { elderly_institutions: 120, elderly_beds: 12000 }],
    // An enumerated topic label names what the sentence after it counts; the quote leaves out one that did not.
    ['三是临时救助。上半年共救助困难群众1286人次，发放临时救助金312.6万元。', { temp_assistance_cases: 1286, temp_assistance_funds: 3126000 }],
    ['2.低保工作。截至6月底，全县共有城乡低保对象10123户18456人。', { dibao_recipients: 18456 }],
    // 为 a household count and a head count: the head count is whom the programme named after it was for.
    ['全年共为1.2万户2.3万人次困难群众发放临时救助金1650万元。', { temp_assistance_cases: 23000, temp_assistance_funds: 16500000 }],
    // Counts of those something was done for are not the programme's head count; those living in a home are the centralised ones.
    ['为特困人员购买意外伤害保险，参保4560人。', {}],
    ['全市特困供养服务机构入住特困人员1860人。', { tekun_centralized: 1860 }],
    // A reserve handed to townships is not money paid out.
    ['临时救助备用金1200万元已下拨到乡镇。', {}],
    // 分别 after a single programme takes the parts the sentence named before it.
    ['城乡低保对象分别为8,765人和3.9万人，分别发放低保金4,567万元、1.23亿元。', {
      dibao_recipients_urban: 8765, dibao_recipients_rural: 39000, dibao_funds_urban: 45670000, dibao_funds_rural: 123000000,
    }],
    ['全市共有事实无人抚养儿童2,345人，发放基本生活补贴1,876万元。', { defacto_orphans: 2345, orphan_funds: 18760000 }],
    // A standard's period written as 年度 before it.
    ['农村低保年度保障标准调整为6000元。', { dibao_standard_rural: 500 }],
  ];
  itYieldsEach(more, '某县民政局');
});

describe('standards written with their period before the amount, or with none', () => {
  const standards: Array<[string, Record<string, number>]> = [
    ['农村低保标准为每月580元。', { dibao_standard_rural: 580 }],
    ['农村低保月保障标准580元。', { dibao_standard_rural: 580 }],
    ['农村低保年保障标准达到6960元。', { dibao_standard_rural: 580 }],
    ['农村低保标准提高到每年6960元。', { dibao_standard_rural: 580 }],
    // A date before the standard is not its period.
    ['10月起城市低保标准提高到每月720元。', { dibao_standard_urban: 720 }],
    // No period written: a standard is never money paid, and one this low can only be monthly.
    ['城市低保标准提高到720元。', { dibao_standard_urban: 720 }],
    ['城乡低保标准分别提高到720元、580元。', { dibao_standard_urban: 720, dibao_standard_rural: 580 }],
    ['城市低保标准由680元提高到720元，全年发放低保金7134万元。', { dibao_standard_urban: 720, dibao_funds: 71340000 }],
    ['城市特困人员供养标准调整为1032元。', { tekun_standard_urban: 1032 }],
    // One this high may be annual: no fact rather than a guess, and not money either.
    ['农村低保标准提高到5040元。', {}],
    ['临时救助标准为3000元。', {}],
    ['高龄津贴标准为100元，全年发放高龄津贴1820万元。', { elderly_allowance_funds: 18200000 }],
    // What a programme pays on average is not its standard; a province's average standard is.
    ['城市低保平均补差每人每月512元。', {}],
    ['农村低保平均补助水平每人每月320元。', {}],
    ['全省城乡低保平均标准分别为每人每月720元、580元。', { dibao_standard_urban: 720, dibao_standard_rural: 580 }],
    // A range is no one standard, whether the unit is written once (800-1000元) or at both ends.
    ['各乡镇农村低保标准在每人每月705元至740元之间，城市低保标准为每人每月935元。', { dibao_standard_urban: 935 }],
    ['农村低保标准为每人每月705元—740元。', {}],
    ['各乡镇农村低保标准在每人每月705元至每人每月740元之间。', {}],
    // …but 由X至Y is a change, and a year after 至 the year the level was reached.
    ['城市低保标准由每人每月700元至760元。', { dibao_standard_urban: 760 }],
    ['农村低保标准由2018年的每人每月575元至2021年的655元。', { dibao_standard_rural: 655 }],
    ['给予每户3000元-5000元的一次性救助，全年支出临时救助资金126万元。', { temp_assistance_funds: 1260000 }],
  ];
  itYieldsEach(standards, '某县民政局');

  it('says on the fact that a standard with no period was read as monthly, at lower confidence', () => {
    const [bare] = extractText('某县民政局2021年工作总结\n城市低保标准提高到720元。\n').facts;
    const [written] = extractText('某县民政局2021年工作总结\n城市低保标准提高到每人每月720元。\n').facts;
    expect(bare.note).toMatch(/按月/);
    expect(written.note).toBeUndefined();
    expect(bare.confidence).toBeLessThan(written.confidence);
  });
});

describe('quotes after a topic label', () => {
  it('leave the label out when it did not name the figure', () => {
    const [fact] = extractText('某县民政局2021年工作总结\n三是项目带动。安排91.5万元专项资金用于330户困难家庭适老化改造。\n').facts;
    expect(fact.quote).toBe('安排91.5万元专项资金用于330户困难家庭适老化改造');
  });
  it('keep it when it did', () => {
    const [fact] = extractText('某县民政局2021年工作总结\n三是临时救助。上半年共救助困难群众1286人次。\n').facts;
    expect(fact.quote).toBe('三是临时救助。上半年共救助困难群众1286人次');
  });
});

describe('lists, parts and asides found in new reports', () => {
  const found: Array<[string, Record<string, number>]> = [
    // 分别 before the parts it hands out, not after them.
    ['全年分别发放城市、农村低保金986万元、8120万元。', { dibao_funds_urban: 9860000, dibao_funds_rural: 81200000 }],
    ['全年分别保障城市、农村低保对象1260人、15680人。', { dibao_recipients_urban: 1260, dibao_recipients_rural: 15680 }],
    ['分别发放城乡低保金986万元、8120万元。', { dibao_funds_urban: 9860000, dibao_funds_rural: 81200000 }],
    ['分别为城市、农村低保对象发放低保金986万元、8120万元。', { dibao_funds_urban: 9860000, dibao_funds_rural: 81200000 }],
    ['分别发放城市低保金986万元、农村低保金8120万元。', { dibao_funds_urban: 9860000, dibao_funds_rural: 81200000 }],
    // Both scopes named together are the whole, not the last one named.
    ['发放城市、农村低保金986万元。', { dibao_funds: 9860000 }],
    ['城市和农村低保对象共1.2万人。', { dibao_recipients: 12000 }],
    // The two disability subsidies, named one by one, each take their figure.
    ['困难残疾人生活补贴和重度残疾人护理补贴分别发放609万元、782万元。', {
      disability_living_subsidy_funds: 6090000, disability_care_subsidy_funds: 7820000,
    }],
    ['困难残疾人生活补贴和重度残疾人护理补贴分别惠及5632人、7245人，分别发放资金609万元、782万元。', {
      disability_living_subsidy_recipients: 5632, disability_care_subsidy_recipients: 7245,
      disability_living_subsidy_funds: 6090000, disability_care_subsidy_funds: 7820000,
    }],
    // A list of figures after a list of as many parts pairs up without 分别.
    ['发放困难残疾人生活补贴、重度残疾人护理补贴609万元、782万元。', {
      disability_living_subsidy_funds: 6090000, disability_care_subsidy_funds: 7820000,
    }],
    ['保障城市、农村低保对象1260人、15680人。', { dibao_recipients_urban: 1260, dibao_recipients_rural: 15680 }],
    ['特困供养人员、孤儿1200人、300人。', { tekun_recipients: 1200, orphans: 300 }],
    ['低保、特困供养对象共1.2万人。', {}],
    // Under a 分别 with no parts of its own, the parts are the nearest clause's, not a programme named further back.
    ['生活不能自理特困人员集中供养率达到42%，困难残疾人生活补贴和重度残疾人护理补贴分别惠及8351人、9655人，分别发放资金861.21万元、838万元。', {
      tekun_disabled_centralized_rate: 42,
      disability_living_subsidy_recipients: 8351, disability_care_subsidy_recipients: 9655,
      disability_living_subsidy_funds: 8612100, disability_care_subsidy_funds: 8380000,
    }],
    // Another programme's people among those a total counted or paid are not that programme's figure…
    ['实施临时救助1563人次，其中低保对象632人次。', { temp_assistance_cases: 1563 }],
    ['发放临时救助资金596万元，其中救助低保对象资金300万元。', { temp_assistance_funds: 5960000 }],
    // …nor is what a parenthesis names carried past it.
    ['全年临时救助1563人次（其中低保对象632人次），支出资金596万元。', { temp_assistance_cases: 1563, temp_assistance_funds: 5960000 }],
    // A part of a combined population, and those receiving a programme, still are.
    ['保障孤儿和事实无人抚养儿童320人，其中孤儿120人。', { orphans_and_defacto: 320, orphans: 120 }],
    ['全市60岁以上老年人口32万人，其中享受高龄津贴3.2万人。', { elderly_population: 320000, elderly_allowance_recipients: 32000 }],
    // Those reached by a one-off payment are not the programme's people.
    ['发放价格临时补贴1200万元，惠及低保对象3.2万人次。', {}],
    ['为低保对象发放一次性生活补贴1200万元，惠及3.2万人次。', {}],
    ['为低保对象发放一次性生活补贴632人次。', {}],
    ['发放低保金1200万元，惠及低保对象3.2万人。', { dibao_funds: 12000000, dibao_recipients: 32000 }],
    ['发放高龄津贴2360万元，惠及8.2万人。', { elderly_allowance_funds: 23600000, elderly_allowance_recipients: 82000 }],
    // The name a carried family was given says what its money is.
    ['发放孤儿基本生活费，全年发放312.5万元。', { orphan_funds: 3125000 }],
    // 年人均 before the amount is a standard's period, not a ratio.
    ['农村低保平均标准达到年人均5168元。', { dibao_standard_rural: 430.67 }],
    ['农村居民年人均可支配收入1.5万元，农村低保标准提高到每人每年5400元。', { dibao_standard_rural: 450 }],
  ];
  itYieldsEach(found);
});

describe('plans, breakdowns and homes found in more new reports', () => {
  const found: Array<[string, Record<string, number>]> = [
    // A target's reach runs past ； to the end of the sentence; 今年要 and 明年 are plans.
    ['今年，我们要力争全市养老床位达到5.2万张；农村低保标准提高到每人每年5600元；完成特殊困难老年人家庭适老化改造2000户。', {}],
    ['今年要完成特殊困难老年人家庭适老化改造2000户。', {}],
    ['明年将农村低保标准提高到每人每月600元。', {}],
    ['今年以来，全市共保障低保对象1.2万人。', { dibao_recipients: 12000 }],
    ['按照年初目标，全年完成适老化改造860户；全年发放低保金1.2亿元。', { dibao_funds: 120000000 }],
    // A breakdown after ； or in the next sentence (。其中，) still has the total's family.
    ['全市特困人员13800人；集中供养4215人，分散供养9585人。', { tekun_recipients: 13800, tekun_centralized: 4215, tekun_dispersed: 9585 }],
    ['全市共有特困人员13800人。其中，集中供养4215人，分散供养9585人。', { tekun_recipients: 13800, tekun_centralized: 4215, tekun_dispersed: 9585 }],
    ['全市共有低保对象3.2万人；城市居民人均可支配收入3.2万元。', { dibao_recipients: 32000 }],
    // The population 60 and over is catalogued, even as a part of the whole population.
    ['全县户籍人口44.6万人，其中60周岁以上老年人12.18万人。', { elderly_population: 121800 }],
    ['全市常住人口320万人，其中农村人口120万人。', {}],
    // Standards the next clause applies to a programme; each takes the scope written before it.
    ['按照集中养育每人每月1900元、社会散居每人每月1460元标准，发放孤儿和事实无人抚养儿童基本生活费186.2万元。', {
      orphan_standard_institutional: 1900, orphan_standard_dispersed: 1460, orphan_funds: 1862000,
    }],
    ['按照城市每人每月800元、农村每人每月600元的标准，为低保对象发放低保金。', { dibao_standard_urban: 800, dibao_standard_rural: 600 }],
    // An amount after 救助…人次、 is what the help cost; a rate does not break the thread.
    ['启动临时救助，全年共救助4.3万人次、1.48亿元。', { temp_assistance_cases: 43000, temp_assistance_funds: 148000000 }],
    ['全市特困人员5.6万人，集中供养率提高到28%，全年发放供养资金5.1亿元。', { tekun_recipients: 56000, tekun_funds: 510000000 }],
    // One home's beds and residents are not the jurisdiction's, nor are a children's or a mental-health home's.
    ['市儿童福利院养育儿童96名，床位200张。', {}],
    ['市精神病福利院收治人员320名，床位400张。', {}],
    ['县社会福利中心现有床位420张，集中供养特困人员186人。', {}],
    ['城关镇敬老院集中供养特困人员86人，全县集中供养特困人员305人。', { tekun_centralized: 305 }],
    ['在敬老院集中供养特困人员5441人。', { tekun_centralized: 5441 }],
    ['全县养老机构（含社会福利中心）36家，床位4863张。', { elderly_institutions: 36, elderly_beds: 4863 }],
    // …but what a home holds is not all its sentence says: an allowance is the jurisdiction's.
    ['县社会福利中心现有床位543张，集中供养特困人员约390人，享受高龄津贴的老年人13289人。', { elderly_allowance_recipients: 13289 }],
    // A clause counting in a measure its 其中 parent did not is a statement of its own.
    ['全县户籍人口213595人，其中60周岁以上老年人3.65万人，各类养老床位775张。', { elderly_population: 36500, elderly_beds: 775 }],
    ['全县户籍人口31.92万人，其中60周岁以上老年人8.7万人，80周岁以上高龄老人1万人享受高龄津贴。', {
      elderly_population: 87000, elderly_allowance_recipients: 10000,
    }],
    ['全市户籍人口261.5万人，其中60周岁以上老年人48万人，为2624户老年人家庭实施居家环境适老化改造。', {
      elderly_population: 480000, home_adaptation_households: 2624,
    }],
    // After ；, a first clause naming nothing continues the total even when later clauses name their own.
    ['全县共有特困人员2508人；集中供养337名，分散供养2171人，实施临时救助200人次。', {
      tekun_recipients: 2508, tekun_centralized: 337, tekun_dispersed: 2171, temp_assistance_cases: 200,
    }],
    // Standards named ahead of their programme, past a date between, and after a ； that counted others.
    ['为7020名农村留守儿童落实监护责任；按照集中养育1387元/人/月、社会散居991元/人/月的标准，截至2021年11月底，发放孤儿和事实无人抚养儿童基本生活费86.58万元。', {
      left_behind_children: 7020, orphan_standard_institutional: 1387, orphan_standard_dispersed: 991, orphan_funds: 865800,
    }],
    ['全县拥有养老床位392张，分布在五个养老机构。', { elderly_beds: 392, elderly_institutions: 5 }],
  ];
  itYieldsEach(found);
});

describe('pairs, levels and parts of the area found in a third set of reports', () => {
  const found: Array<[string, Record<string, number>]> = [
    // Money after two groups pairs with them, with 分别为 (a copula, not 为 someone) or without it.
    ['城市低保对象3.1万人、农村低保对象12.8万人，保障金分别为2.3亿元、7.5亿元。', {
      dibao_recipients_urban: 31000, dibao_recipients_rural: 128000, dibao_funds_urban: 230000000, dibao_funds_rural: 750000000,
    }],
    ['城市低保对象3.1万人、农村低保对象12.8万人，累计支出2.3亿元、7.5亿元。', {
      dibao_recipients_urban: 31000, dibao_recipients_rural: 128000, dibao_funds_urban: 230000000, dibao_funds_rural: 750000000,
    }],
    // Two joined names a later clause's 分别 hands out one each, whether or not the catalogue names them together.
    ['建立农村留守儿童及困境儿童关爱台账，分别登记1.36万人和1254人。', { left_behind_children: 13600, distressed_children: 1254 }],
    // Money after both subsidies' counts is the pair's, also where the living one is called 生活津贴.
    ['为1.2万多名困难残疾人发放生活津贴、1.4万多名重度残疾人发放护理补贴，全年发放资金逾6000万元。', {
      disability_living_subsidy_recipients: 12000, disability_care_subsidy_recipients: 14000, disability_subsidy_funds: 60000000,
    }],
    // …and so do two figures joined by 和.
    ['为困难残疾人和重度残疾人分别发放生活补贴及护理补贴1898.6万元和2042.3万元，惠及1.92万人和1.77万人。', {
      disability_living_subsidy_funds: 18986000, disability_care_subsidy_funds: 20423000,
      disability_living_subsidy_recipients: 19200, disability_care_subsidy_recipients: 17700,
    }],
    ['城市特困人员150人、农村特困人员5.05万人，发放供养金分别为88.6万元、2.13亿元。', {
      tekun_recipients_urban: 150, tekun_recipients_rural: 50500, tekun_funds_urban: 886000, tekun_funds_rural: 213000000,
    }],
    ['城乡低保对象持续稳定，分别为1260人、15680人。', { dibao_recipients_urban: 1260, dibao_recipients_rural: 15680 }],
    // A pair named with both its parts is those parts.
    ['两项补贴：困难残疾人生活补贴2105人、重度残疾人护理补贴3380人，全年发放资金分别为232.4万元、371.8万元。', {
      disability_living_subsidy_recipients: 2105, disability_care_subsidy_recipients: 3380,
      disability_living_subsidy_funds: 2324000, disability_care_subsidy_funds: 3718000,
    }],
    // 急难救助 is a part of 临时救助, not its total.
    ['全年实施急难救助312人次，支出资金168万元。', {}],
    ['全年实施急难救助312人次。全年实施临时救助1.52万人次。', { temp_assistance_cases: 15200 }],
    // 市本级 and 市直管区 leave out the counties; 市本级和各县区 is the whole.
    ['市本级发放低保资金2.1亿元。', {}],
    ['市直管区低保对象1.2万人。', {}],
    ['市本级和各县区共发放低保资金2.1亿元。', { dibao_funds: 210000000 }],
    // The level after a change is the figure; the change is not.
    ['全年发放低保资金较2020年增长6.3%，达5.12亿元。', { dibao_funds: 512000000 }],
    ['全市养老床位比上年增加1860张，达到3.45万张。', { elderly_beds: 34500 }],
    ['登记社会组织比上年增加63家，达到3128家。', { social_organizations: 3128 }],
    ['全年办理婚姻登记比上年减少2300对，为2.86万对。', { marriage_registrations: 28600 }],
    ['实名注册志愿者较上年增长12%，突破95万人。', { volunteers: 950000 }],
    ['全市城乡低保对象比上年减少3126人，总数为8.67万人。', { dibao_recipients: 86700 }],
    // A comparison between does not break the thread, nor is what follows it the reach of nothing.
    ['发放高龄津贴1.38亿元，比上年增长11.2%，惠及老人10.6万人。', { elderly_allowance_funds: 138000000, elderly_allowance_recipients: 106000 }],
    // What the clauses since a carried family's mention said of it names its money.
    ['全县孤儿及事实无人抚养儿童300余名，每月按1,100-1,500元标准发放基本生活费，全年发放480余万元。', { orphans_and_defacto: 300, orphan_funds: 4800000 }],
    // A level with a qualifier: 达到约五千张, 达到超过1800张.
    ['全区养老床位比上年增加209张，达到约五千张。', { elderly_beds: 5000 }],
    ['全区养老床位比上年增加209张，达到超过1800张。', { elderly_beds: 1800 }],
    // 急难救助's figures are nobody's, and no family is carried to them; a 其中 part's name is not carried past it.
    ['全市保障低保对象1.2万人，实施急难救助8人次。', { dibao_recipients: 12000 }],
    ['全年实施临时救助1.52万人次，其中急难救助312人次，支出资金3000万元。', { temp_assistance_cases: 15200, temp_assistance_funds: 30000000 }],
    // A clause opening on the jurisdiction (我县, 本市) starts a new total after a 其中 list.
    ['新增城乡低保对象3419人，其中重度残疾人按单人户纳入低保730人，我县纳入最低生活保障范围的城乡困难群众43333名。', { dibao_recipients: 43333 }],
  ];
  itYieldsEach(found);

  it('quotes a level from the change it follows, so the quote names what it is', () => {
    const [fact] = extractText('合肥市民政局2021年工作总结\n全市养老床位比上年增加1860张，达到3.45万张。\n').facts;
    expect(fact.quote).toBe('全市养老床位比上年增加1860张，达到3.45万张');
  });
});

describe('figures of another period', () => {
  const found: Array<[string, Record<string, number>]> = [
    // Another year, last year, or the same period last year: not this report's.
    ['2020年全市城乡低保标准为每人每月630元。', {}],
    ['截至2020年底，全市养老机构共有120家，床位2.1万张。', {}],
    ['上年同期全市临时救助人次为1.5万人次。', {}],
    ['上年度（2020年）全市办理婚姻登记3.36万对。', {}],
    ['自2022年1月1日起，城乡低保标准提高到每人每月790元。', {}],
    ['2020年全年发放低保资金6.1亿元，2021年全年发放低保资金6.8亿元。', { dibao_funds: 680000000 }],
    ['2020年上半年全市低保对象1.1万人。', {}],
    // One month of an annual report is a part of its money, not all of it…
    ['全年发放城乡低保资金6.8亿元。12月份发放5800万元。', { dibao_funds: 680000000 }],
    // …but a standard or a stock from a month on still stands, and 1月起 is a start.
    ['7月，全市城乡低保标准提高到每人每月690元。', { dibao_standard: 690 }],
    ['1月起，全县低保标准上调至500元/月·人，低保累计救助30202人次。', { dibao_standard: 500, dibao_person_times: 30202 }],
    // The report's own year, an as-of in it, and the year a change starts from are this period's.
    ['截至2021年底，全市养老机构共有120家。', { elderly_institutions: 120 }],
    ['2021年，全市共保障低保对象1.2万人。', { dibao_recipients: 12000 }],
    ['养老机构由上年的198家增加到212家。', { elderly_institutions: 212 }],
    ['养老机构从2020年的80家发展到132家。', { elderly_institutions: 132 }],
    // A quarter labelling its line speaks of that quarter past a ；, and its head count is the quarter's,
    // less sure than the one at the year's end said after it.
    [
      '一、分季度情况\n一季度：全市城市低保对象1138人，发放城市低保金172.6万元；农村低保对象6872人，发放农村低保金688.4万元。\n二、全年情况\n截至12月底，全市城市低保对象1084人、农村低保对象6715人，全年发放城乡低保金3468.6万元。',
      { dibao_recipients_urban: 1084, dibao_recipients_rural: 6715, dibao_funds: 34686000 },
    ],
    ['全市1—9月为1.92万名高龄老人发放高龄补贴1327万元。截至12月底，全年为1.95万名高龄老人发放高龄补贴1786万元。', { elderly_allowance_recipients: 19500, elderly_allowance_funds: 17860000 }],
    // Alone, the quarter's head count is the only one there is; the line's label is no period of the report.
    ['一季度：全市城市低保对象1138人；农村低保对象6872人，发放农村低保金688.4万元。\n截至12月底，全年发放城乡低保金3468.6万元。', { dibao_recipients_urban: 1138, dibao_recipients_rural: 6872, dibao_funds: 34686000 }],
  ];
  itYieldsEach(found);

  it('reads a quarter’s or a month’s own figures in its own report, and an annual report’s 1-11月 as its own', () => {
    const values = (text: string) => Object.fromEntries(extractText(text).facts.map((f) => [f.metric, f.value]));
    expect(values('合肥市民政局2022年第三季度工作情况\n第三季度全市发放低保资金2800万元。\n')).toEqual({ dibao_funds: 28000000 });
    expect(values('合肥市民政局2022年11月份工作总结\n11月份全市发放低保资金2800万元。\n')).toEqual({ dibao_funds: 28000000 });
    expect(values('合肥市民政局2022年工作总结\n1-11月，全市发放低保资金2.8亿元。\n')).toEqual({ dibao_funds: 280000000 });
    // …but a quarter's money in an annual report is a part of it.
    expect(values('合肥市民政局2022年工作总结\n一、社会救助\n全年工作有序推进。\n兜底保障不断加强。\n三季度全市发放低保资金2800万元。\n')).toEqual({});
  });

  it('reads a range of months that is the report’s own half as this period, after another year', () => {
    const r = extractText('某区民政局2023年下半年工作总结\n2022年全区城乡低保对象2.02万人，发放低保资金4862.06万元，7-12月，发放临时救助金144.1万元，惠及困难群众592人次。\n');
    expect(Object.fromEntries(r.facts.map((f) => [f.metric, f.value]))).toEqual({ temp_assistance_funds: 1441000, temp_assistance_cases: 592 });
  });

  it('reads a half-year report’s figures, not the full year restated beside them', () => {
    const r = extractText('曲靖市民政局2023年上半年工作总结\n1-6月，全市发放低保金6.38亿元。2022年全年，全市累计发放低保金12.41亿元，全市城乡低保对象年末为39.15万人。\n');
    expect(Object.fromEntries(r.facts.map((f) => [f.metric, f.value]))).toEqual({ dibao_funds: 638000000 });
  });
});

describe('totals over years and figures of other places', () => {
  const found: Array<[string, Record<string, number>]> = [
    // A clause naming only a span of years leads into the total after it.
    ['十三五期间，全市累计发放城乡低保资金18.6亿元。', {}],
    ['自2016年以来，全市累计救助流浪乞讨人员1.2万人次。', {}],
    // An earlier year the figures run from, in digits or in Chinese numerals, without 自; the
    // report's own year (2021年以来 in a 2021 report) runs from January and is the period's.
    ['2016年以来，全市累计发放临时救助资金3.2亿元。', {}],
    ['二〇一六年以来，全市累计发放临时救助资金3.2亿元。', {}],
    ['2021年以来，全市累计发放临时救助资金3200万元。', { temp_assistance_funds: 32000000 }],
    ['2019年以来，城市低保标准连续三次提高，目前达到每人每月800元。', { dibao_standard_urban: 800 }],
    // Donations in money and goods together: the money given as their part is the metric's.
    ['开展慈善一日捐活动，全年慈善募集款物3680万元，其中资金2950万元。', { charity_donations: 29500000 }],
    // …also when the 其中 opens the next sentence, after a change.
    ['全市共接收慈善捐赠款物9.86亿元，同比增长6.3%。其中，接收捐赠资金8.37亿元，接收捐赠物资折价1.49亿元。', { charity_donations: 837000000 }],
    ['全市共接收社会捐赠款物合计5.87亿元，同比增长12.3%，其中货币捐赠4.62亿元、物资折价1.25亿元。', { charity_donations: 462000000 }],
    ['全年接收社会捐赠款物3680万元。', { charity_donations: 36800000 }],
    // An inclusion note says what a figure holds, not which part it is; a population with another
    // included in it is the two together.
    ['全年累计发放特困供养金（含照料护理补贴）7215.6万元，其中照料护理补贴586.3万元。', { tekun_funds: 72156000, tekun_care_funds: 5863000 }],
    ['全县保障孤儿（含事实无人抚养儿童）1,143人，其中机构集中养育52人。', { orphans_and_defacto: 1143 }],
    ['全县保障孤儿（含事实无人抚养儿童）1,143人（其中机构集中养育52人）。', { orphans_and_defacto: 1143 }],
    ['全县保障孤儿和事实无人抚养儿童1,143人，其中孤儿352人。', { orphans_and_defacto: 1143, orphans: 352 }],
    // A parenthesis that only interrupts a 其中 part leaves it a part; 共有 after the parts is the whole again.
    ['全县现有养老机构22家，其中公办福利院（敬老院）11家，共有养老床位2680张。', { elderly_institutions: 22, elderly_beds: 2680 }],
    // Grown to a number is a stock statement of social organisations, as 共有 and 达 are.
    ['全市社会组织由2018年底的2986家发展到4862家。', { social_organizations: 4862 }],
    // A plan's figure is the thread's too: the result after it keeps the family.
    ['实施特殊困难老年人家庭适老化改造项目，原计划改造一千五百户，实际完成一千六百二十户。', { home_adaptation_households: 1620 }],
    // A clause turning to the whole area after one that said more than a time is of its own time.
    ['本月，县民政局对全县社会组织开展2020年度年检工作，全县登记社会组织318家。', { social_organizations: 318 }],
    ['2020年，全县登记社会组织318家。', {}],
    // A clause opening on the report's own months after a span of years starts the period's figure.
    ['实施特殊困难老年人家庭适老化改造，2019—2020年完成改造1420户，2021年1—9月完成改造440户。', { home_adaptation_households: 440 }],
    ['2019—2020年完成改造1420户，2021年1—9月完成适老化改造440户，“十四五”以来累计完成1860户。', { home_adaptation_households: 440 }],
    ['近五年累计完成适老化改造12000户。', {}],
    ['2019年至2021年累计发放高龄津贴2.8亿元。', {}],
    ['开展婚姻登记工作以来，累计办理婚姻登记80万对。', {}],
    ['全市历年累计登记社会组织1560家，注销、撤销330家。', {}],
    // …but the past year is this period, and a stock named in its own clause after a total over years stands.
    ['一年来，全市共发放城乡低保资金12.6亿元。', { dibao_funds: 1260000000 }],
    ['连续11年开展慈善一日捐，共募集善款3000万元，全市登记社会组织1230家。', { social_organizations: 1230 }],
    // The province's and the nation's figures in a city's report are context, not the city's.
    ['全省农村低保平均标准达到每人每月620元，我市达到每人每月720元。', { dibao_standard_rural: 720 }],
    ['民政部数据显示，全国共有养老机构3.6万个、床位503.6万张。', {}],
    ['全市共有经民政部门许可或备案的养老机构17个。', { elderly_institutions: 17 }],
    // A town, a zone or the town area is a part of the unit.
    ['三河镇共有低保对象860人，特困人员120人。', {}],
    ['经开区共有低保对象320人，特困人员45人。', {}],
    // A part of a total that streets or towns account for is theirs, not the unit's; 城镇 and 乡镇 are no town's names.
    ['全区发放残疾人生活补贴412.8万元，其中前进街道、民权街道两项补贴合计发放87.2万元。', { disability_living_subsidy_funds: 4128000 }],
    // …in its own clause only; a street's community, or 该社区, is a part too.
    ['全区共有低保对象2713人，其中唐家墩街道412人、汉兴街道365人，全年累计发放低保金2486.3万元。', { dibao_recipients: 2713, dibao_funds: 24863000 }],
    ['唐家墩街道新建社区低保对象最多，达到71人，该社区全年发放低保金63.4万元。', {}],
    ['全县特困人员1862人，其中城镇特困人员300人。', { tekun_recipients: 1862, tekun_recipients_urban: 300 }],
    ['救助管理站全年救助流浪乞讨人员2316人次，其中护送返乡417人次，站内救助支出152.6万元。', { vagrant_assistance_cases: 2316, vagrant_assistance_funds: 1526000 }],
    // 为…80周岁以上X名老年人发放高龄津贴: the count is of those the allowance was for.
    ['为全市80周岁以上7.92万名老年人发放高龄补贴5702万元。', { elderly_allowance_recipients: 79200, elderly_allowance_funds: 57020000 }],
    // An approval limit (审批权限提高到3000元) is no money paid.
    ['乡镇临时救助审批权限提高到3000元，全年支出临时救助资金598.3万元。', { temp_assistance_funds: 5983000 }],
    // A town's sentence goes on under a new time; only the whole area named again ends it.
    ['城关镇共有低保对象3018人，全年实施临时救助326人次，全县共有特困人员1052人。', { tekun_recipients: 1052 }],
    ['分水镇辖35个行政村（社区），年末在册低保对象912人，全年发放临时救助金98.4万元。', {}],
    ['城区共有养老机构32家、床位6800张。', {}],
    ['有6个县区农村低保标准达到每人每月700元以上。', {}],
    ['城镇共有低保对象860人。', { dibao_recipients_urban: 860 }],
    // A clause opening on a verb of its own is the whole's again; another time holds to its ；.
    ['城关镇共有低保对象3018人，特困人员1052人，保障城市特困供养人员672人373万元。', { tekun_recipients_urban: 672, tekun_funds_urban: 3730000 }],
    // A town or street the subject of its sentence's verbs: every clause after is still its, until the whole is named.
    ['北山街道率先试点主动推送机制，年末在册低保家庭87户126人，全年发放低保金148.3万元。西溪街道依托“浙里救”平台，全年实施临时救助215人次。全区全年发放低保金6386.2万元。', { dibao_funds: 63862000 }],
    ['三墩镇建成社区老年食堂9家；留下街道聚焦老旧小区，完成困难老年人家庭适老化改造52户，全区完成困难老年人家庭适老化改造386户。', { home_adaptation_households: 386 }],
    // A verb or preposition before 街道 makes no street's name (赋予街道（镇）…审批权限).
    ['赋予街道（镇）临时救助备用金审批权限，1—11月累计实施临时救助1127人次。', { temp_assistance_cases: 1127 }],
    ['上年同期全县临时救助401人次；城市低保保障面为3%。', { dibao_coverage_urban: 3 }],
  ];
  itYieldsEach(found);

  it('reads 全市 in a county’s report as the city above it, and in a county-level city’s as its own', () => {
    const values = (title: string) => Object.fromEntries(extractText(`${title}\n全市共有养老机构120家。\n`).facts.map((f) => [f.metric, f.value]));
    expect(values('舒城县民政局2021年工作总结')).toEqual({});
    expect(values('义乌市民政局2021年工作总结')).toEqual({ elderly_institutions: 120 });
  });
});

describe('other money for a programme’s people, and people among others', () => {
  const found: Array<[string, Record<string, number>]> = [
    // Money paid to a programme's people that is not the programme's own.
    ['全年为低保对象发放电费补贴320万元。', {}],
    ['为低保对象代缴城乡居民养老保险费1200万元，惠及6.5万人。', {}],
    ['一次性增发1个月低保金，共发放2600万元。', {}],
    ['为3200名困难残疾人发放一次性生活补贴160万元。', {}],
    ['全年为困难残疾人发放春节慰问金320万元，惠及6400人。', {}],
    ['全市民政系统干部职工为河南灾区捐款120万元。', {}],
    ['全年接收慈善捐赠资金5600万元。', { charity_donations: 56000000 }],
    // People among another population, and those a clause did something to.
    ['特困人员中失能半失能人员3200人。', {}],
    ['全市低保对象中60周岁以上老年人3.2万人。', {}],
    ['全市留守儿童中由祖父母监护的2.6万人。', {}],
    ['城乡低保对象中重度残疾人1.3万人。', {}],
    ['全年入户核查城乡低保对象8.6万人。', {}],
    ['全年走访慰问特困人员6800人。', {}],
    ['全市低保对象子女就学资助860人。', {}],
    ['资助孤儿大学生86名。', {}],
    // …unless that is how the programme counts its people.
    ['全县共排查农村留守儿童811人。', { left_behind_children: 811 }],
  ];
  itYieldsEach(found);
});

describe('targets, beds and look-alikes a trap hunt found', () => {
  const found: Array<[string, Record<string, number>]> = [
    // Targets written inside a sentence, and what was done against one.
    ['下一步，市民政局将推动全市登记社会组织达到3000家。', {}],
    ['今年计划救助流浪乞讨人员3000人次。', {}],
    ['计划投入资金800万元，为2000户特殊困难老年人家庭实施适老化改造。', {}],
    // 计划为/计划对 whom: the plan's figure, then what is done against it.
    ['今年计划为320户特殊困难老年人家庭实施适老化改造，截至6月底已完成146户。', { home_adaptation_households: 146 }],
    // A plan or a task by its number (计划200户, 任务500户) is a target; a task said done (任务600户于12月全部完工) is not.
    ['年度特殊困难老年人家庭适老化改造计划200户，已完工168户。', { home_adaptation_households: 168 }],
    ['特殊困难老年人家庭适老化改造任务500户，实际完成536户。', { home_adaptation_households: 536 }],
    ['计划对300户困难老年人家庭实施适老化改造，目前已完成120户。', { home_adaptation_households: 120 }],
    ['省下达我市适老化改造任务500户，截至年底已完成480户。', { home_adaptation_households: 480 }],
    // Beds that are not all elderly-care beds.
    ['全市养老机构空置床位1.3万张。', {}],
    // Those living in homes of one kind are some of the centralised: a count of all of them wins, and none said, they stand.
    ['全市现有农村敬老院（特困人员供养服务机构）13所，床位1580张，集中供养特困人员612人。全市特困人员3186人，其中集中供养735人、分散供养2451人。', {
      tekun_recipients: 3186, tekun_centralized: 735, tekun_dispersed: 2451,
    }],
    ['全市现有农村敬老院13所，集中供养特困人员612人。', { tekun_centralized: 612 }],
    // A count after a note of what it includes, then the next item after a 、: the next item's name is not the count's.
    ['全县养老机构（含乡镇敬老院）19家、养老床位1046张。', { elderly_institutions: 19, elderly_beds: 1046 }],
    // Money first, what it was paid for after (投入资金…，用于发放…): that programme's money, quoted with its purpose; not money to build.
    ['投入资金312万元，用于发放孤儿和事实无人抚养儿童基本生活费，惠及186人。', { orphan_funds: 3120000, orphans_and_defacto: 186 }],
    ['另投入资金416万元，用于发放特困人员照料护理补贴。', { tekun_care_funds: 4160000 }],
    ['投入资金1862万元，用于保障特困人员基本生活，惠及1324人。', { tekun_funds: 18620000, tekun_recipients: 1324 }],
    ['投入资金3600万元，用于建设街道综合养老服务中心3个。', {}],
    // The towns' institutions alone, or the countryside's, are not all of them; nor are their beds.
    ['全市现有城市养老机构23家（公办4家、民办19家），设置床位4120张。全市农村养老机构床位1580张。', {}],
    // Institutions' and community facilities' beds together are more than the institutions'.
    ['全县现有养老机构21家，床位2680张。以上机构和社区养老床位合计4100张。', { elderly_institutions: 21, elderly_beds: 2680 }],
    ['全市共有残疾人福利机构12家、床位860张。', {}],
    // A population the subsidy is for is not those receiving it; 65 and over is not 60 and over.
    ['全市共有重度残疾人3.2万人。', {}],
    ['为1.2万名重度残疾人发放护理补贴2300万元。', { disability_care_subsidy_recipients: 12000, disability_care_subsidy_funds: 23000000 }],
    ['全市65周岁以上老年人口达到98.5万人。', {}],
    // Staff, unregistered groups and average top-ups look like the catalogue's words and are not.
    ['全市设置低保协理员1860名。', {}],
    ['全市共有未登记社会组织（群众活动团队）1200个。', {}],
    ['全年城乡低保平均补差分别为每人每月520元、410元。', {}],
    // What the clause did to them after the programme's name (护送返乡), one centre's beds, the province by name.
    ['全年救助站护送返乡受助人员320人次，帮助68名受助人员寻亲成功。', {}],
    ['桃花镇养老服务中心床位120张。', {}],
    ['安徽省城市低保平均标准提高到每人每月700元。', {}],
  ];
  itYieldsEach(found);
});

describe('list items, groups and local names a fourth set of reports found', () => {
  const found: Array<[string, Record<string, number>]> = [
    // A numbered item whose label names what its figures count.
    ['2、事实无人抚养儿童：2315人。', { defacto_orphans: 2315 }],
    ['1、临时救助：3.16万人次、6821万元。', { temp_assistance_cases: 31600, temp_assistance_funds: 68210000 }],
    // An amount alone in its clause after an item's count is that item's money.
    ['1.困难残疾人生活补贴：6.12万人，3671万元。', { disability_living_subsidy_recipients: 61200, disability_living_subsidy_funds: 36710000 }],
    ['城市低保：2.63万人，1.86亿元。', { dibao_recipients_urban: 26300, dibao_funds_urban: 186000000 }],
    // A programme's share for one group is not its total.
    ['实施临时救助4.36万人次，支出资金9862万元。为困难退役军人实施临时救助1632人次、资金326万元。', {
      temp_assistance_cases: 43600, temp_assistance_funds: 98620000,
    }],
    ['为受疫情影响的困难群众实施临时救助2300人次。', {}],
    ['为困难群众实施临时救助2300人次。', { temp_assistance_cases: 2300 }],
    // Whom it was for, named before the count; and a local name of the allowance.
    ['为80岁以上老人1.1万人发放高龄津贴660万元。', { elderly_allowance_recipients: 11000, elderly_allowance_funds: 6600000 }],
    ['发放长寿保健金（高龄津贴）3127万元，惠及4.86万名80周岁以上老年人。', { elderly_allowance_funds: 31270000, elderly_allowance_recipients: 48600 }],
    // The subsidy named earlier in the sentence says what the people counted after it receive.
    ['1—11月共发放残疾人两项补贴资金8736万元，惠及困难残疾人5.2万人、重度残疾人6.9万人。', {
      disability_subsidy_funds: 87360000, disability_living_subsidy_recipients: 52000, disability_care_subsidy_recipients: 69000,
    }],
    // Screening is how 困境儿童 are counted; 老年人家庭 are whom homes are adapted for.
    ['全市共排查困境儿童6847名，将其中3215名纳入分类保障。', { distressed_children: 6847 }],
    ['为困难老年人家庭实施适老化改造210户。', { home_adaptation_households: 210 }],
  ];
  itYieldsEach(found);

  it('quotes an amount alone in its clause from the item it belongs to', () => {
    const facts = extractText('合肥市民政局2021年工作总结\n城市低保：2.63万人，1.86亿元。\n').facts;
    expect(facts.find((f) => f.metric === 'dibao_funds_urban')?.quote).toBe('城市低保：2.63万人，1.86亿元');
  });
});

describe('sub-items under a labelled line', () => {
  it('count what the line names', () => {
    const r = extractText('合肥市民政局2021年工作总结\n3.特困供养：\n（1）集中供养2103人；\n（2）分散供养9083人。\n4.临时救助：\n（1）救助3.16万人次；\n');
    expect(Object.fromEntries(r.facts.map((f) => [f.metric, f.value]))).toEqual({ tekun_centralized: 2103, tekun_dispersed: 9083, temp_assistance_cases: 31600 });
  });
  it('and only the sub-items right below it', () => {
    const r = extractText('合肥市民政局2021年工作总结\n3.特困供养：\n全年集中供养2103人。\n');
    expect(r.facts).toEqual([]);
  });
});

describe('money allocated, budgeted or left over is not money paid', () => {
  const found: Array<[string, Record<string, number>]> = [
    ['中央下达我市城乡低保补助资金3.2亿元。', {}],
    ['全年城乡低保资金预算安排5.2亿元。', {}],
    ['违规享受低保资金56万元。', {}],
    ['全年筹集城乡低保资金4.8亿元，已发放4.5亿元。', { dibao_funds: 450000000 }],
    ['上级下达临时救助资金2300万元，实际支出1980万元。', { temp_assistance_funds: 19800000 }],
    ['全年筹集善款3200万元。', { charity_donations: 32000000 }],
  ];
  itYieldsEach(found);
});

describe('subsets, parts and periods a fifth set of reports and a second trap hunt found', () => {
  const found: Array<[string, Record<string, number>]> = [
    // People of another population put into a programme, or counted into the next one.
    ['在建档立卡贫困人口中纳入低保兜底保障8.6万人。', {}],
    ['将2315名监测对象纳入低保、156名纳入特困供养。', {}],
    ['全市纳入低保保障范围的城乡困难群众43333名。', { dibao_recipients: 43333 }],
    // A share for one group before the total does not replace it.
    ['对边缘易致贫户实施临时救助1230人次。全年累计实施临时救助5620人次。', { temp_assistance_cases: 5620 }],
    // Short sentences: the next one opening on nothing of its own goes on with the total's programme.
    ['全县共有特困人员2486人。分散供养2074人。', { tekun_recipients: 2486, tekun_dispersed: 2074 }],
    ['全县共有孤儿87人。全年共发放基本生活费412.6万元。', { orphans: 87, orphan_funds: 4126000 }],
    ['全年共发放高龄津贴326万元。惠及高龄老人4138人。', { elderly_allowance_funds: 3260000, elderly_allowance_recipients: 4138 }],
    ['特困供养人员1286人，其中集中供养人员538人、分散供养人员748人。', { tekun_recipients: 1286, tekun_centralized: 538, tekun_dispersed: 748 }],
    // The disabled among 特困人员 are a part, whose centralised share is the catalogue's rate.
    ['全市有失能半失能特困人员3200人，集中供养率58%。', { tekun_disabled_centralized_rate: 58 }],
    ['全市有失能半失能特困人员3200人，已集中供养1860人。', {}],
    // Their own count in between keeps the thread to their rate; a clause naming the whole again ends it.
    ['全市失能半失能特困人员3200人，集中供养287人，集中供养率达到53.8%。', { tekun_disabled_centralized_rate: 53.8 }],
    ['全市失能半失能特困人员3200人，全市特困人员集中供养率达到33.8%。', {}],
    // A share said in words, in a clause of its own, is no new subject either.
    ['全市共有特困人员12345人，其中约三分之一在乡镇敬老院集中供养，集中供养3000人，分散供养9345人。', { tekun_recipients: 12345, tekun_centralized: 3000, tekun_dispersed: 9345 }],
    ['全市共有特困人员12345人，其中集中供养3000人，约占四分之一，分散供养9345人。', { tekun_recipients: 12345, tekun_centralized: 3000, tekun_dispersed: 9345 }],
    // 人次 of a subsidy is payments counted, not people; reissued and one kind of marriage are not registrations.
    ['全年累计为困难残疾人发放生活补贴28万人次。', {}],
    ['办理补领婚姻登记证4600对。', {}],
    ['涉外婚姻登记120对。', {}],
    // Money a month or a person is not the period's; two programmes' money together is neither's.
    ['每月发放城乡低保金3500万元。', {}],
    ['为每名孤儿每月发放基本生活费1200元。', {}],
    ['发放低保金、特困供养金5.6亿元。', {}],
    // Totals over five years, and visits received.
    ['五年累计完成困难老年人家庭适老化改造4860户。', {}],
    ['救助站接待来访群众1200人次。', {}],
    // A programme outside the catalogue joined to the one named: the figure is of both.
    ['实施临时救助和医疗救助共计9.8万人次。', {}],
    ['发放高龄津贴和养老服务补贴共计1.3亿元。', {}],
    // Beds of facilities just built or in the community, not all elderly-care beds; a canteen owns none.
    ['全市建成社区养老服务站326个，设置床位2800张。', {}],
    ['新建街道综合养老服务中心12个，床位960张。', {}],
    ['建成运营老年食堂23个，全区养老床位比上年增加169张，达到3334张。', { elderly_beds: 3334 }],
    // One home is still the subject after its 。, until a sentence opens on the whole or all kinds.
    ['县社会福利中心现有床位300张。入住特困人员186人。', {}],
    ['县社会福利中心现有床位300张。全县特困人员832人。', { tekun_recipients: 832 }],
    ['市儿童福利院养育儿童120名，床位400张。各类养老床位557张。', { elderly_beds: 557 }],
    // 离婚登记 is named as its own part of a list, and names no metric.
    ['全年办理结婚登记、离婚登记分别为2365对、816对。', { marriage_registrations: 2365 }],
    ['离婚登记1120对。', {}],
    // A regional centre is one kind of home; a chain of short sentences keeps its programme.
    ['全市共有养老机构326家，其中农村区域性养老服务中心98家、床位1.28万张。', { elderly_institutions: 326 }],
    ['全县共有特困人员2486人。其中集中供养412人。分散供养2074人。', { tekun_recipients: 2486, tekun_centralized: 412, tekun_dispersed: 2074 }],
  ];
  itYieldsEach(found);

  it('reads last year’s whole year as last year’s, in a half-year report and in one that names no period', () => {
    const r = extractText('兰山区民政局2022年上半年工作总结\n今年以来累计发放低保金2136万元。去年全年全区共发放低保金4125万元。\n');
    expect(Object.fromEntries(r.facts.map((f) => [f.metric, f.value]))).toEqual({ dibao_funds: 21360000 });
    const p = extractText('关于今年以来民政工作开展情况的汇报\n截至6月底，全区办理婚姻登记3126对。去年全年全区共办理婚姻登记6200对。\n2022年7月8日\n');
    expect(p.period).toEqual({ key: '2022-H1', asOf: '2022-06' });
    expect(p.facts.map((f) => f.value)).toEqual([3126]);
  });

  it('reads the level a standard rose to by this year as this year’s', () => {
    const r = extractText('合肥市民政局2020年工作总结\n城乡低保标准由2015年的每人每月430元提高到2020年的每人每月680元。\n');
    expect(Object.fromEntries(r.facts.map((f) => [f.metric, f.value]))).toEqual({ dibao_standard: 680 });
  });
});

describe('what a sixth probe’s variants found', () => {
  const found: Array<[string, Record<string, number>]> = [
    ['全年福彩公益金募集1.2亿元。', {}],
    ['经开区全年发放低保金860万元。', {}],
    ['宜阳新区共有城市低保对象460人。', {}],
    // A part of one of two populations, not the pair.
    ['全县共有孤儿51人、事实无人抚养儿童213人，其中集中养育12人。', { orphans: 51, defacto_orphans: 213 }],
    // Those reached by a one-off payment, with or without its amount.
    ['全年发放价格临时补贴惠及低保对象3.2万人次。', {}],
    ['发放一次性生活补贴，惠及低保对象3.2万人次。', {}],
    ['全年实施临时救助6218人次。全年实施急难型临时救助1022人次，支出资金286万元。', { temp_assistance_cases: 6218 }],
    // A comparison between a total and its 其中 is an aside; help to some of the people keeps the thread.
    ['全年累计发放城乡低保金9.86亿元，同比增长5.3%，其中城市低保金2.31亿元、农村低保金7.55亿元。', {
      dibao_funds: 986000000, dibao_funds_urban: 231000000, dibao_funds_rural: 755000000,
    }],
    ['全年救助流浪乞讨人员2154人次，帮助217名受助人员返乡，支出救助资金318万元。', { vagrant_assistance_cases: 2154, vagrant_assistance_funds: 3180000 }],
    // All the homes built over the years are all the homes.
    ['全市累计建成养老机构356家，床位4.86万张。', { elderly_institutions: 356, elderly_beds: 48600 }],
    // An enumerated statement whose figure is in Chinese numerals is no topic label.
    ['六是城市特困人员九十五人。七是城市低保平均补差每人每月468元。', { tekun_recipients_urban: 95 }],
    ['八是农村特困人员三千多人。特困供养人员照料护理补贴234.3万元按时足额发放。', { tekun_recipients_rural: 3000, tekun_care_funds: 2343000 }],
    // The whole named in the change a level follows makes its beds the whole's, after one kind of home's.
    ['集中改造农村敬老院床位397张，提升敬老院护理能力，全县养老床位比上年增加182张，达到2861张。', { elderly_beds: 2861 }],
  ];
  itYieldsEach(found);
});

describe('what the seventh and eighth probes found', () => {
  const found: Array<[string, Record<string, number>]> = [
    // A cap on what may be approved is no money paid.
    ['乡镇临时救助审批额度提高到3000元，全年实施临时救助3.27万人次，支出临时救助资金6815万元。', {
      temp_assistance_cases: 32700, temp_assistance_funds: 68150000,
    }],
    // Those who received the allowance, however they got it.
    ['一万三千余名八十周岁以上老人按月领到了高龄补贴，全年共计发放九百四十万元。', { elderly_allowance_recipients: 13000, elderly_allowance_funds: 9400000 }],
    // Households are described at length before the programme, or complete it themselves.
    ['完成2180户特殊困难老年人家庭居家适老化改造，户均补助4500元。', { home_adaptation_households: 2180 }],
    ['二百二十户特殊困难老年人家庭完成了适老化改造，每户补助不超过五千元。', { home_adaptation_households: 220 }],
    // One standard for town and country is each one's, where the catalogue has no standard of both.
    ['城市、农村特困人员基本生活标准均为每人每月1326元。', { tekun_standard_urban: 1326, tekun_standard_rural: 1326 }],
    ['城乡特困人员基本生活标准统一为每人每月1196元。', { tekun_standard_urban: 1196, tekun_standard_rural: 1196 }],
    ['城乡低保标准统一为每人每月800元。', { dibao_standard: 800 }],
    ['特困人员基本生活标准提高到每人每月1196元。', {}],
    // A parenthesis inside its clause leaves what stood before it leading the figures, not what it holds.
    ['全市低保对象（含新纳入）12000人。', { dibao_recipients: 12000 }],
    // Newly approved is newly added; the rate after a count is of the people just counted.
    ['全年新审批低保对象412户693人，退出356户587人。截至12月底，全区在册城市低保对象3216户5148人，保障面为0.78%。', {
      dibao_recipients_urban: 5148, dibao_coverage_urban: 0.78,
    }],
  ];
  itYieldsEach(found);
  itYieldsEach([['二百二十户特殊困难老年人家庭完成了适老化改造；全市（晋城市）全年共完成适老化改造一千零八十户。', { home_adaptation_households: 220 }]], '泽州县民政局');
});

describe('what the tenth and eleventh probes found', () => {
  const factsOf = (text: string) => Object.fromEntries(extractText(text).facts.map((f) => [f.metric, f.value]));
  it('a text table’s row is as sure as prose, its padding no distance', () => {
    const bulletin = '某市民政局2022年民政事业发展统计公报\n全年办理结婚登记9506对、离婚登记4812对。\n\n指标名称        单位        2022年      2021年\n婚姻登记        对          14318       15960\n';
    const [fact] = extractText(bulletin).facts.filter((f) => f.metric === 'marriage_registrations');
    expect(fact).toMatchObject({ value: 14318, confidence: 0.95 });
  });
  it('a quarter’s report keeps its own quarter’s money, not what was paid from January on', () => {
    const quarter = '某县民政局2023年第三季度社会救助工作报告\n三季度，我县社会救助工作稳步推进，各项政策有效落实，困难群众基本生活得到有效保障。';
    expect(factsOf(`${quarter}截至9月底，全县保障城乡低保对象5216人；1—9月累计发放城乡低保资金1,973.45万元。\n`)).toEqual({ dibao_recipients: 5216 });
    expect(factsOf(`${quarter}7—9月发放城乡低保资金620.5万元。\n`)).toEqual({ dibao_funds: 6205000 });
    // 截至9月底 and 今年 run from January too: a stock then is the quarter's, what was done since is
    // not; the quarter's own part of it (其中三季度…) is.
    expect(factsOf(`${quarter}截至9月底，全县特困人员1203人，今年已完成适老化改造352户，其中三季度完成215户。\n`)).toEqual({
      tekun_recipients: 1203, home_adaptation_households: 215,
    });
    // A season within the period (疫情期间, 春节期间) paid a part of the period's money.
    expect(factsOf('某市民政局2020年工作总结\n疫情期间共实施临时救助1.26万人次、发放救助资金2180万元。全年累计实施临时救助3.42万人次，支出临时救助资金6850万元。\n')).toEqual({
      temp_assistance_cases: 34200, temp_assistance_funds: 68500000,
    });
    // …only in its own clause: a sentence opening on the season may go on to the year's figures.
    expect(factsOf('某市民政局2020年工作总结\n疫情期间开辟救助绿色通道，急难情况实行先救助后审批，临时救助支出159.7万元。\n')).toEqual({ temp_assistance_funds: 1597000 });
    // A month's report: 本月 is its own, and its own part of a year-to-date figure is the month's.
    expect(factsOf('湖州市民政局2023年5月份民政工作情况\n1—5月累计完成困难老年人家庭居家适老化改造418户，其中本月完成136户。\n')).toEqual({ home_adaptation_households: 136 });
    // …and a part of what a plan says was done is done too.
    expect(factsOf(`${quarter}今年计划实施适老化改造400户，已完成352户，其中三季度完成215户。\n`)).toEqual({ home_adaptation_households: 215 });
    // So is a half-year's own part of the whole year's figure.
    expect(factsOf('某市民政局2022年下半年工作总结\n下半年，全市民政工作稳步推进，各项政策有效落实，困难群众基本生活得到有效保障。全年救助流浪乞讨和生活无着人员2036人次，其中下半年1052人次。\n')).toEqual({
      vagrant_assistance_cases: 1052,
    });
    // The title's quarter outweighs a 1—9月 in the lines below it.
    expect(extractText('某市民政局2022年第三季度工作情况\n1—9月完成适老化改造352户，其中三季度完成215户。\n').period.key).toBe('2022-Q3');
    expect(factsOf(`${quarter}全县城乡低保对象5216人，三季度发放资金620.5万元。\n`)).toEqual({ dibao_recipients: 5216, dibao_funds: 6205000 });
    // 前三季度 runs from January as 1-9月 does: a year-to-date report's own span.
    expect(factsOf('某市民政局2020年前三季度民政工作情况\n前三季度累计发放低保资金7.61亿元，实施临时救助3.28万人次。\n')).toEqual({
      dibao_funds: 761000000, temp_assistance_cases: 32800,
    });
    // A year's report runs from January: its 1-12月 is its own.
    expect(factsOf('某县民政局2023年工作总结\n1-12月累计发放城乡低保资金3973.45万元。\n')).toEqual({ dibao_funds: 39734500 });
  });

  const found: Array<[string, Record<string, number>]> = [
    // The money a thread paid is named where the sentence first spoke of its people, standards between.
    ['全区现有孤儿和事实无人抚养儿童86名，均按时足额发放基本生活费，机构养育孤儿每人每月1800元，社会散居孤儿和事实无人抚养儿童每人每月1350元，全年累计发放126.4万元。', {
      orphans_and_defacto: 86, orphan_standard_institutional: 1800, orphan_standard_dispersed: 1350, orphan_funds: 1264000,
    }],
    // A raise to an amount in a clause about a standard is the standard's new level, whatever stands between.
    ['城乡特困人员基本生活标准分别按当地低保标准的1.3倍相应提高到1040元、780元。', { tekun_standard_urban: 1040, tekun_standard_rural: 780 }],
    // A clause that only says how the total breaks down (按供养方式分, 从供养方式看) crosses nothing.
    ['全区共有特困人员1862人，从供养方式看，集中供养315人，分散供养1547人。', { tekun_recipients: 1862, tekun_centralized: 315, tekun_dispersed: 1547 }],
    ['年末共有特困人员9862人；按供养方式分，集中供养2315人，分散供养7547人。', { tekun_recipients: 9862, tekun_centralized: 2315, tekun_dispersed: 7547 }],
    ['全市特困人员25236人，全年发放救助供养资金2.39亿元；按供养方式分，其中集中供养5126人、分散供养20110人。', {
      tekun_recipients: 25236, tekun_funds: 239000000, tekun_centralized: 5126, tekun_dispersed: 20110,
    }],
    // A part of a whole given in its scopes is no figure of the whole.
    ['全市城市、农村特困人员分别为1836人、2.34万人（含未满16周岁特困人员312人）。', { tekun_recipients_urban: 1836, tekun_recipients_rural: 23400 }],
    // 婚姻登记 counts divorces too: 结婚登记 stands for it only where no 婚姻登记 figure is given.
    ['全年办理结婚登记5120对、离婚登记1733对。', { marriage_registrations: 5120 }],
    ['全年办理结婚登记5120对、离婚登记1733对。婚姻登记机关办理婚姻登记6853对。', { marriage_registrations: 6853 }],
    // Programmes listed before 等各类…资金 are paid together, also with an item of no family between them.
    ['上半年累计发放低保金、低保边缘补助金、特困供养金等各类救助资金3218.6万元。', {}],
    // Standards listed as their scopes are (城市、农村…标准…X元、Y元) pair up as if 分别 stood before them.
    ['城市、农村特困人员基本生活标准同步调整为884元/人·月、585元/人·月。', { tekun_standard_urban: 884, tekun_standard_rural: 585 }],
    // …also past the ratio it is set by.
    ['城市、农村特困人员基本生活标准按不低于低保标准1.3倍同步调整为每人每月1014元、767元。', { tekun_standard_urban: 1014, tekun_standard_rural: 767 }],
    // What an inclusion note names is inside what it follows, not one more part of the 分别 list.
    ['集中养育孤儿、分散养育孤儿（含事实无人抚养儿童）基本生活保障标准分别提高到每人每月1900元、1450元。', { orphan_standard_institutional: 1900, orphan_standard_dispersed: 1450 }],
    // 由X增加到Y: what names Y stands before its old value X, also in a part after 其中.
    ['全县集中供养特困人员由1416人增加到1532人。', { tekun_centralized: 1532 }],
    ['全县特困人员7702人，其中集中供养由1416人增加到1532人，分散供养由6449人减少到6170人。', { tekun_recipients: 7702, tekun_centralized: 1532, tekun_dispersed: 6170 }],
    // Beds counted with those of community and home-care facilities are more than institutions' beds: the institutions' own win.
    ['全市养老床位总数4.54万张（含社区居家养老服务设施床位1.68万张）。全市共有养老机构236家，床位2.86万张。', { elderly_institutions: 236, elderly_beds: 28600 }],
    ['全市养老床位总数4.54万张（含社区居家养老服务设施床位1.68万张）。', { elderly_beds: 45400 }],
    // A home named with a count in Chinese numerals (县社会福利院一家) is a count of homes, not one home speaking.
    ['全县共有养老机构23家，其中县社会福利院一家、乡镇敬老院12家，养老床位2860张。', { elderly_institutions: 23, elderly_beds: 2860 }],
    // Households are described at length, with the programmes they belong to, before what they got.
    ['完成180户分散供养特困人员、低保家庭中失能老年人家庭适老化改造。', { home_adaptation_households: 180 }],
    ['为96户分散供养特困人员中的高龄、失能、残疾老年人家庭实施适老化改造。', { home_adaptation_households: 96 }],
    // Funds 争取 from above were secured: what follows in the sentence is no plan.
    ['争取中央和省级资金105万元，完成180户特殊困难老年人家庭适老化改造。', { home_adaptation_households: 180 }],
    ['争取年底前完成180户特殊困难老年人家庭适老化改造。', {}],
    // A count opening the next item of a list counts the noun after it, not the item before.
    ['全市共有养老机构126家、儿童福利机构5家，另有5家未成年人救助保护机构。', { elderly_institutions: 126 }],
    ['对全市养老机构、5家儿童福利机构实行封闭管理。', {}],
    // Those given other money under the programme's name are not its people; a children's home's beds are not the elderly's.
    ['为23名考入全日制普通高校的孤儿、事实无人抚养儿童每人发放助学金1万元。', {}],
    ['全旗现有养育床位40张。', {}],
    // A sentence that ended on a part of its total ended on that total: after its ；, what follows goes on with it.
    ['全年救助流浪乞讨等生活无着人员1,247人次，其中救助未成年人23人次；支出救助资金186.4万元。', {
      vagrant_assistance_cases: 1247, vagrant_assistance_funds: 1864000,
    }],
    // Those a programme was given are its people, not those of the programme they are on.
    ['为1.36万名80周岁以上低保老年人发放高龄津贴1280万元。', { elderly_allowance_recipients: 13600, elderly_allowance_funds: 12800000 }],
    // A sentence that turns to the parts of the area one by one gives theirs, past its ；, until the whole is named.
    ['从各乡镇（街道）看，新政镇低保对象由1203人增加到1268人；城区三个街道城市低保对象合计由2417人减少到2296人。', {}],
    ['从各乡镇（街道）看，新政镇低保对象1268人；全县低保对象36281人。', { dibao_recipients: 36281 }],
    // The places' figures break a total down; a 其中 after them breaks down the total still.
    ['全县在册特困人员13280人，分乡镇看，新政镇1862人，永安镇2315人。其中集中供养2917人、分散供养10363人。', {
      tekun_recipients: 13280, tekun_centralized: 2917, tekun_dispersed: 10363,
    }],
    // An amount for each township (每个乡镇) is no money paid.
    ['临时救助备用金由每个乡镇3万元提高到5万元。', {}],
    // Volunteers of one kind are some of the registered ones.
    ['全市组建为老服务志愿者队伍126支，登记为老服务志愿者1.2万人。', {}],
    ['全市实名注册志愿者12.6万人。', { volunteers: 126000 }],
    // A search that ends in recognising the children counts them; a check of people alone does not.
    ['经摸底排查认定事实无人抚养儿童46名，全部纳入保障。', { defacto_orphans: 46 }],
    ['入户核查城乡低保对象8.6万人。', {}],
    // A plan and what is done against it: 计划年内, 计划实施 are plans; 目前已完成, 已完成 are results.
    ['持续推进特殊困难老年人家庭适老化改造，今年计划实施的400户已完成352户。', { home_adaptation_households: 352 }],
    ['全年计划完成特殊困难老年人家庭适老化改造120户，目前已完成46户。', { home_adaptation_households: 46 }],
    ['启动特殊困难老年人家庭适老化改造，计划年内完成300户，目前已完成入户评估156户。', {}],
    // A reply quoting the proposal it answers: those figures are the proposer's.
    ['提案指出，全县分散供养特困人员近千人，护理人员严重缺乏。截至7月底，全县分散供养特困人员949人。', { tekun_dispersed: 949 }],
    ['您在建议中提到，我市养老床位缺口约3000张。', {}],
    // Money named only by when it was paid is the programme's the clause before named.
    ['为3156名困难残疾人、2874名重度残疾人按月发放两项补贴，1—7月发放资金291.6万元。', {
      disability_living_subsidy_recipients: 3156, disability_care_subsidy_recipients: 2874, disability_subsidy_funds: 2916000,
    }],
  ];
  itYieldsEach(found);
  // In an autonomous region 全区 is the region's whole in a county's or a city's report, and a 区's own.
  itYieldsEach([['据自治区民政厅统计，全区城乡低保对象约13.2万人。', {}]], '江孜县民政局');
  itYieldsEach([['全区城乡低保平均标准达到每人每月636元。', {}]], '吴忠市民政局');
  itYieldsEach([['全区城乡低保对象1865人。', { dibao_recipients: 1865 }]], '沙依巴克区民政局');
});

describe('whose people and whose money, found by a seventh session’s probes', () => {
  itYieldsEach([
    // Children of 低保 families are some of the children counted, not the 低保 head count.
    ['截至11月底，全市在册困境儿童8916人，其中重病重残儿童2408人，低保家庭儿童5132人。', { distressed_children: 8916 }],
    ['全市城乡低保对象2.1万人，其中低保老年人6420人。', { dibao_recipients: 21000 }],
    // A monthly amount of a subsidy the clause names is that subsidy's, not the standard carried from before.
    ['全市城乡低保标准每人每月800元，对重度残疾儿童发放护理补贴每人每月80元。', { dibao_standard: 800 }],
    ['城市特困人员基本生活标准每人每月1040元，照料护理补贴每人每月300元。', { tekun_standard_urban: 1040 }],
    // Organisations of one kind, and one fund's or one drive's money, are some of the whole.
    ['全市登记社会组织1562家，其中养老服务类社会组织214家。', { social_organizations: 1562 }],
    ['全市登记的养老服务类社会组织达到214家。', {}],
    // Those of a grade (5A级) are some of them.
    ['全年新成立社会组织43家，5A级社会组织达到12家。', {}],
    ['市慈善总会“夕阳红”专项基金全年募集善款326万元。', {}],
    ['市慈善总会全年募集善款2135万元。', { charity_donations: 21350000 }],
    // The rate of the disabled is a metric of a part: a 其中 part naming them gives it, thousands separator or not.
    ['全县特困人员3200人，其中生活不能自理的特困人员（含失能、半失能）1,037人，集中供养率达到58.6%。', {
      tekun_recipients: 3200, tekun_disabled_centralized_rate: 58.6,
    }],
    ['全县特困人员3200人，其中城市特困人员1037人，集中供养率达到58.6%。', { tekun_recipients: 3200, tekun_recipients_urban: 1037 }],
    // A comparison between a total and its 其中 parts is an aside: the thread runs past it.
    ['截至12月31日，全市共有特困供养人员2846人，比上年末增加37人，增长1.3%，其中集中供养1052人、分散供养1794人。', {
      tekun_recipients: 2846, tekun_centralized: 1052, tekun_dispersed: 1794,
    }],
    // A heading whose figures stand only in a parenthesis names the items listed under it (①, ■ …).
    ['一、工作情况\n2. 特困人员救助供养（截至12月底，全县特困人员共3699人）\n① 集中供养：612人，其中失能半失能人员208人；\n② 分散供养：3087人；\n③ 基本生活标准：城市每人每月730元，农村每人每月540元；', {
      tekun_recipients: 3699, tekun_centralized: 612, tekun_dispersed: 3087, tekun_standard_urban: 730, tekun_standard_rural: 540,
    }],
    // A heading with no items under it names nothing below it.
    ['一、工作情况\n2. 特困人员救助供养\n全年集中供养612人。', {}],
    // Under a heading of both subsidies, each item's money is the one its own line names.
    ['一、工作情况\n（四）残疾人福利（持证残疾人两项补贴）\n■ 享受生活补贴：4126人，全年发放336.7万元；\n■ 享受护理补贴：5218人，全年发放425.3万元；', {
      disability_living_subsidy_recipients: 4126, disability_living_subsidy_funds: 3367000,
      disability_care_subsidy_recipients: 5218, disability_care_subsidy_funds: 4253000,
    }],
    // A count carried from a clause that named the disabled only, with no subsidy, is not of the subsidy.
    ['对脱贫人口中的重度残疾人、重病患者实行“单人保”，全年纳入“单人保”412人。', {}],
    // A breakdown gone one level deeper still ends on the parts: the ；-item after it is one too.
    ['截至年底，全市共有特困人员4.38万人，其中集中供养9600人，其中在县级特困人员供养服务设施集中照护2210人；分散供养3.42万人。', {
      tekun_recipients: 43800, tekun_centralized: 9600, tekun_dispersed: 34200,
    }],
    // A line at the 其中 line's own indent goes on breaking the total down; an age in a label is no figure.
    ['（二）特困人员救助供养\n农村特困供养人员：6840人\n其中集中供养：1386人\n分散供养：5669人\n60周岁以上老年人口：22.6万人', {
      tekun_recipients_rural: 6840, tekun_centralized: 1386, tekun_dispersed: 5669, elderly_population: 226000,
    }],
    // A kind of temporary assistance (急难型, 支出型) is a part of it, with 其中 or after a ；.
    ['全年实施临时救助5.62万人次，支出资金8965万元，其中急难型临时救助1.87万人次、资金5230万元；支出型临时救助3.75万人次、资金3735万元。', {
      temp_assistance_cases: 56200, temp_assistance_funds: 89650000,
    }],
  ]);
});

describe('what an eighth session’s probes found', () => {
  itYieldsEach([
    // Standards set together for a list of scopes pair up in order, with or without 分别, however the raise is worded.
    ['全市城市、农村特困人员基本生活标准同步提高到每人每月1170元、923元。', { tekun_standard_urban: 1170, tekun_standard_rural: 923 }],
    ['城市、农村特困人员基本生活标准同步调整为884元/人·月、585元/人·月。', { tekun_standard_urban: 884, tekun_standard_rural: 585 }],
    // Specifiers listed before the populations they qualify are what 分别 hands out, not the populations.
    ['全市集中养育、分散养育孤儿和事实无人抚养儿童基本生活保障标准分别为每人每月1600元、1200元。', {
      orphan_standard_institutional: 1600, orphan_standard_dispersed: 1200,
    }],
    // A specifier inside the list of populations leaves the populations the parts.
    ['全市集中供养特困人员和散居孤儿分别为1200人、300人。', { tekun_centralized: 1200, orphans: 300 }],
    // Words of one family run together (低保保障面) are one name: its scope is read before it, past a region's name (农村牧区).
    ['全旗城镇低保保障面为1.3%，农村牧区低保保障面为6.12%。', { dibao_coverage_urban: 1.3, dibao_coverage_rural: 6.12 }],
    // A time inside a note on another figure scopes only the note; one that only names a time scopes what follows it.
    ['全市农村低保标准提高到每人每年4236元（2020年为3960元），城市低保标准统一提高到每人每月585元。', {
      dibao_standard_rural: 353, dibao_standard_urban: 585,
    }],
    ['“十三五”初期（2016年）全市城市低保标准为每人每月460元。', {}],
    // Homes of a kind counted after a parenthesis (乡镇敬老院（特困供养服务机构）23所) are a count of homes, not one home's clause.
    ['全县共有养老机构29家，其中乡镇敬老院（特困供养服务机构）23所、民办养老机构5家，养老床位3126张。', { elderly_institutions: 29, elderly_beds: 3126 }],
    // A year's task is a target; what was done against it is the result.
    ['实施特殊困难老年人家庭适老化改造，全年任务3,000户，截至11月底已完成2,860户。', { home_adaptation_households: 2860 }],
    ['实施特殊困难老年人家庭适老化改造，年度目标任务1200户。', {}],
    // The programme's own people named after their count, receiving it with no object said (按月足额领取), are its recipients.
    ['全年累计发放高龄津贴2.64亿元，全市31.4万名80周岁以上老年人按月足额领取。', { elderly_allowance_funds: 264000000, elderly_allowance_recipients: 314000 }],
    // A clause opening on a list of towns speaks of a part of the area, whatever total it says (合计).
    ['全年共实施临时救助6318人次。段集镇、陈集镇两镇全年实施临时救助合计496人次，为全县各乡镇中最多。', { temp_assistance_cases: 6318 }],
    ['段集镇、陈集镇共有低保对象496人。', {}],
    // One day's figure (七夕当天, 5·20当日) is a part of the period's.
    ['全年共办理婚姻登记2.94万对，七夕当天全市办理婚姻登记318对。', { marriage_registrations: 29400 }],
    ['“5·20”当日全市办理婚姻登记96对。', {}],
    // A group of those put into the programme is not its head count; all those put into it are.
    ['按照“单人户”政策单独纳入低保的重残、重病人员共有1.13万人。', {}],
    ['全市纳入低保的对象共有3.2万人。', { dibao_recipients: 32000 }],
    // Another year said inside a clause, as what something is reckoned from, scopes only that clause; one opening a clause, past an item's number, scopes the sentence.
    ['全市孤儿基本生活保障标准统一按当地上年度人均消费支出的一定比例确定，集中养育孤儿标准为2796元/人/月，社会散居孤儿为2097元/人/月。', {
      orphan_standard_institutional: 2796, orphan_standard_dispersed: 2097,
    }],
    ['（9）2019年全市城乡低保对象1800人，发放低保资金248万元。', {}],
    // 农牧区 and 牧区 are the rural scope where herding is.
    ['全市累计保障农牧区低保对象28412户71563人，发放农牧区低保资金35127.3万元，农牧区低保标准由每人每年4713元提高到每人每年5016元。', {
      dibao_recipients_rural: 71563, dibao_funds_rural: 351273000, dibao_standard_rural: 418,
    }],
    ['城镇、牧区特困人员分别为312人、6826人。', { tekun_recipients_urban: 312, tekun_recipients_rural: 6826 }],
    // Money kept in hand for it (备用金) is not money paid.
    ['乡镇（街道）临时救助备用金普遍提高到10万元至20万元，全年支出临时救助资金1.1亿元。', { temp_assistance_funds: 110000000 }],
    // A topic label before the statement names what it counts; its words (提升) do not make the homes new ones.
    ['一是养老服务能力提升。全县现有各类养老机构41家，床位1200张。', { elderly_institutions: 41, elderly_beds: 1200 }],
    ['全县新建提升养老机构41家，床位1200张。', {}],
    // One standard said to hold for town and country alike (城乡统一), in the clause naming it, is both scopes'; said of nothing, neither.
    ['特困人员基本生活标准按照城乡统一、不低于低保标准1.5倍执行，为每人每月1980元。', { tekun_standard_urban: 1980, tekun_standard_rural: 1980 }],
    ['特困人员基本生活标准按不低于低保标准1.5倍执行，为每人每月1980元。', {}],
  ]);
});

describe('what a ninth session’s probes found', () => {
  itYieldsEach([
    // 五保 was the countryside's support by name: its people and money are the rural ones.
    ['全年共发放五保供养资金2276.5万元，全县五保供养对象6219人。', { tekun_funds_rural: 22765000, tekun_recipients_rural: 6219 }],
    // The share of what was just counted (集中供养率) is no new subject: the breakdown goes on past it, also after its ；.
    ['全县特困供养对象6219人，其中集中供养2184人，集中供养率达到35.1%；分散供养4035人。', { tekun_recipients: 6219, tekun_centralized: 2184, tekun_dispersed: 4035 }],
    ['全县特困供养对象6219人，集中供养2184人，占比35.1%，分散供养4035人。', { tekun_recipients: 6219, tekun_centralized: 2184, tekun_dispersed: 4035 }],
    // The words before a parenthesis that only interrupted a 其中 part (城市特困人员（原“三无”人员）) are the part's own.
    ['全市共有特困人员7.18万人，其中城市特困人员（原城市“三无”人员）2360人，农村特困人员6.944万人。', {
      tekun_recipients: 71800, tekun_recipients_urban: 2360, tekun_recipients_rural: 69440,
    }],
    // 分别 in a clause that gave no figure hands its parts to the next clause's figures; one that gave its own does not.
    ['城乡特困人员基本生活标准分别按照城乡低保标准的1.3倍确定，为每人每月936元和每人每年9048元。', { tekun_standard_urban: 936, tekun_standard_rural: 754 }],
    ['城市、农村特困人员分别为1,368人、2.41万人，其中集中供养4,127人、分散供养21,341人。', {
      tekun_recipients_urban: 1368, tekun_recipients_rural: 24100, tekun_centralized: 4127, tekun_dispersed: 21341,
    }],
    // Centenarians given their own subsidy are a narrower group than the allowance's recipients: a count of these wins.
    ['全年为1862名90周岁以上高龄老人发放高龄津贴111.7万元；为全县11名百岁老人每人每月发放长寿补贴300元。', {
      elderly_allowance_recipients: 1862, elderly_allowance_funds: 1117000,
    }],
    // People on their way off the programme (渐退), and checks run on people (数据比对), are not its head count.
    ['落实低保渐退政策，为4120名家庭成员实现就业的低保对象设置渐退期。', {}],
    ['全市低保对象1.2万人，全年开展数据比对18.6万人次。', { dibao_recipients: 12000 }],
    // A few towns counted together (两乡共, 三镇合计) are a part of the area; all of its towns are the whole.
    ['试点工作在涧池乡、香口乡稳步推进，两乡共核定低保兜底对象1856人。', {}],
    ['全县12个乡镇共有低保对象3200人。', { dibao_recipients: 3200 }],
    // The period's own part of a total over the years (其中2023年…, 其中今年…) is the period's figure; another year's part is not.
    ['2019年至2021年累计完成特殊困难老年人家庭适老化改造4860户，其中2021年完成1520户。', { home_adaptation_households: 1520 }],
    ['十四五以来累计发放低保资金19.6亿元，其中今年发放5.38亿元。', { dibao_funds: 538000000 }],
    ['2019年至2021年累计完成适老化改造4860户，其中2019年完成1520户。', {}],
    // A search that is how the programme counts its children (走访摸排) counts them; a visit alone does not.
    ['儿童主任走访摸排农村留守儿童9734名、困境儿童1826名，逐一建立“一人一档”。', { left_behind_children: 9734, distressed_children: 1826 }],
    ['走访慰问特困人员6800人。', {}],
    // Two raises listed with 、 (由850元提高到900元、农村…由675元提高到720元): the first new level is no old one of the second.
    ['城市低保标准由每人每月850元提高到900元、农村低保标准由每人每月675元提高到720元。', { dibao_standard_urban: 900, dibao_standard_rural: 720 }],
    ['城乡低保标准由每人每月850元、675元分别提高到900元、720元。', { dibao_standard_urban: 900, dibao_standard_rural: 720 }],
    // The allowance said again short (发放津贴), and under a longer name (高龄长寿老人补贴).
    ['全县共有8523名高龄老人领取高龄津贴，全年发放津贴563.2万元。', { elderly_allowance_recipients: 8523, elderly_allowance_funds: 5632000 }],
    ['全年为14860名80周岁以上老年人发放高龄长寿老人补贴2163.5万元。', { elderly_allowance_recipients: 14860, elderly_allowance_funds: 21635000 }],
    // The sum of the scopes just counted (合计1099人) is the whole's, and its 其中 parts follow it.
    ['全县农村特困供养人员1062人，城市特困供养人员37人，合计1099人；其中集中供养186人、分散供养913人。', {
      tekun_recipients_rural: 1062, tekun_recipients_urban: 37, tekun_recipients: 1099, tekun_centralized: 186, tekun_dispersed: 913,
    }],
    // A word's other form in a parenthesis inside it (乡（镇）敬老院) is no aside.
    ['全县共有特困供养对象612人，其中在县中心敬老院和乡（镇）敬老院集中供养268人，分散供养344人。', { tekun_recipients: 612, tekun_centralized: 268, tekun_dispersed: 344 }],
    // One town's home (区域性养老服务中心) is the subject: its residents are not the county's.
    ['全县特困人员10426人，其中集中供养2187人。陈集镇区域性养老服务中心现集中供养特困人员126人。', { tekun_recipients: 10426, tekun_centralized: 2187 }],
    // Homes of one kind (内设医疗机构的), homes closed (关停) and visits to homes (家次) are not the homes; a note of what they include only interrupts the count.
    ['全市养老机构120家，内设医疗机构的养老机构达到11家。', { elderly_institutions: 120 }],
    ['全市共检查养老机构298家次，整改隐患问题412个，依法关停不符合安全要求的养老机构2家。', {}],
    ['全市共有养老机构（含敬老院186所）298家。', { elderly_institutions: 298 }],
    // The classes a programme sorts its people into (一、二类, 三类) are parts of them; its money named with others (低保金等各类补助资金) is not its own.
    ['农村低保对象1583户4127人，其中一、二类低保对象1264人，三类低保对象2863人。', { dibao_recipients_rural: 4127 }],
    ['全年为寺庙僧尼发放低保金等各类补助资金192.6万元。', {}],
    // A part counted in households and persons (集中供养6352户6352人): what names it stands before both.
    ['全市共有特困供养人员3.21万户3.38万人，其中集中供养6352户6352人，分散供养2.58万户2.74万人。', { tekun_recipients: 33800, tekun_centralized: 6352, tekun_dispersed: 27400 }],
    // A programme's own kinds after 中 (特困供养人员中集中供养…) are its breakdown; other people among its people are not its count.
    ['全市特困供养人员6495人。特困供养人员中集中供养1126人、分散供养5369人。', { tekun_recipients: 6495, tekun_centralized: 1126, tekun_dispersed: 5369 }],
    ['全市特困人员中失能半失能人员3200人。', {}],
    // A count said again in another unit right after it: 407户（人） are 407 people in 407 households,
    // and 1536户（2137人次） names both counts before whom they were for.
    ['全区特困供养人员462人（户），其中分散供养407户（人）、集中供养55人。', { tekun_recipients: 462, tekun_dispersed: 407, tekun_centralized: 55 }],
    ['全区特困供养人员462人，其中分散供养407人（户）、集中供养55人。', { tekun_recipients: 462, tekun_dispersed: 407, tekun_centralized: 55 }],
    ['为特殊困难老年人家庭实施居家适老化改造316户（人），户均改造资金4800元。', { home_adaptation_households: 316 }],
    ['全年共对1536户（2137人次）困难群众实施临时救助，发放临时救助金612.8万元。', { temp_assistance_cases: 2137, temp_assistance_funds: 6128000 }],
    ['全年共对2137人次（1536户）困难群众实施临时救助。', { temp_assistance_cases: 2137 }],
    // 由每月745元提高到每月780元: the new level is written per month as the old one.
    ['城市低保保障标准由每月745元提高到每月780元，农村低保保障标准由每月600元提高到每月630元。', { dibao_standard_urban: 780, dibao_standard_rural: 630 }],
    // A 分别 list naming one programme twice, by scope, and two populations named as one, pairs figure by figure.
    [
      '全市城市低保、农村低保、特困供养对象分别为2.36万人、18.42万人、2.07万人。',
      { dibao_recipients_urban: 23600, dibao_recipients_rural: 184200, tekun_recipients: 20700 },
    ],
    [
      '全年累计发放城市低保、农村低保、特困供养、临时救助资金分别为1.97亿元、8.36亿元、1.52亿元、6280万元。',
      { dibao_funds_urban: 197000000, dibao_funds_rural: 836000000, tekun_funds: 152000000, temp_assistance_funds: 62800000 },
    ],
    ['全市孤儿、事实无人抚养儿童、困境儿童分别为1084名、2215名、6310名。', { orphans: 1084, defacto_orphans: 2215, distressed_children: 6310 }],
    ['全市事实无人抚养儿童、孤儿、困境儿童分别为2215名、1084名、6310名。', { orphans: 1084, defacto_orphans: 2215, distressed_children: 6310 }],
    ['全市孤儿和事实无人抚养儿童、困境儿童分别为3299名、6310名。', { orphans_and_defacto: 3299, distressed_children: 6310 }],
    // 结婚登记和离婚登记 together are every registration the office handled: the catalogue's 婚姻登记.
    ['全年办理结婚登记和离婚登记共计9127对，比上年增加431对。', { marriage_registrations: 9127 }],
    ['全年办理结婚登记、离婚登记共计1.68万对。', { marriage_registrations: 16800 }],
    // People brought into 低保 one by one (按单人户纳入, 单独纳入) are some of its people, counted as they came in.
    ['对低保边缘家庭中的重病、重残人员按单人户纳入低保4210人。', {}],
    ['对重病、重残人员单独纳入低保2310人，全县共有低保对象1.2万人。', { dibao_recipients: 12000 }],
    ['全市享受分类施保的低保对象共14.2万人。全市低保对象32.1万人。', { dibao_recipients: 321000 }],
    // The money a sentence paid the same group it helped is that group's too, until the whole is named again.
    ['全年对脱贫人口和监测对象实施临时救助1.12万人次，发放临时救助资金1985万元。全年实施临时救助1.86万人次，发放临时救助资金3126万元。', { temp_assistance_cases: 18600, temp_assistance_funds: 31260000 }],
    ['全年对脱贫人口实施临时救助1200人次，全县累计发放临时救助资金3126万元。', { temp_assistance_funds: 31260000 }],
    // A line labelled 目标任务 lists targets to its end; what was done is said after.
    ['1.目标任务：城市低保标准提高到每人每月820元以上；按时足额发放低保金1.5亿元以上。完成情况：累计发放城乡低保金1.62亿元。', { dibao_funds: 162000000 }],
    // 三无人员 were the towns' 特困, as 五保 the countryside's.
    ['截至11月底，全县供养农村五保对象2163人，城镇“三无”人员47人；城镇“三无”人员供养标准提高到每人每月730元。', { tekun_recipients_rural: 2163, tekun_recipients_urban: 47, tekun_standard_urban: 730 }],
    // 社会团体和民办非企业单位 are the registered organisations by kind; those doing one thing, with companies among them, are some.
    ['截至年底全县共有社会团体和民办非企业单位96家，年检合格率92%。', { social_organizations: 96 }],
    ['全区现有从事居家养老服务的企业和社会组织43家。', {}],
    // Towns that are what a verb was done to (完成金城镇、马鞍镇…改造) are no subject of the sentence; towns that open it are.
    ['完成金城镇、马鞍镇、日兴镇3所区域性中心敬老院提升改造,新增失能照护床位180张,失能半失能特困人员集中供养率达到63.5%。', { tekun_disabled_centralized_rate: 63.5 }],
    ['金城镇、马鞍镇、日兴镇共有低保对象1200人。', {}],
    // The rest of a whole is the part the words after its count name; a rest they do not name is no fact.
    ['全市特困供养人员2.01万人，特困户集中供养4126人，其余15956人在家分散供养。', { tekun_recipients: 20100, tekun_centralized: 4126, tekun_dispersed: 15956 }],
    ['全市特困供养人员2.01万人，其余3人正在审核。', { tekun_recipients: 20100 }],
    // Brought under the programme just named (纳入保障) is its own count; put into one named after (纳入特困供养) is not.
    ['孤儿和事实无人抚养儿童1486名纳入保障，全年发放基本生活费2238万元。', { orphans_and_defacto: 1486, orphan_funds: 22380000 }],
    ['全年将低保对象中的156名纳入特困供养。', {}],
    // …and one put under a kind of care that is no programme (分类保障, 关爱服务台账) is still the count.
    ['困境儿童836名纳入分类保障。', { distressed_children: 836 }],
    ['农村留守儿童4216名、困境儿童1378名纳入关爱服务台账。', { left_behind_children: 4216, distressed_children: 1378 }],
    // 低保标准670元 is the standard; 低保标准1.5倍 a multiple of it.
    ['城市低保标准670元/人·月。收入低于当地低保标准1.5倍的家庭2300户。', { dibao_standard_urban: 670 }],
    // Registrations for one group (外省户籍当事人), and children some measure was taken for, are some of them.
    ['全年为外省户籍当事人办理婚姻登记1160对。全年办理婚姻登记2.84万对。', { marriage_registrations: 28400 }],
    ['全年落实临时监护、委托照护等措施的困境儿童142名。全市困境儿童9870名。', { distressed_children: 9870 }],
    // A share of another whole (占全县户籍人口的2.17%) is an aside: a 其中 after it breaks down the count before it.
    [
      '全县共有城乡低保对象9846户18652人，占全县户籍人口的2.17%，较上年末减少326人；其中城市低保对象1238人，占低保对象总数的6.6%，农村低保对象17414人，占93.4%。',
      { dibao_recipients: 18652, dibao_recipients_urban: 1238, dibao_recipients_rural: 17414 },
    ],
    // A task handed down is a target; what 我们实际 did against it is the result.
    ['市里给我们下达的困难老年人家庭适老化改造任务是500户，我们实际为620户特殊困难老年人家庭实施了适老化改造。', { home_adaptation_households: 620 }],
    // Homes spot-checked and people given job help are what the clause did, not the programme's count.
    ['全年开展“双随机”抽查3批次，抽查社会组织215家、养老机构87家。', {}],
    ['为有劳动能力的低保家庭成员提供就业援助2310人次。', {}],
    // A clause restating the money as an average a month is an aside: the 其中 after it breaks down the year's.
    ['全年累计发放特困人员救助供养资金8.3亿元，月均发放0.7亿元，其中发放照料护理补贴1.1亿元。', { tekun_funds: 830000000, tekun_care_funds: 110000000 }],
    // Three tiers of standards: 市区 is the towns', 农村 the countryside's, and 县城 between them no metric's.
    [
      '全市市区、县城、农村低保标准分别提高到每人每月720元、680元、520元。特困人员基本生活标准市区、县城、农村分别为每人每月936元、884元、676元。',
      { dibao_standard_urban: 720, dibao_standard_rural: 520, tekun_standard_urban: 936, tekun_standard_rural: 676 },
    ],
    ['本县城乡低保标准分别提高到每人每月830元、660元。', { dibao_standard_urban: 830, dibao_standard_rural: 660 }],
    // What the whole area has built is all it has, beds too; community stations just built are not institutions.
    ['全州建成养老机构14家，养老床位1460张；建成城镇社区日间照料中心19个。', { elderly_institutions: 14, elderly_beds: 1460 }],
    ['全州建成社区养老服务站32个，床位460张。', {}],
    // The age of the elderly said after their count.
    ['截至年底，全市老年人58.7万人（60周岁以上），占总人口的19.8%；80周岁以上老人8.26万人。', { elderly_population: 587000 }],
    ['全市老年人活动中心12个，老年人8.26万人参加体检。', {}],
    // What of one programme each figure counts (人数、金额), listed before 分别.
    ['全年完成特殊困难老年人家庭适老化改造1500户，高龄补贴发放人数、发放金额分别为7.12万人、5126万元。', { home_adaptation_households: 1500, elderly_allowance_recipients: 71200, elderly_allowance_funds: 51260000 }],
    // A skip word opening a later name of a 分别 list is that part's own; opening the first, or after the names, it governs them all.
    ['全年完成特殊困难老年人家庭适老化改造、新建农村互助老人幸福院分别为1500户、62个。', { home_adaptation_households: 1500 }],
    ['全年新增特困人员、低保对象分别为62人、1500人。', {}],
    ['全县城市、农村低保对象月人均补助水平分别为612元、448元。', {}],
    // Children put on file (逐一建立了档案) are how their programmes count them.
    ['对全县3862名农村留守儿童、1520名困境儿童逐一建立了档案。', { left_behind_children: 3862, distressed_children: 1520 }],
    // The volunteers of one named scheme are a part of all.
    ['推行“时间银行”互助养老模式，全县注册“时间银行”志愿者1.3万人。全县实名注册志愿者8.6万人。', { volunteers: 86000 }],
    // Classes of recipients listed with 分别 each have their own level; one standard 统一 for them all is the standard.
    ['农村低保标准提高到每人每年5520元。农村低保一类、二类对象月补助标准分别为每人每月460元、405元。', { dibao_standard_rural: 460 }],
    ['农村低保一类、二类对象保障标准统一提高到每人每年5268元。', { dibao_standard_rural: 439 }],
    // A home where a part is placed (其中在…儿童福利院集中养育) is no subject the next ；-item goes on with.
    ['全区共有孤儿187人，其中在徐州市儿童福利院集中养育42人、社会散居145人；事实无人抚养儿童463人，两类儿童合计650人。', { orphans: 187, defacto_orphans: 463 }],
    // A city's standard given as its counties' average (标准平均达到…) is its standard; an average payment is not.
    ['全市城市特困人员基本生活标准平均达到每人每月845元，农村特困人员基本生活标准平均达到每人每年7140元。全市城市低保月人均补助水平平均为512元。', { tekun_standard_urban: 845, tekun_standard_rural: 595 }],
    // Those a purchased service reached are not the programme's count, though their name holds 供养.
    ['全市共有特困人员3.3万人，其中分散供养特困人员2.62万人。全年购买服务覆盖分散供养特困人员8960人。', { tekun_recipients: 33000, tekun_dispersed: 26200 }],
    // Both scopes before a list of specifiers (城市和农村集中养育、社会散居孤儿…分别…) qualify them all.
    ['城市和农村集中养育、社会散居孤儿基本生活保障标准分别提高到每人每月1600元、1200元。', { orphan_standard_institutional: 1600, orphan_standard_dispersed: 1200 }],
    // 人/次 is 人次; a count of households (户次) beside it is not the programme's person-times.
    ['全年共实施临时救助2865户次、6132人/次，支出资金1020万元。', { temp_assistance_cases: 6132, temp_assistance_funds: 10200000 }],
    // Those settled (落户安置) are those the help reached: the thread goes on to its money.
    ['全年共救助流浪乞讨人员及生活无着人员526人/次，其中护送返乡89人/次，为长期滞留人员办理落户安置12人，全年支出救助经费48.3万元。', {
      vagrant_assistance_cases: 526, vagrant_assistance_funds: 483000,
    }],
    ['全县60岁以上老年人25.6万，占户籍人口的22.1%。', { elderly_population: 256000 }],
    // Those a clause puts into a programme (将…1.26万名老年人纳入低保) are not its head count; all of them put into it (全部纳入) are.
    ['三是强化与低保等制度衔接。将符合条件的1.26万名老年人纳入低保保障范围。', {}],
    ['我县将农村留守儿童6218名全部纳入关爱服务范围。', { left_behind_children: 6218 }],
    // 合计发放资金 after both subsidies given out is the two together's money.
    ['全年为5.83万名困难残疾人、6.12万名重度残疾人分别发放生活补贴和护理补贴，合计发放资金1.35亿元。', {
      disability_living_subsidy_recipients: 58300, disability_care_subsidy_recipients: 61200, disability_subsidy_funds: 135000000,
    }],
    // Those who receive an allowance 按规定 are its recipients.
    ['全市25.6万名80周岁以上老年人按规定享受高龄津贴，全年发放高龄津贴2.31亿元。', { elderly_allowance_recipients: 256000, elderly_allowance_funds: 231000000 }],
  ]);
  // A county quoting its prefecture by name as a clause's subject quotes another unit; applying the city's standard, it states its own.
  it.each([
    ['太康县民政局2022年工作总结', '需要说明的是，周口市全年城乡低保对象约39.6万人、市级财政下达我县低保和特困补助资金共计2.17亿元。', {}],
    ['太康县民政局2022年工作总结', '按照周口市统一部署，全年发放低保金1200万元。', { dibao_funds: 12000000 }],
    ['广州市白云区民政局2024年上半年工作总结', '自2024年1月1日起执行广州市城乡统一的最低生活保障标准每人每月1,338元。', { dibao_standard: 1338 }],
    // 全州 and 全地区 are above any county, a county-level city included, whose 全市 is its own.
    ['延吉市民政局2022年工作总结', '全州共有城乡低保对象7.9万人。全市共有城乡低保对象9400人。', { dibao_recipients: 9400 }],
    ['疏附县民政局2023年工作总结', '全地区城乡低保对象共计41.6万人。', {}],
    // What is unified across a higher area and applied by the unit (按全市统一标准执行…) is the unit's own standard in force.
    ['北京市朝阳区民政局2023年工作总结', '我区按全市统一标准执行城乡低保标准每人每月1395元。全市城乡低保对象11.2万人。', { dibao_standard: 1395 }],
    ['遵化市民政局2023年工作总结', '执行全省统一的特困人员供养标准，城市每人每月1260元、农村每人每月960元。', { tekun_standard_urban: 1260, tekun_standard_rural: 960 }],
    // 全 before the prefecture's name is its whole, and the unit's own share of it (其中诸城市…, 其中我市…) is the unit's figure.
    ['诸城市民政局2023年工作总结', '全潍坊市在册困境儿童5120名，我市在册困境儿童611名。', { distressed_children: 611 }],
    ['诸城市民政局2023年工作总结', '截至年底，全潍坊市共保障城乡低保对象13.9万人，其中诸城市保障1.12万人。', { dibao_recipients: 11200 }],
    ['太康县民政局2022年工作总结', '全周口市城乡低保对象约39.6万人，其中我县2.3万人。', { dibao_recipients: 23000 }],
    ['太康县民政局2022年工作总结', '全县城乡低保对象2.3万人，其中城市低保对象0.4万人。', { dibao_recipients: 23000, dibao_recipients_urban: 4000 }],
    // In an autonomous region, 自治区 alone is the region, above any of its cities or counties.
    ['库尔勒市民政局2022年工作总结', '自治区城乡低保对象共计120.3万人。全市城乡低保对象共计1.2万人。', { dibao_recipients: 12000 }],
    // A county named in an aside that broke the figure before it down: the sentence goes on with the city's own.
    [
      '张家界市民政局2023年工作总结',
      '全市在册孤儿412名（其中：永定区98名、武陵源区17名），事实无人抚养儿童1037名，全年发放孤儿和事实无人抚养儿童基本生活费1879万元。',
      { orphans: 412, defacto_orphans: 1037, orphan_funds: 18790000 },
    ],
    ['张家界市民政局2023年工作总结', '全市在册孤儿412名，其中永定区98名、武陵源区17名，慈利县事实无人抚养儿童300名。', { orphans: 412 }],
    // A nationwide system the city's volunteers are registered in is no figure of the nation's.
    ['周口市民政局2023年工作总结', '全市在全国志愿服务信息系统中实名注册志愿者达到142.6万人。全国实名注册志愿者2.3亿人。', { volunteers: 1426000 }],
    // A city's report that turns county by county under headings naming them (（一）甘州区。) gives their figures, not its own; a heading of its own work is no such section.
    ['张掖市民政局2023年工作总结', '全市共有困境儿童3176人。\n（一）甘州区。甘州区民政局坚持城乡统筹，全区共有困境儿童462人。\n（二）临泽县。全县共有养老床位2410张。', { distressed_children: 3176 }],
    ['张掖市民政局2023年工作总结', '（一）创建示范区：全市共有养老床位6830张。', { elderly_beds: 6830 }],
    // The whole named after a time that opens its clause (，全年全市…) ends the counties' part of the sentence.
    ['聊城市民政局2021年工作总结', '在阳谷县、莘县开展婚俗改革实验区建设，全年全市办理婚姻登记4.35万对。', { marriage_registrations: 43500 }],
    ['聊城市民政局2021年工作总结', '在阳谷县、莘县开展婚俗改革实验区建设，全年办理婚姻登记4350对。', {}],
    // A population in 万 needs no 人; a figure in 万 of nothing else is still no count.
    ['常德市民政局2022年工作总结', '全市60岁以上老年人口127.6万，老龄化率达到24.5%。全市养老机构床位3.2万。', { elderly_population: 1276000 }],
  ])('%s: %s', (title, sentence, expected) => {
    expect(Object.fromEntries(extractText(`${title}\n${sentence}\n`).facts.map((f) => [f.metric, f.value]))).toEqual(expected);
  });
  // A month outside the report's period is another time, whatever the measure; the period's own month is its own.
  const factsOf = (title: string, sentence: string) => Object.fromEntries(extractText(`${title}\n${sentence}\n`).facts.map((f) => [f.metric, f.value]));
  it.each([
    ['威县民政局2023年10月工作月报', '9月份全县发放城乡低保金421.65万元，本月较上月增加2.19万元。', {}],
    ['威县民政局2023年10月工作月报', '10月份全县发放城乡低保金421.65万元。', { dibao_funds: 4216500 }],
    ['威县民政局2023年第三季度工作情况', '6月份全县共有低保对象3200人。八月份全县共有特困人员1200人。', { tekun_recipients: 1200 }],
    ['威县民政局2023年工作总结', '12月份全县共有低保对象3200人。', { dibao_recipients: 3200 }],
    // A year's report that runs to December and speaks of 1—6月 speaks of its first half; one that runs to November speaks of its year to date.
    ['孝感市民政局2020年工作总结', '截至12月底，全市共有低保对象8.2万人。疫情期间（1—6月），全市实施临时救助4.17万人次。1—12月，全市累计实施临时救助6.82万人次。', {
      dibao_recipients: 82000, temp_assistance_cases: 68200,
    }],
    ['孝感市民政局2020年工作总结', '截至11月底，全市共有低保对象8.2万人。1—11月，全市累计实施临时救助6.82万人次。', { dibao_recipients: 82000, temp_assistance_cases: 68200 }],
    // …and so does one that speaks of 1—9月 beside 全年; 1—11月 in a report written in December is its year to date.
    ['凤翔区民政局2022年工作总结', '截至12月底，全区城乡低保对象8960人。1—9月为高龄老人发放高龄补贴1327万元。全年为高龄老人发放高龄补贴1786万元。', {
      dibao_recipients: 8960, elderly_allowance_funds: 17860000,
    }],
    ['凤翔区民政局2022年工作总结', '截至12月底，全区城乡低保对象8960人。1—11月为高龄老人发放高龄补贴1627万元。', { dibao_recipients: 8960, elderly_allowance_funds: 16270000 }],
    // A section on an earlier year's work holds no figure of the report's period; one since then is no such section.
    ['于都县民政局2022年上半年工作总结', '一、2021年度工作简要回顾\n2021年，全县各项工作圆满完成。全年共保障城乡低保对象52836人，累计发放城乡低保金3.21亿元。\n二、2022年上半年工作完成情况\n截至6月底，全县共有城乡低保对象51200人。', {
      dibao_recipients: 51200,
    }],
    ['于都县民政局2022年上半年工作总结', '一、2021年以来工作进展\n截至6月底，全县共有城乡低保对象51200人。', { dibao_recipients: 51200 }],
    // A year and the months after it (2022年1—6月) are one time: the clause after it, opening on the whole area, is under it.
    ['日照市民政局2022年工作总结', '截至12月底，全市共有低保对象3.2万人。全年发放临时救助资金14,328,960.00元。2022年1—6月，全市临时救助支出6,102,300.00元。', {
      dibao_recipients: 32000, temp_assistance_funds: 14328960,
    }],
    ['日照市民政局2022年工作总结', '截至12月底，全市共有低保对象3.2万人。2021年1—12月，全市临时救助支出6,102,300.00元。', { dibao_recipients: 32000 }],
    // The month before a month's report is another time; the thread's figures of other times are asides, so the ；-item after them goes on with it.
    ['滑县民政局2023年10月工作月报', '本月发放特困人员基本生活费603.40万元，上月发放605.10万元，1—10月累计发放5987.20万元；本月发放照料护理补贴42.60万元，1—10月累计发放423.80万元。', {
      tekun_funds: 6034000, tekun_care_funds: 426000,
    }],
    ['滑县民政局2023年10月工作月报', '上月全县发放城乡低保金421.65万元。', {}],
    // Months listed for their events (3月、7月分别开展…行动) date those events, not the total after them.
    ['株洲市民政局2024年1—10月工作进展', '3月、7月分别开展“寒冬送温暖”“夏季送清凉”专项行动，各级救助管理机构累计救助生活无着流浪乞讨人员1436人次。', { vagrant_assistance_cases: 1436 }],
    ['株洲市民政局2024年1—10月工作进展', '3月、7月分别救助流浪乞讨人员120人次、150人次。', {}],
    // A change on last month (较上月减少23人) compares; it does not put what follows in last month.
    ['长兴县民政局2024年5月民政工作简报', '月末在册低保对象3126户4872人，较上月减少23人，执行低保标准每人每月1160元。', { dibao_recipients: 4872, dibao_standard: 1160 }],
    // The year's own task (2023年度) broken down to the quarter is more than the quarter's report: its part is the quarter's.
    ['沂水县民政局2023年第四季度工作总结', '2023年度困难老年人家庭适老化改造任务600户于12月中旬全部完工，其中四季度完成218户。', { home_adaptation_households: 218 }],
    // A half's flows are more than a quarter's; a half's report reads its own half, not the other.
    ['攸县民政局2024年第二季度工作总结', '二季度全县发放城乡低保金1,486.7万元，累计保障39,612人次；上半年累计发放低保金2,957.3万元、保障79,108人次。', {
      dibao_funds: 14867000, dibao_person_times: 39612,
    }],
    ['攸县民政局2024年下半年工作总结', '上半年全县发放城乡低保金2,957.3万元。下半年全县发放城乡低保金3,001.2万元。', { dibao_funds: 30012000 }],
    ['沂水县民政局2023年工作总结', '全年全县共保障城乡低保对象3200人。2023年度困难老年人家庭适老化改造任务600户于12月中旬全部完工，其中四季度完成218户。', {
      dibao_recipients: 3200, home_adaptation_households: 600,
    }],
    // A statistical return's lines: the unit in the label, this period's column first, the year to date after its ；, 其中 rows under a total.
    ['绥化市民政事业统计季报（2023年第三季度）', [
      '1.城市低保保障人数（人）：本季度 38642；1—9月累计 39105',
      '2.特困人员救助供养人数（人）：本季度 24316；1—9月累计 24208',
      '　其中：集中供养人数（人）：本季度 5862；1—9月累计 5840',
      '　　　　分散供养人数（人）：本季度 18454；1—9月累计 18368',
      '3.临时救助资金支出（万元）：本季度 1246.8；1—9月累计 3512.6',
    ].join('\n'), {
      dibao_recipients_urban: 38642, tekun_recipients: 24316, tekun_centralized: 5862, tekun_dispersed: 18454, temp_assistance_funds: 12468000,
    }],
  ])('%s: %s', (title, sentence, expected) => {
    expect(factsOf(title, sentence)).toEqual(expected);
  });
});

describe('completions against targets', () => {
  itYieldsEach([
    // A heading run into its paragraph names what the paragraph's sentences count; a rate of the year's task done is no plan.
    ['（三）临时救助。目标任务：全年实施临时救助5万人次以上。完成情况：实际救助5.68万人次，完成年度任务的113.6%，支出临时救助资金1.52亿元。', {
      temp_assistance_cases: 56800, temp_assistance_funds: 152000000,
    }],
    // What a standard is in fact (实际执行) against its target is a standard too, and done.
    ['集中养育孤儿保障标准目标不低于每人每月1600元，实际执行1700元，社会散居孤儿实际执行1250元。', {
      orphan_standard_institutional: 1700, orphan_standard_dispersed: 1250,
    }],
    ['全年计划完成适老化改造2000户，占年度任务的一半。', {}],
    // The year's task may name what it is of before 任务 (年度适老化改造任务2000户): still a target.
    ['年度适老化改造任务2000户，上半年已完成1265户。', { home_adaptation_households: 1265 }],
    ['全年完成适老化改造任务2000户。', { home_adaptation_households: 2000 }],
  ]);
  // The city's plan said between the topic and the county's own result is an aside on it.
  itYieldsEach([
    ['特殊困难老年人家庭适老化改造列入全市重点民生实事，全市计划改造1万户，下达我县任务500户，我县实际完成536户。', { home_adaptation_households: 536 }],
  ], '奉节县民政局');
  // Households the thread's work was done for (为425户家庭完成改造) are the thread's, after the task handed down.
  itYieldsEach([
    ['潍坊市下达我市特殊困难老年人家庭适老化改造任务300户，全年实际为425户家庭完成改造，户均投入6000元。', { home_adaptation_households: 425 }],
  ], '诸城市民政局');
});

describe('figure first, what it is after', () => {
  itYieldsEach([
    // What the clause says of the noun after the count (登记在册, 实名注册) is the stock statement the metric asks for.
    ['1165家社会组织在市县两级民政部门登记在册。', { social_organizations: 1165 }],
    ['18.7万名志愿者在“志愿甘肃”平台实名注册。', { volunteers: 187000 }],
    ['120家社会组织参与年检评估。', {}],
    // Money that opens its clause is named by the programme's money right after it.
    ['1.73亿元特困供养资金足额兑现，其中护理补贴2640万元。', { tekun_funds: 173000000, tekun_care_funds: 26400000 }],
    ['3.2亿元低保金全部通过一卡通发放。', { dibao_funds: 320000000 }],
    ['3.2亿元用于低保对象的医疗救助。', {}],
  ]);
});


describe('those a payment went to, and households before a head count', () => {
  itYieldsEach([
    // 为 the whole area's, or an age written in words, before the count: still those the programme paid.
    ['为全州8.9万名80周岁以上老人发放高龄津贴8416万元。', { elderly_allowance_recipients: 89000, elderly_allowance_funds: 84160000 }],
    ['为八十周岁以上一万八千余名老年人发放高龄津贴九百九十万元。', { elderly_allowance_recipients: 18000, elderly_allowance_funds: 9900000 }],
    // Households listed before the head count (两千余户、三千一百余人次) are the same people's.
    ['（三）临时救助。全年共救助两千余户、三千一百余人次，支出临时救助资金三百八十五万元。', { temp_assistance_cases: 3100, temp_assistance_funds: 3850000 }],
    ['（三）临时救助。全年共救助2000余户、3100余人次，支出资金385万元。', { temp_assistance_cases: 3100, temp_assistance_funds: 3850000 }],
    // Money after the two subsidies' counts, each in its own clause, is the two's.
    ['5.残疾人两项补贴。困难残疾人生活补贴5312人，重度残疾人护理补贴6874人，全年发放资金3768.4万元。', {
      disability_living_subsidy_recipients: 5312, disability_care_subsidy_recipients: 6874, disability_subsidy_funds: 37684000,
    }],
    // A count brought within a programme's range after it is that programme's; a group of people, or an act (将…纳入), is not.
    ['全区80周岁以上老年人2.96万人全部纳入高龄老人生活补贴发放范围。', { elderly_allowance_recipients: 29600 }],
    ['23.62万名城乡困难群众纳入低保保障范围。', { dibao_recipients: 236200 }],
    ['4.62万名困难老年人纳入城乡低保范围。', {}],
    ['将2315名监测对象纳入低保保障范围。', {}],
    // 农村牧区 is one scope, the countryside's where herding is: two scopes, two standards.
    ['城镇、农村牧区特困人员基本生活标准同步提高到每人每月1164元、917元。', { tekun_standard_urban: 1164, tekun_standard_rural: 917 }],
    ['城镇低保对象1.2万人，农村牧区低保对象3.4万人。', { dibao_recipients_urban: 12000, dibao_recipients_rural: 34000 }],
    // Those newly registered are an addition, not the registered total.
    ['12.志愿服务。实名注册志愿者13.6万人，其中2021年新注册1.1万人。', { volunteers: 136000 }],
  ], '某县民政局');
  // A list of places' figures is an aside on the thread: the whole's figure after it is still the programme's.
  itYieldsEach([
    ['（一）城乡低保。各县区发放低保资金分别为：安定区2786.4万元、通渭县3301.5万元、岷县3485.6万元，全市累计发放1.98亿元。', { dibao_funds: 198000000 }],
    ['（一）城乡低保。全年各县区发放低保资金分别为：安定区2786.4万元、通渭县3301.5万元、岷县3485.6万元，全市累计发放1.98亿元。', { dibao_funds: 198000000 }],
  ], '定西市民政局');
});

describe('levels set above the unit', () => {
  // The province's floor or the city's level (省定最低标准, 市定标准) is not the one the county applies.
  itYieldsEach([
    ['省定最低标准为城市低保每人每月650元。市定标准为城市特困人员每人每月858元。本县执行标准为城市特困人员每人每月884元。', { tekun_standard_urban: 884 }],
    // A run-in label's word holds for every item of its list, not only the first.
    ['邵阳市随后明确市定标准：城市低保每人每月660元，农村低保每人每年5400元。本县执行标准调整为城市低保每人每月680元、农村低保每人每年5520元（折合每人每月460元）。', { dibao_standard_urban: 680, dibao_standard_rural: 460 }],
    ['全市低保标准：城市每人每月700元，农村每人每月520元。', {}],
    // A new label starts a list of its own.
    ['市定标准：城市特困人员每人每月858元；本县标准：城市特困人员每人每月884元，农村特困人员每人每月598元。', { tekun_standard_urban: 884, tekun_standard_rural: 598 }],
  ], '隆回县民政局');
  itYieldsEach([
    // New entrants listed after their label are an addition, each of them.
    ['全年新纳入低保：城市低保对象120人，农村低保对象356人。全县城市低保对象1862人，农村低保对象9437人。', { dibao_recipients_urban: 1862, dibao_recipients_rural: 9437 }],
  ], '某县民政局');
});

describe('what the twentieth session’s probes found', () => {
  // Homes merged into fewer (整合为, 合并为, 压减到): the number after the verb is the one that stands.
  itYieldsEach([
    ['全区养老机构由上年的31家整合为29家，床位由4386张增至4512张。', { elderly_institutions: 29, elderly_beds: 4512 }],
    ['全县养老机构由36家合并为30家。', { elderly_institutions: 30 }],
  ], '夷陵区民政局');
  // Another year heading a list (…同期主要数据列示如下：, or opening its sentence before a comma) holds past each ；
  // to the sentence's end; a month range in parentheses after it is that year's; the next sentence is the report's again.
  itYieldsEach([
    [
      '现将2020年同期（1—11月）主要数据列示如下：全区在册低保对象4016户7105人；特困人员1098人，发放供养金2296万元。全区特困人员1126人。',
      { tekun_recipients: 1126 },
    ],
    ['2020年同期，全区在册低保对象4016户7105人；特困人员1098人；办理婚姻登记1.38万对。全区特困人员1126人。', { tekun_recipients: 1126 }],
    // A time inside its clause (not heading it) holds to its ； only.
    ['上年同期全县临时救助401人次；城市低保保障面为3%。', { dibao_coverage_urban: 3 }],
  ], '番禺区民政局');
  // A short name the text declares (以下简称“城低”) names the family, in the scope, it was declared for, from there on.
  itYieldsEach([
    [
      '城市最低生活保障（以下简称“城低”）和农村最低生活保障（以下简称“农低”）工作有序开展。全县城低对象2963户5612人，农低对象16847户35420人，全年发放城低金4172.6万元、农低金2.04亿元。',
      { dibao_recipients_urban: 5612, dibao_recipients_rural: 35420, dibao_funds_urban: 41726000, dibao_funds_rural: 204000000 },
    ],
    ['特困人员救助供养（以下简称“特供”）方面，全县特供对象7836人，全年发放特供资金1.02亿元。', { tekun_recipients: 7836, tekun_funds: 102000000 }],
    // Undeclared, the same words name nothing.
    ['全县城低对象2963户5612人，特供对象7836人。', {}],
  ], '于都县民政局');
  itYieldsEach([
    // Money secured (争取…救助金58万元) is no plan; streets that approve (其中由街道先行审批…) are no street's own statement.
    [
      '全年实施临时救助2763人次，其中由街道先行审批的急难型临时救助1134人次，此外还协调区慈善会为46户因病致困家庭争取慈善救助金58万元，区救助管理站全年救助生活无着的流浪乞讨人员628人次。',
      { temp_assistance_cases: 2763, vagrant_assistance_cases: 628 },
    ],
    ['明年争取新建养老机构3家。', {}],
  ], '江夏区民政局');
  itYieldsEach([
    // A 其中 right after a part of one scope breaks that part down; sibling parts each after 其中 are parts of the whole.
    [
      '全市共有特困供养人员14,862人，其中农村特困人员14,035人，其中集中供养2,716人、分散供养11,319人；城市特困人员827人。',
      { tekun_recipients: 14862, tekun_recipients_rural: 14035, tekun_recipients_urban: 827 },
    ],
    ['全市低保对象5000人，其中城市1200人，其中农村3800人。', { dibao_recipients: 5000, dibao_recipients_urban: 1200, dibao_recipients_rural: 3800 }],
  ], '天水市民政局');
});

describe('a level set before the period', () => {
  // In force through the period (自2020年7月1日起为…) unless the sentence or the text sets another later.
  itYieldsEach([
    ['全区执行城乡统一的最低生活保障标准，自2020年7月1日起为每人每月1200元。', { dibao_standard: 1200 }],
    ['全区低保标准自2019年7月1日起提高到每人每月1100元，自2020年7月1日起提高到每人每月1200元。', { dibao_standard: 1200 }],
    ['全区低保标准自2020年7月1日起为每人每月1100元。2021年7月起全区低保标准提高到每人每月1200元。', { dibao_standard: 1200 }],
    // Money paid since then is not the period's.
    ['自2020年7月1日起累计发放低保金3200万元。', {}],
  ], '瓯海区民政局');
  // A total after the kinds counted one by one (公办/民办, 社会团体/民办非企业单位/基金会) is the whole's.
  itYieldsEach([
    ['全区公办养老机构12家、民办养老机构20家，合计32家。', { elderly_institutions: 32 }],
    ['全区公办养老床位1200张、民办养老床位2000张，合计3200张。', { elderly_beds: 3200 }],
    ['全区登记社会团体386家、民办非企业单位612家、基金会9家，合计1007家。', { social_organizations: 1007 }],
    ['全区登记社会团体386家、民办非企业单位612家。', {}],
    ['全区登记社会团体和民办非企业单位共998家。', { social_organizations: 998 }],
  ], '南海区民政局');
});

describe('money after a count that gave nothing', () => {
  // A programme for one group (困难家庭儿童): the count is a part, and so is the money after it that names no one.
  itYieldsEach([
    ['对困难家庭儿童实施临时救助1024人次，发放资金156.8万元。', {}],
    // After the total, the money is the total's.
    ['全年实施临时救助1.52万人次，其中急难救助312人次，支出资金3000万元。', { temp_assistance_cases: 15200, temp_assistance_funds: 30000000 }],
  ], '曲靖市民政局');
});
