// Whole-report behaviour: templates, period, reporting unit.
import { describe, expect, it } from 'vitest';
import { extractText } from '#shared/extract/extractReport.ts';

describe('templates', () => {
  it('holds back a report with placeholder figures and a blank bureau name, with no facts', () => {
    const r = extractText(
      '__市民政局xxxx年工作总结\n全市共有城乡低保对象xxxx人,发放低保金xxx.x万元;养老机构xx家,床位xxxx张。\n截至2021年底,全市孤儿125人。\n',
    );
    expect(r.status).toBe('template');
    expect(r.facts).toEqual([]);
    expect(r.issues[0].code).toBe('placeholder-values');
    expect(r.issues[0].message).toMatch(/模板/);
  });

  it('counts asterisks before a unit as placeholders, and Markdown’s bold as none', () => {
    const stars = extractText('某市民政局2021年工作总结\n全市共有城乡低保对象***人,发放低保金**万元;养老机构**家,床位***张。\n');
    expect(stars.status).toBe('template');
    const bold = ['# 德州市2024年民政工作情况', '', '| 指标 | 2024年 | 2023年 |', '|---|---|---|', '| 养老床位（张） | 32540 | 31207 |', ''];
    for (const item of ['**（一）基本生活救助。**', '**（二）急难救助。**', '**（三）养老服务。**', '**（四）儿童福利。**']) bold.push(item + ' 年内推进各项工作。', '');
    const r = extractText(bold.join('\n'));
    expect(r.status).toBe('ok');
    expect(r.facts.map((f) => f.value)).toEqual([32540]);
  });

  it('does not call a filled report a template for one stray x', () => {
    const r = extractText('合肥市民政局2021年工作总结\n全市共有养老机构120家、养老床位2.1万张,孤儿856人。x月份开展督查。\n');
    expect(r.status).toBe('ok');
  });
});

