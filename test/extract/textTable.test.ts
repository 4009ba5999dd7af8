// Tables pasted into a .txt report as tab-separated rows (Word and Excel copy them this way), or
// lined up with spaces (a PDF's text layer, a table typed in plain text).
import { describe, expect, it } from 'vitest';
import { extractText } from '#shared/extract/extractReport.ts';

const report = (...lines: string[]) => extractText(['滁州市民政局2021年民政事业统计数据', '', ...lines].join('\n'));
const valuesOf = (result: ReturnType<typeof extractText>) => Object.fromEntries(result.facts.map((f) => [f.metric, f.value]));

describe('text tables', () => {
  it('takes the unit from the 单位 column and the figure from the latest year, not last year’s or the change', () => {
    const result = report(
      '指标名称\t单位\t2020年\t2021年\t增减%',
      '城市低保对象\t人\t12563\t11820\t-5.9',
      '城市低保标准\t元/人/月\t640\t690\t7.8',
      '城乡低保资金\t万元\t8923.5\t9310.2\t4.3',
      '养老床位\t张\t18620\t19305\t3.7',
    );
    expect(valuesOf(result)).toEqual({
      dibao_recipients_urban: 11820, dibao_standard_urban: 690, dibao_funds: 93102000, elderly_beds: 19305,
    });
    // The quote is the row as written, and the value's offsets point at the 2021 cell.
    const text = ['滁州市民政局2021年民政事业统计数据', '', '指标名称\t单位\t2020年\t2021年\t增减%', '城市低保对象\t人\t12563\t11820\t-5.9'].join('\n');
    const fact = extractText(text).facts[0];
    expect(fact.quote).toBe('城市低保对象\t人\t12563\t11820\t-5.9');
    expect(text.slice(fact.valueStart, fact.valueEnd)).toBe('11820');
  });

  it('reads a part row under its total in a table ruled with pipes (| 其中:集中供养 | 人 | 1187 |)', () => {
    const result = report(
      '| 指标 | 单位 | 2021年 | 2020年 | 增减% |',
      '| --- | --- | --- | --- | --- |',
      '| 特困供养人员 | 人 | 3512 | 3608 | -2.7 |',
      '| 其中:集中供养 | 人 | 1187 | 1203 | -1.3 |',
      '| 临时救助 | 人次 | 8642 | 7915 | 9.2 |',
    );
    expect(valuesOf(result)).toEqual({ tekun_recipients: 3512, tekun_centralized: 1187, temp_assistance_cases: 8642 });
  });

  it('reads what was done, not the target beside it nor the rate of completion, and a rate whose unit is %', () => {
    const result = report(
      '指标名称\t单位\t全年目标\t完成数\t完成率',
      '城市低保标准\t元/人/月\t600\t620\t103.3%',
      '失能半失能特困人员集中供养率\t%\t50\t58.6\t117.2%',
      '养老机构床位\t张\t45000\t47218\t104.9%',
    );
    expect(valuesOf(result)).toEqual({ dibao_standard_urban: 620, tekun_disabled_centralized_rate: 58.6, elderly_beds: 47218 });
    expect(valuesOf(report('指标\t数值', '城市低保保障面（%）\t3.2'))).toEqual({ dibao_coverage_urban: 3.2 });
  });

  it('reads what was spent, not the budget beside it (预算数 | 执行数 | 执行率), in the unit line’s 万元', () => {
    const rows = ['城乡低保资金', '6850.00', '6723.46', '98.15%'];
    const result = report('（单位：万元）', '项目名称\t预算数\t执行数\t执行率', rows.join('\t'), '合计\t14306.00\t14042.05\t98.15%');
    expect(valuesOf(result)).toEqual({ dibao_funds: 67234600 });
  });

  it('gives a programme row’s money its programme’s funds metric, though the row names no purpose (孤儿 | 486 | 468.03)', () => {
    const header = '项目\t保障人数(人)\t发放金额(万元)\t同比(%)';
    const result = report(header, '特困人员\t9875\t6318.52\t+5.3', '孤儿及事实无人抚养儿童\t486\t468.03\t+1.8', '孤儿助学\t120\t36.00\t+2.0');
    // A row that names another purpose (助学) is not the basic living money; nor is a rate column.
    expect(valuesOf(result)).toEqual({ tekun_recipients: 9875, tekun_funds: 63185200, orphans_and_defacto: 486, orphan_funds: 4680300 });
    const rates = report('（单位：万元）', '项目\t预算数\t执行数\t执行率', '特困人员供养\t2936.00\t3081.52\t99.53%');
    expect(valuesOf(rates)).toEqual({ tekun_funds: 30815200 });
  });

  it('reads a header spaced out over its columns (项  目, 增  减) and the latest of two years’ halves (2020上半年 | 2021上半年)', () => {
    const result = report(
      '项  目                        2020上半年    2021上半年     增  减',
      '临时救助(人次)                  1532          1687         +155',
      '孤儿和事实无人抚养儿童(人)        97            92           -5',
    );
    expect(valuesOf(result)).toEqual({ temp_assistance_cases: 1687, orphans_and_defacto: 92 });
  });

  it('reads what was spent, not where the money came from (中省补助 | 县级配套 | 实际支出)', () => {
    const result = report('（单位：万元）', '项目\t中省补助\t县级配套\t实际支出\t支出进度', '城乡低保\t12850.00\t680.00\t13512.36\t99.87%');
    expect(valuesOf(result)).toEqual({ dibao_funds: 135123600 });
  });

  it('splits cells that ideographic spaces divide, as a table typed in Word and copied as text has', () => {
    const result = report(
      '表1　2021年度重点民生项目资金执行情况',
      '（单位：万元）',
      '项目名称　预算数　执行数　执行率',
      '城乡低保资金　6850.00　6723.46　98.15%',
      '临时救助资金　　620.00　　574.30　　92.63%',
    );
    expect(valuesOf(result)).toEqual({ dibao_funds: 67234600, temp_assistance_funds: 5743000 });
    // The row is quoted as written, ideographic spaces and all.
    expect(result.facts[0].quote).toBe('城乡低保资金　6850.00　6723.46　98.15%');
    // Prose keeps them as spaces: an indent, and a gap in a sentence.
    expect(valuesOf(report('　　全年支出城乡低保资金　6723.46万元，临时救助资金　574.30万元。'))).toEqual({ dibao_funds: 67234600, temp_assistance_funds: 5743000 });
  });

  it('takes the nearest header above the rows, past lines above it that only look like rows', () => {
    const result = report(
      '报告期  2024年第3季度',
      '口径  时点指标为9月末数  本季指标为7-9月发生数',
      '指标名称  计量单位  数值',
      '一、社会救助',
      '城市最低生活保障人数  人  2156',
      '城市最低生活保障资金支出(本季)  万元  553.66',
    );
    expect(valuesOf(result)).toEqual({ dibao_recipients_urban: 2156, dibao_funds_urban: 5536600 });
  });

  it('reads a table of two cells a row, ruled with pipes at both ends, by the units in its row labels', () => {
    const result = report('| 指标 | 2024年 |', '|---|---|', '| 养老床位（张） | 32540 |', '| 城市低保对象（人） | 10236 |');
    expect(valuesOf(result)).toEqual({ elderly_beds: 32540, dibao_recipients_urban: 10236 });
  });

  it('reads past a line naming a group of rows between the header and the rows', () => {
    const result = report(
      '指标名称                                    本季度        去年同期',
      '一、城乡最低生活保障',
      '城市低保对象（人）                          25,836        27,412',
      '二、养老服务',
      '养老床位（张）                              28,640        27,915',
    );
    expect(valuesOf(result)).toEqual({ dibao_recipients_urban: 25836, elderly_beds: 28640 });
  });

  it('reads 本年 and 上年 columns, and a unit in the row label', () => {
    const result = report('指标\t本年\t上年\t同比%', '城市低保对象（人）\t11820\t12563\t-5.9', '养老床位（张）\t19305\t18620\t3.7');
    expect(valuesOf(result)).toEqual({ dibao_recipients_urban: 11820, elderly_beds: 19305 });
  });

  it('takes the unit from a column header, and a cell’s own unit in a parenthesis over it', () => {
    const result = report('项目\t人数(人)\t资金(万元)', '城市低保对象\t3126\t612.3', '特困供养人员\t1320\t980', '临时救助\t2361(人次)\t315.6');
    expect(valuesOf(result)).toEqual({
      dibao_recipients_urban: 3126, dibao_funds_urban: 6123000, tekun_recipients: 1320, tekun_funds: 9800000, temp_assistance_cases: 2361,
    });
  });

  it('reads the whole period’s column, not one month’s beside it', () => {
    const result = report('项目\t保障人数(人)\t9月发放资金(万元)\t1-9月累计发放资金(万元)', '城市低保\t3126\t68.5\t612.3', '农村低保\t18452\t312.6\t2865.4');
    expect(valuesOf(result)).toEqual({
      dibao_recipients_urban: 3126, dibao_funds_urban: 6123000, dibao_recipients_rural: 18452, dibao_funds_rural: 28654000,
    });
  });

  it('reads a month’s column beside the year to date’s by the report’s period: flows from the one as long as it, stocks from the month', () => {
    const rows = ['指标\t单位\t本月\t本年累计\t上年同期', '城市低保对象\t人\t10236\t—\t10958', '临时救助资金支出\t万元\t148.62\t1426.75\t1512.30'];
    const toDate = extractText(['连云港市民政局民政统计月报', '2023年1-10月', '', ...rows].join('\n'));
    expect(valuesOf(toDate)).toEqual({ dibao_recipients_urban: 10236, temp_assistance_funds: 14267500 });
    const month = extractText(['连云港市民政局2023年10月份民政工作情况', '', ...rows].join('\n'));
    expect(month.period.key).toBe('2023-10');
    expect(valuesOf(month)).toEqual({ dibao_recipients_urban: 10236, temp_assistance_funds: 1486200 });
  });

  it('goes on breaking a total down in the rows under its 其中 row', () => {
    const result = report('项目\t人数(人)\t资金(万元)', '特困人员供养\t1320\t980', '  其中：集中供养\t402\t356.2', '        分散供养\t918\t623.8', '临时救助\t2361(人次)\t315.6');
    expect(valuesOf(result)).toEqual({ tekun_recipients: 1320, tekun_funds: 9800000, tekun_centralized: 402, tekun_dispersed: 918, temp_assistance_cases: 2361 });
  });

  it('reads a table whose rows open on their serial number (序号): no figure in that column, and a 其中 row after it is still a part', () => {
    const result = report(
      '序号\t指标名称\t计量单位\t2022年\t2021年\t同比增减（%）',
      '7\t特困供养人员\t人\t8735\t8812\t-0.9',
      '8\t  其中：集中供养\t人\t1964\t1902\t3.3',
      '9\t        分散供养\t人\t6771\t6910\t-2.0',
      '10\t特困供养资金\t万元\t9862.4\t9415.7\t4.7',
    );
    expect(valuesOf(result)).toEqual({ tekun_recipients: 8735, tekun_centralized: 1964, tekun_dispersed: 6771, tekun_funds: 98624000 });
  });

  it('reads a row whose label carries its unit, however far the figure stands from it (特困供养人员（人）    2,134)', () => {
    const result = report(
      '二、特困人员救助供养',
      '城市特困供养人员（人）                      2,134',
      '农村特困供养人员（人）                      31,286',
      '  其中：集中供养（人）                      6,045',
      '        分散供养（人）                      27,375',
    );
    expect(valuesOf(result)).toEqual({ tekun_recipients_urban: 2134, tekun_recipients_rural: 31286, tekun_centralized: 6045, tekun_dispersed: 27375 });
  });

  it('reads a quarter’s column in a quarter’s report and the year to date’s in a year’s (本季度 | 1-12月累计 | 去年同期)', () => {
    const rows = [
      '指标名称\t本季度\t1-12月累计\t去年同期',
      '城市低保资金支出（万元）\t4826.5\t19012.3\t4903.1',
      '城市低保对象（人）\t25836\t—\t27412',
    ];
    const quarter = extractText(['邵阳市民政局2023年第四季度民政事业统计季报', '', ...rows].join('\n'));
    expect(valuesOf(quarter)).toEqual({ dibao_funds_urban: 48265000, dibao_recipients_urban: 25836 });
    expect(valuesOf(report(...rows))).toEqual({ dibao_funds_urban: 190123000, dibao_recipients_urban: 25836 });
  });

  it('reads a table lined up with spaces, its title line and indented rows included', () => {
    const result = report(
      '表1  2023年1—6月全市社会救助资金发放情况',
      '项目                    户数(户)   人数(人)   金额(万元)   金额同比(%)',
      '城市低保                1531       2861       961.2        +3.2',
      '特困人员供养            —          2431       1438.2       +6.1',
      '  其中:集中供养        —          312        304.6        —',
      '        分散供养        —          2119       1133.6       —',
      '临时救助(人次)          —          2134       431.5        -2.4',
      '合计                    —          —          2833.9       +4.8',
    );
    expect(valuesOf(result)).toEqual({
      dibao_recipients_urban: 2861, dibao_funds_urban: 9612000, tekun_recipients: 2431, tekun_funds: 14382000,
      tekun_centralized: 312, tekun_dispersed: 2119, temp_assistance_cases: 2134, temp_assistance_funds: 4315000,
    });
  });

  it('reads a table ruled with pipes, past its Markdown separator line, and prose with a pipe in it as prose', () => {
    const result = report(
      '| 指标 | 单位 | 2020年 | 2021年 | 增长% |',
      '| --- | --- | --- | --- | --- |',
      '| 城乡低保对象 | 人 | 98650 | 93420 | -5.3 |',
      '| 其中：城市低保对象 | 人 | 9105 | 8420 | -7.5 |',
      '| 低保资金支出 | 万元 | 66310 | 68520 | 3.3 |',
    );
    expect(valuesOf(result)).toEqual({ dibao_recipients: 93420, dibao_recipients_urban: 8420, dibao_funds: 685200000 });
    expect(valuesOf(report('全市城乡低保对象93420人|其他。'))).toEqual({ dibao_recipients: 93420 });
  });

  it('reads rows ruled with pipes between their cells only, the unit in the label and the 其中 rows under a total', () => {
    const monthly = extractText(
      [
        '固始县民政局2022年8月民政统计快报',
        '指标名称（计量单位） | 本月 | 1—8月累计 | 同比%',
        '特困供养人员（人） | 11236 | — | -1.2',
        '  其中：集中供养（人） | 2418 | — | 3.5',
        '        分散供养（人） | 8818 | — | -2.4',
        '临时救助资金（万元） | 72.9 | 566.4 | 10.2',
        '全县各乡镇（街道）临时救助备用金已全部拨付到位，共计630万元。',
      ].join('\n'),
    );
    expect(valuesOf(monthly)).toEqual({ tekun_recipients: 11236, tekun_centralized: 2418, tekun_dispersed: 8818, temp_assistance_funds: 729000 });
  });

  it('reads prose with double spaces in it as prose', () => {
    const result = report('全市共保障城市低保对象  2861人，发放资金  961.2万元。', '农村低保对象  9320人，较上年  减少120人。');
    expect(valuesOf(result)).toEqual({ dibao_recipients_urban: 2861, dibao_funds_urban: 9612000, dibao_recipients_rural: 9320 });
  });

  it('leaves a table with no unit anywhere alone', () => {
    expect(report('指标\t2020年\t2021年', '城市低保对象\t12563\t11820').facts).toEqual([]);
  });
});