describe('period', () => {
  const periodOf = (text: string) => extractText(text + '\n全市共有养老机构120家。\n').period;
  it('reads the year and half from the title', () => {
    expect(periodOf('六安市民政局2020年上半年工作总结')).toMatchObject({ key: '2020-H1' });
  });
  it('reads a quarter and a month', () => {
    expect(periodOf('合肥市民政局2022年第三季度工作情况').key).toBe('2022-Q3');
    expect(periodOf('2019年8月合肥市民政重点工作进展').key).toBe('2019-08');
  });
  it('reads 1-6月 as the first half and 1-3月 as the first quarter', () => {
    expect(periodOf('舒城县民政局2021年1-6月工作总结').key).toBe('2021-H1');
    expect(periodOf('舒城县民政局2021年1—3月工作总结').key).toBe('2021-Q1');
  });
  it('keeps a cumulative Jan-Sep report as its year, with asOf', () => {
    expect(periodOf('合肥市民政局2022年1-9月工作总结\n截至9月底')).toEqual({ key: '2022', asOf: '2022-09' });
  });
  it('reads a year’s report whose clauses open on the year’s end (年末全市共有…) as of December, not a plan’s 年底前 or last year’s end', () => {
    expect(periodOf('合肥市民政事业发展统计公报（2022年）\n年末全市共有低保对象1.52万户。')).toEqual({ key: '2022', asOf: '2022-12' });
    expect(periodOf('合肥市民政局2022年工作总结\n全市低保对象1.52万户，比上年末减少300户，力争年底前完成改造。')).toEqual({ key: '2022' });
    expect(periodOf('合肥市民政局2022年工作总结\n2021年底，全市共有低保对象1.52万户。')).toEqual({ key: '2022' });
  });
  it('reads the part of the year an opening names first: a bulletin’s month before its year-to-date figures', () => {
    // A bulletin names its month before the year-to-date figures beside the month's: the month is its period.
    const bulletin = '民政工作动态\n第10期\n蚌埠市民政局办公室　　2022年11月5日\n一、2022年10月份全市民政重点工作进展\n本月发放城乡低保资金2186.4万元，1—10月累计发放2.17亿元。';
    expect(periodOf(bulletin)).toEqual({ key: '2022-10', asOf: '2022-10' });
    expect(periodOf('蚌埠市民政局2022年工作总结\n10月份，全市开展养老机构安全检查；1—10月累计发放低保资金2.17亿元。')).toEqual({ key: '2022', asOf: '2022-10' });
    // A bulletin whose masthead names only its issue, and whose first item opens on its month.
    const issue = '民 政 简 报\n2023年第8期（总第96期）\n正定县民政局办公室编　2023年9月6日\n\n一、8月份全县城乡低保金按时足额发放\n8月份，全县共发放城乡低保金412.6万元；1—8月全县累计发放城乡低保金3286.4万元。';
    expect(periodOf(issue)).toEqual({ key: '2023-08', asOf: '2023-08' });
  });
  it('reads asOf from 截至X月底 in the text', () => {
    const p = extractText('淮南市民政局2021年工作情况\n截至11月底,全市共有养老机构186家。\n').period;
    expect(p).toEqual({ key: '2021', asOf: '2021-11' });
  });
  it.each([
    ['合肥市民政局关于2023年第一季度工作情况的报告', { key: '2023-Q1', asOf: '2023-03' }],
    ['合肥市民政局2023年前三季度工作总结', { key: '2023', asOf: '2023-09' }],
    ['合肥市民政局2023年前两季度工作总结', { key: '2023-H1', asOf: '2023-06' }],
    ['合肥市民政局2023年下半年工作总结', { key: '2023-H2', asOf: '2023-12' }],
    ['合肥市民政局2023年11月份工作总结', { key: '2023-11', asOf: '2023-11' }],
  ])('a part of the year says where its figures run to: %s', (title, period) => {
    expect(extractText(`${title}\n全市共有养老机构120家。\n`).period).toEqual(period);
  });
  it('does not take a quarter labelling a line near the top (一季度：…) for the period of a year’s report', () => {
    const text = '正定县民政局2023年低保工作运行情况\n一、分季度情况\n一季度：全县在保城市低保对象1138人。\n二季度：季末全县城市低保对象1121人。\n';
    expect(extractText(text).period.key).toBe('2023');
    expect(extractText('正定县民政局2023年一季度低保工作运行情况\n全县在保城市低保对象1138人。\n').period.key).toBe('2023-Q1');
  });
  it('does not take the month a report was published (2024年3月 under a 2023 title) for its period', () => {
    expect(extractText('湖州市2023年民政事业发展统计公报\n\n湖州市民政局\n2024年3月\n\n2023年，全市民政系统稳步推进各项工作。\n').period.key).toBe('2023');
    expect(extractText('民政工作月报\n2023年5月\n全市发放城乡低保资金2186.4万元。\n').period.key).toBe('2023-05');
  });
  it('does not take the month a change started (2023年7月起) for a month report', () => {
    expect(extractText('数说2023丨一组数据读懂全市民政\n2023年，全市民政系统稳步推进。\n2023年7月起，全市低保标准提高到1186元。\n').period.key).toBe('2023');
  });
  it("takes a news page's dateline for the year its 今年 means, when the text names no year", () => {
    const p = extractText('前三季度全市低保资金支出6.12亿元\n2024-10-16 08:42 来源：临沂日报\n记者从市民政局获悉，今年前三季度，全市累计发放低保资金6.12亿元。\n').period;
    expect(p).toEqual({ key: '2024', asOf: '2024-09' });
    // Without 今年 the date says only when the page was put up.
    expect(extractText('全市低保资金支出6.12亿元\n2024-10-16 08:42\n全市累计发放低保资金6.12亿元。\n').period.key).toBeNull();
  });
  it('reads 去年 in a text dated at its head early in the year after its period as the period', () => {
    const transcript = (date: string) =>
      extractText(`株洲市“2023年民生实事”新闻发布会文字实录\n时间：${date}上午10:00\n社会组织方面，截至去年底全市登记社会组织3187家。\n`).facts.map((f) => f.value);
    expect(transcript('2024年1月18日')).toEqual([3187]);
    // Dated later in that year, 去年 may be any year before: no fact.
    expect(transcript('2024年8月18日')).toEqual([]);
  });
  it('reads a year’s review that names no year, signed early in the next year, as of the year before', () => {
    const review = (signed: string) => extractText(`潍坊市民政局全年工作总结\n一年来，市民政局统筹做好各项工作。全市保障城乡低保对象4.5万人。\n潍坊市民政局\n${signed}\n`).period.key;
    expect(review('二〇二四年一月十日')).toBe('2023');
    expect(review('2024年2月6日')).toBe('2023');
    // Signed in the year itself, or a text that reviews no year: the date says nothing of the period.
    expect(review('2024年6月10日')).toBeNull();
    expect(extractText('潍坊市民政局情况报告\n全市保障城乡低保对象4.5万人。\n二〇二四年一月十日\n').period.key).toBeNull();
  });
  it('infers the year when only the text implies it, ignoring plans and the signature date', () => {
    const p = extractText(
      '今年以来,广安市民政局扎实推进各项工作。\n2021年,全市共有养老机构120家。2020年完成整改。\n三、2022年工作计划\n2022年力争新建养老机构10家。\n2022年1月10日\n',
    ).period;
    expect(p.key).toBe('2021');
  });
  it('with no year in the title, takes the year the figures run to over a later one a plan names', () => {
    const reply =
      '昭觉县民政局\n类别：A类\n关于县政协第46号提案办理情况的答复\n县政协提案委员会：\n' +
      '您提出的提案收悉，现答复如下。截至2021年7月底，全县农村特困人员1268人，其中集中供养319人。县养老服务中心预计2022年3月投入使用，从2022年起提高照料护理补贴。\n';
    expect(extractText(reply).period).toEqual({ key: '2021', asOf: '2021-07' });
  });
  it('reads X年以来 as running over years when a later date says which year the text is of', () => {
    const toCouncil = (dated: string) =>
      extractText(`关于全市民政工作情况的报告\n——${dated}在遵义市人大常委会会议上\n截至9月底，全市有城市低保对象2.31万人。2021年以来新增养老床位3260张，2019年以来共帮助1376名滞留人员寻亲。\n`).period.key;
    expect(toCouncil('2023年10月26日')).toBe('2023');
    // Dated early in the next year, the date speaks of the year before.
    expect(toCouncil('2024年2月26日')).toBe('2023');
    // 2020年以来 in a text the date places in 2020 is that year so far.
    expect(extractText('辽中新闻网\n2020年以来，辽中区民政局围绕全区工作大局，在上级民政部门指导下，扎实推进社会救助、养老服务和基层治理等重点工作。全区城乡低保对象4938人。2019年全区城乡低保对象5294人。\n2021年1月24日\n').period.key).toBe('2020');
  });
  it('reads a speech at a year’s meeting as the year it reviews, and a date under the title as when it was written', () => {
    const speech = '在2022年全市民政工作会议上的讲话\n（2022年2月16日）\n同志们：今天召开会议，总结2021年工作，安排部署2022年任务。\n全市保障城乡低保对象4.5万人。\n';
    expect(extractText(speech).period.key).toBe('2021');
    const dated = '全市民政工作情况报告\n（2022年1月10日）\n2021年，全市保障城乡低保对象4.5万人。2022年，我们将继续推进。\n';
    expect(extractText(dated).period.key).toBe('2021');
  });
  it('reads a speech’s 去年 as the year it reviews, and its 今年 as the year ahead', () => {
    const speech = '在2023年全市民政工作会议上的讲话\n（2023年2月10日）\n同志们：今天召开会议，总结2022年工作。\n截至去年底，全市共有养老机构236家。今年全市新建养老机构20家。\n';
    expect(Object.fromEntries(extractText(speech).facts.map((f) => [f.metric, f.value]))).toEqual({ elderly_institutions: 236 });
    // In a report written in its own year, 去年 is another year.
    const report = '某市民政局2022年工作总结\n截至去年底，全市共有养老机构236家。全市共有养老机构250家。\n';
    expect(Object.fromEntries(extractText(report).facts.map((f) => [f.metric, f.value]))).toEqual({ elderly_institutions: 250 });
  });
  it('reads 截至2021年底 as figures running to December', () => {
    expect(extractText('某市民政局2021年工作总结\n截至2021年底，全市60周岁以上老年人口82.4万人。\n').period).toEqual({ key: '2021', asOf: '2021-12' });
    expect(extractText('某市民政局2021年工作总结\n截至2020年底，全市60周岁以上老年人口82.4万人。\n').period).toEqual({ key: '2021' });
  });
  it('takes the year of the signature date when the text names no year but speaks of 今年', () => {
    const body = '关于全县民政工作开展情况的汇报\n今年以来，全县共有养老机构16家。\n三、下步工作打算\n新建养老床位200张。\n砀山县民政局\n2023年11月28日\n';
    expect(extractText(body).period.key).toBe('2023');
    // Without 今年 the date alone says when it was written, not what it covers.
    expect(extractText(body.replace('今年以来，', '')).period.key).toBeNull();
  });
});

describe('reporting unit', () => {
  const unitOf = (text: string, expectedUnitCode?: string) =>
    extractText(text + '\n全市共有养老机构120家。\n', { expectedUnitCode });
  it('resolves the bureau named in the title, over partners named later', () => {
    const r = unitOf('广安市民政局2021年工作总结\n广安市民政局与重庆市渝北区民政局签署协议。');
    expect(r.unit).toMatchObject({ adcode: '511600', provinceCode: '510000', level: 'prefecture' });
  });
  it('takes a government’s report for the county whose congress it was given at', () => {
    const r = unitOf('政府工作报告\n——2025年1月9日在于都县第十八届人民代表大会第五次会议上\n各位代表：');
    expect(r.unit).toMatchObject({ adcode: '360731', level: 'county' });
  });
  it('resolves a former name to the current unit', () => {
    const r = unitOf('海门市民政局2019年工作总结');
    expect(r.unit).toMatchObject({ adcode: '320614', provinceCode: '320000', level: 'county' });
  });
  it('resolves a bureau that is not called 民政局 (merged bureaus, 社会事务局)', () => {
    expect(unitOf('宁国市民政和退役军人事务局2023年工作总结').unit.adcode).toBe('341881');
    expect(unitOf('金湾区社会事务局2022年民政工作总结').unit.adcode).toBe('440404');
  });
  it('resolves a short name', () => {
    expect(unitOf('淮南民政局2021年工作总结').unit.adcode).toBe('340400');
  });
  it('never guesses a name shared by several units, unless the upload says which', () => {
    const alone = unitOf('朝阳区民政局2021年工作总结');
    expect(alone.unit.adcode).toBeNull();
    expect(alone.issues.find((i) => i.code === 'ambiguous-unit')?.message).toMatch(/朝阳区/);
    expect(unitOf('朝阳区民政局2021年工作总结', '220104').unit.adcode).toBe('220104');
    expect(unitOf('北京市朝阳区民政局2021年工作总结').unit.adcode).toBe('110105');
  });
  it('settles a shared name in the title by the full name the text gives elsewhere', () => {
    expect(unitOf('城中区民政局2024年工作总结\n全区共有养老机构12家。\n西宁市城中区民政局\n2024年12月5日').unit.adcode).toBe('630103');
    expect(unitOf('城中区民政局2024年工作总结\n全区共有养老机构12家。\n柳州市城中区民政局\n2024年12月5日').unit.adcode).toBe('450202');
    // So does the city above it, named anywhere in the text.
    expect(unitOf('长安区民政局2023年工作总结\n全区共有养老机构12家。我局被西安市民政局评为先进单位。').unit.adcode).toBe('610116');
    // Another unit named in full is no help: the title's 朝阳区 stays unsettled.
    expect(unitOf('朝阳区民政局2021年工作总结\n与海淀区民政局签署协议。').unit.adcode).toBeNull();
  });
  it('takes the bureau from a signature line, also after a plan section', () => {
    const r = extractText(
      '2021年工作总结和2022年工作打算\n一、2021年工作情况\n全县共有养老机构20家。\n二、2022年工作打算\n力争养老机构达到25家。\n怀宁县民政局\n2022年1月5日\n',
    );
    expect(r.unit.adcode).toBe('340822');
    expect(r.facts.map((f) => f.value)).toEqual([20]);
  });
  it('takes the bureau from the signature over one praised in the opening paragraph', () => {
    const opening = '今年以来，市民政局聚焦基本民生保障，各项工作取得新进展。全市民政系统获评省级以上表彰12项，长汀县民政局被评为全国民政系统先进集体。';
    const r = extractText(`市民政局今年工作总结\n\n${opening}\n全市在保低保对象6.87万人。\n\n龙岩市民政局\n2023年12月6日\n`);
    expect(r.unit.adcode).toBe('350800');
    // A bureau named in the opening sentence itself is still the title's.
    expect(extractText('工作总结\n\n长汀县民政局聚焦基本民生保障，各项工作取得新进展。\n全县在保低保对象1.36万人。\n\n龙岩市民政局\n2023年12月6日\n').unit.adcode).toBe('350821');
  });
  it('settles a short name shared by several units by the kind of unit the text calls itself', () => {
    const body = '全市城市低保对象1.93万人。我市养老机构162家。全市孤儿412名。';
    // A partner named in full (北京市朝阳区民政局) is another kind than 全市/我市: the 朝阳 that is a 市.
    expect(unitOf(`朝阳民政局2021年工作总结\n${body}北京市朝阳区民政局向我市捐赠物资。\n朝阳民政局`).unit.adcode).toBe('211300');
    // A text that says 全区 is one of the districts, so the name stays unsettled among them.
    expect(unitOf('朝阳民政局2021年工作总结\n全区低保对象1.2万人。全区养老机构12家。我区孤儿41名。').unit.adcode).toBeNull();
  });
  it('leaves the unit empty when the text does not say', () => {
    expect(unitOf('民政局2021年工作总结').unit.adcode).toBeNull();
  });
});