describe('tables whose columns are measures and whose rows are scopes or places', () => {
  it('reads the 城市, 农村 and 合计 rows of a programme the caption names, with the units of the header, quoting the row', () => {
    const lines = [
      '截至2022年12月底，全县在册低保对象3,698户5,499人。分城乡情况见下表：',
      '| 类别 | 户数（户） | 人数（人） | 全年发放资金（万元） |',
      '|---|---|---|---|',
      '| 城市 | 412 | 586 | 542.6 |',
      '| 农村 | 3,286 | 4,913 | 4,389.7 |',
      '| 合计 | 3,698 | 5,499 | 4,932.3 |',
    ];
    const result = report(...lines);
    expect(valuesOf(result)).toEqual({
      dibao_recipients: 5499, dibao_recipients_urban: 586, dibao_funds_urban: 5426000, dibao_recipients_rural: 4913, dibao_funds_rural: 43897000, dibao_funds: 49323000,
    });
    const urban = result.facts.find((f) => f.metric === 'dibao_funds_urban')!;
    expect(urban.quote).toBe('城市 | 412 | 586 | 542.6');
  });

  it('reads only the 合计 row of a table by county, its programmes in the header and its unit on the line above', () => {
    const result = report(
      '附表：2021年滁州市各县区低保、特困供养对象情况统计表',
      '单位：人',
      '县区          城市低保对象  农村低保对象  特困人员',
      '琅琊区        7862          0             806',
      '天长市        6418          29876         2214',
      '合计          14280         29876         3020',
    );
    expect(valuesOf(result)).toEqual({ dibao_recipients_urban: 14280, dibao_recipients_rural: 29876, tekun_recipients: 3020 });
  });

  it('reads a 全市合计 row as the whole, its columns’ units in their headers', () => {
    const result = report(
      '表2　2021年柳州市各县（区）养老机构床位情况',
      '县（区）\t养老机构（家）\t床位（张）\t其中护理型床位（张）',
      '城中区\t6\t812\t455',
      '鱼峰区\t12\t1936\t1120',
      '全市合计\t118\t13126\t6588',
    );
    expect(valuesOf(result)).toEqual({ elderly_institutions: 118, elderly_beds: 13126 });
  });

  it('leaves a table of programmes, whose 合计 adds unlike things, to be read row by row, and a table of another year alone', () => {
    const programmes = report(
      '全区城乡低保标准为每人每月790元。主要救助指标完成情况见下表：',
      '项目\t保障人数(人)\t资金(万元)',
      '城市低保\t3126\t612.3',
      '特困供养\t4213\t1302.7',
      '合计\t7339\t1915.0',
    );
    expect(valuesOf(programmes)).toEqual({ dibao_standard: 790, dibao_recipients_urban: 3126, dibao_funds_urban: 6123000, tekun_recipients: 4213, tekun_funds: 13027000 });
    const lastYear = report('表1  2020年全市低保对象情况', '类别\t人数（人）', '城市\t586', '农村\t4913');
    expect(lastYear.facts).toEqual([]);
  });

  it('takes a column’s unit from its count word (人数, 床位数), a 其中 column’s from the column before it, and a 合计 of one programme’s kinds', () => {
    const tekun = report('表2  2021年全市特困人员救助供养情况', '类别    供养人数    其中集中供养    资金（万元）', '城市    86      22        152.3', '农村    1274    368       2061.5', '合计    1360    390       2213.8');
    expect(valuesOf(tekun)).toEqual({
      tekun_recipients_urban: 86, tekun_funds_urban: 1523000, tekun_recipients_rural: 1274, tekun_funds_rural: 20615000, tekun_recipients: 1360, tekun_centralized: 390, tekun_funds: 22138000,
    });
    const homes = report('表4  2021年末全市养老机构情况', '类型        机构数（家）    床位数（张）    其中护理型床位（张）', '公办养老机构    13        2160      1120', '民办养老机构    21        3845      2036', '合计        34        6005      3156');
    expect(valuesOf(homes)).toEqual({ elderly_institutions: 34, elderly_beds: 6005 });
    const subsidies = report('项目           人数       资金（万元）', '困难残疾人生活补贴    4126     495.1', '重度残疾人护理补贴    6382     612.7', '合计           10508    1107.8');
    expect(valuesOf(subsidies)).toEqual({
      disability_living_subsidy_recipients: 4126, disability_living_subsidy_funds: 4951000, disability_care_subsidy_recipients: 6382, disability_care_subsidy_funds: 6127000,
    });
  });

  it('reads a 附表 after the plans for next year: an appendix ends the plan section', () => {
    const result = report('三、2022年工作打算', '力争全市低保对象稳定在6000人以内。', '附表：2021年全市低保对象情况', '类别\t人数（人）', '城市\t586', '农村\t4913');
    expect(valuesOf(result)).toEqual({ dibao_recipients_urban: 586, dibao_recipients_rural: 4913 });
  });
});