describe('plan sections', () => {
  const factsOf = (body: string) =>
    Object.fromEntries(extractText(`蚌埠市民政局2020年民政工作总结和2021年工作思路\n${body}\n`).facts.map((f) => [f.metric, f.value]));

  it('treats a run-in heading (2021年工作思路：…) as the start of a plan, to the end of its section', () => {
    expect(
      factsOf('全市城乡低保标准为每人每月660元。\n2021年工作思路：全面完成低保提标,确保城乡低保标准不低于每人每月700元,新增养老床位800张。'),
    ).toEqual({ dibao_standard: 660 });
  });

  it('treats a heading on a later year’s work as a plan, and one on the report’s year as results', () => {
    const report = (title: string) =>
      extractText(`${title}\n一、2021年主要工作\n全市保障城乡低保对象4.5万人。\n二、扎实做好2022年各项工作\n完成适老化改造2000户。\n`);
    const valuesOf = (r: ReturnType<typeof extractText>) => Object.fromEntries(r.facts.map((f) => [f.metric, f.value]));
    expect(valuesOf(report('某市民政局2021年工作总结'))).toEqual({ dibao_recipients: 45000 });
    expect(valuesOf(report('在2022年全市民政工作会议上的讲话\n总结2021年工作'))).toEqual({ dibao_recipients: 45000 });
    // 各项民政工作: the programme's name after 各项, as a speech writes it.
    const allOfIt = extractText('天水市民政局2021年工作总结\n一、2021年主要工作\n全市保障城乡低保对象4.5万人。\n三、扎实做好2022年各项民政工作\n一要完成500户特殊困难老年人家庭适老化改造。\n');
    expect(valuesOf(allOfIt)).toEqual({ dibao_recipients: 45000 });
    // The heading may name whose work it is between the year and the work.
    const speech = extractText('某市民政局2021年工作总结\n一、2021年工作回顾\n全市保障城乡低保对象4.5万人。\n三、扎实做好2022年民政重点工作\n完成适老化改造2000户。\n');
    expect(valuesOf(speech)).toEqual({ dibao_recipients: 45000 });
  });

  it('reads a document titled as a plan as plans throughout, and a title that also sums up as results', () => {
    const plan = extractText('某市民政局关于印发《2024年全市民政工作要点》的通知\n一、兜底保障\n1.确保失能半失能特困人员集中供养率达到65%以上。\n2.实施特殊困难老年人家庭适老化改造2000户。\n');
    expect(plan.facts).toEqual([]);
    const both = extractText('某市民政局2023年工作总结和2024年工作计划\n全市完成特殊困难老年人家庭适老化改造2000户。\n');
    expect(both.facts.map((f) => f.value)).toEqual([2000]);
  });

  it('reads the section of a plan reviewing the year before as that year’s results, and the rest as plans', () => {
    const plan = extractText(
      [
        '某市民政局关于印发《2024年全市民政工作要点》的通知',
        '2024年全市民政工作要点',
        '2024年是实现“十四五”规划目标任务的关键一年。',
        '一、2023年工作回顾',
        '2023年，全市保障城乡低保对象4.5万人，完成特殊困难老年人家庭适老化改造2345户。',
        '二、2024年主要目标',
        '城乡低保标准提高不低于5%。',
        '三、重点任务',
        '1.完成特殊困难老年人家庭适老化改造2500户。',
        '',
      ].join('\n'),
    );
    expect(plan.period.key).toBe('2023');
    expect(Object.fromEntries(plan.facts.map((f) => [f.metric, f.value]))).toEqual({ dibao_recipients: 45000, home_adaptation_households: 2345 });
    // With no review, the plan's year is still the document's.
    expect(extractText('某市民政局关于印发《2024年全市民政工作要点》的通知\n一、兜底保障\n1.实施特殊困难老年人家庭适老化改造2000户。\n').period.key).toBe('2024');
  });

  it('ends a plan section at an appendix after the signature', () => {
    const r = extractText('某县民政局2022年工作总结\n一、2022年工作情况\n全县共有养老机构20家。\n二、2023年工作打算\n力争养老机构达到25家。\n某县民政局\n2023年1月6日\n附件：2022年民政主要数据统计表\n指标名称\t计量单位\t2022年\t2021年\n城市低保对象\t人\t1286\t1342\n');
    expect(Object.fromEntries(r.facts.map((f) => [f.metric, f.value]))).toEqual({ elderly_institutions: 20, dibao_recipients_urban: 1286 });
  });

  it('ends a plan section at a paragraph summing the report up (综上，…)', () => {
    const r = extractText('威海市民政局2023年养老服务工作情况\n一、主要工作\n全年发放高龄津贴1.2亿元。\n二、下一步工作打算\n到2025年，全市养老床位总数力争达到2.2万张。\n\n综上，截至2023年12月底，全市共有各类养老机构122家，床位20561张。\n');
    expect(Object.fromEntries(r.facts.map((f) => [f.metric, f.value]))).toEqual({ elderly_allowance_funds: 120000000, elderly_institutions: 122, elderly_beds: 20561 });
  });

  it('leaves a results line with a colon alone when what precedes it is no plan heading', () => {
    expect(factsOf('兜底保障：全市城乡低保标准为每人每月660元。')).toEqual({ dibao_standard: 660 });
  });
});

describe('sections on one town', () => {
  const factsOf = (body: string) =>
    Object.fromEntries(extractText(`桐庐县民政局2023年工作总结\n${body}\n`).facts.map((f) => [f.metric, f.value]));

  it('leave out a section headed by a town’s or street’s name, to the next heading of its level', () => {
    expect(
      factsOf(
        '一、各乡镇（街道）工作\n（一）分水镇。镇区域性居家养老服务中心建成运营，设置床位45张。\n（二）城关街道：全年实施临时救助326人次。\n二、全县情况\n全县共有养老床位4860张，全年实施临时救助2314人次。',
      ),
    ).toEqual({ elderly_beds: 4860, temp_assistance_cases: 2314 });
  });

  it('end a town’s section at a paragraph opening on the whole area, after the towns’ list', () => {
    const body = ['各镇（街道）落实两项补贴情况如下：', '1.紫柏街道：困难残疾人生活补贴142人，重度残疾人护理补贴168人；', '2.马道镇：困难残疾人生活补贴98人。', '截至年底，全县共为606名困难残疾人发放生活补贴。'];
    expect(factsOf(body.join('\n'))).toEqual({ disability_living_subsidy_recipients: 606 });
    // A paragraph of the town's own goes on under its heading.
    expect(factsOf('（一）分水镇。\n镇区域性居家养老服务中心建成运营，设置床位45张。\n（二）全县。\n全县共有养老床位4860张。')).toEqual({ elderly_beds: 4860 });
  });

  it('leave out a section on several towns, or on the towns and streets as a whole', () => {
    expect(factsOf('（一）钟山乡、新合乡。新合乡敬老院床位由42张增加到60张。\n（二）全县。全县共有养老床位4860张。')).toEqual({ elderly_beds: 4860 });
    expect(factsOf('一、乡镇（街道）民政工作推进情况\n分水镇在册低保对象912人。\n二、全县主要工作成效\n全县共有低保对象4520人。')).toEqual({ dibao_recipients: 4520 });
  });

  it('keep a section whose heading only ends like a town’s name (城乡, 小镇)', () => {
    expect(factsOf('（一）统筹城乡。全县共有养老床位4860张。\n（二）建设特色小镇。全年实施临时救助2314人次。')).toEqual({
      elderly_beds: 4860,
      temp_assistance_cases: 2314,
    });
  });
});

describe('sections on several years', () => {
  const factsOf = (body: string) =>
    Object.fromEntries(extractText(`赣州市民政局2025年工作总结暨“十四五”时期工作回顾\n${body}\n`).facts.map((f) => [f.metric, f.value]));

  it('read a flow under a heading on several years as a sum over them, and the levels reached as the report’s', () => {
    expect(
      factsOf(
        [
          '一、“十四五”时期主要成效',
          '（一）养老服务。全市养老机构由2020年底的356家增加到412家。累计完成特殊困难老年人家庭适老化改造1.13万户。',
          '二、2025年工作情况',
          '（一）养老服务。今年完成适老化改造2600户。',
        ].join('\n'),
      ),
    ).toEqual({ elderly_institutions: 412, home_adaptation_households: 2600 });
  });

  it('keep a flow in such a section that opens on the report’s own year', () => {
    expect(factsOf('一、“十四五”时期主要成效\n累计完成适老化改造1.13万户。2025年，全市完成适老化改造2600户。')).toEqual({ home_adaptation_households: 2600 });
    expect(factsOf('一、2025年工作情况\n全市完成适老化改造2600户。')).toEqual({ home_adaptation_households: 2600 });
  });
});

describe('a figure said twice', () => {
  it('keeps the exact one of a figure rounded in a box of key figures and written in full in the text', () => {
    const text = '桂林市民政局2024年工作总结\n◆ 全年发放低保金9.39亿元\n◆ 养老床位2.89万张\n一、社会救助\n全市累计发放低保金93856.2万元。全市共有养老机构210家，床位28946张。\n';
    const facts = Object.fromEntries(extractText(text).facts.map((f) => [f.metric, f.value]));
    expect(facts).toMatchObject({ dibao_funds: 938562000, elderly_beds: 28946 });
    // Figures further apart than rounding are not one: the first stands.
    const apart = '桂林市民政局2024年工作总结\n全年发放低保金9.39亿元。\n累计发放低保金83856.2万元。\n';
    expect(extractText(apart).facts.map((f) => f.value)).toEqual([939000000]);
  });
});

describe('quotes', () => {
  it('name what a figure carried across a parenthesis is', () => {
    const [fact] = extractText('合肥市民政局2021年工作总结\n1-6月累计发放低保金(含提标资金)702.6万元。\n').facts;
    expect(fact).toMatchObject({ metric: 'dibao_funds', value: 7026000, quote: '1-6月累计发放低保金(含提标资金)702.6万元' });
  });
});
