// Figures a report gives for one of its own counties or districts are theirs, not the bureau's.
import { describe, expect, it } from 'vitest';
import { extractText } from '#shared/extract/extractReport.ts';

const metricsOf = (text: string) => extractText(text).facts.map((f) => `${f.metric}=${f.value}`);

describe('figures of a unit below the reporting one', () => {
  it('are dropped from a prefecture report, sentence by sentence', () => {
    expect(metricsOf('安庆市民政局2021年工作总结\n全市低保对象6.8万人。怀宁县共有养老机构18家。\n')).toEqual(['dibao_recipients=68000']);
  });

  it('count again once the sentence returns to the whole jurisdiction', () => {
    expect(metricsOf('安庆市民政局2021年工作总结\n怀宁县、潜山市等地开展试点，全市共有养老机构120家。\n')).toEqual(['elderly_institutions=120']);
  });

  it('after 其中 break the whole’s figure down: a clause opening on the period again is the whole’s', () => {
    const report = (clause: string) => metricsOf(`龙岩市民政局2024年1—10月工作进展情况\n在保城乡低保对象3.92万人，其中新罗区6820人，${clause}；在册特困人员5318人。\n`);
    expect(report('1—10月累计发放低保金2.31亿元')).toEqual(['dibao_recipients=39200', 'dibao_funds=231000000', 'tekun_recipients=5318']);
    // Without a time, the clause goes on with the district’s.
    expect(report('发放低保金2310万元')).toEqual(['dibao_recipients=39200', 'tekun_recipients=5318']);
    // A district named without 其中 holds its clauses to the sentence’s end.
    expect(metricsOf('龙岩市民政局2024年1—10月工作进展情况\n新罗区在保城乡低保对象6820人，1—10月累计发放低保金2310万元。\n')).toEqual([]);
  });

  it('stay the county’s when the whole is only compared with, not returned to', () => {
    expect(metricsOf('安庆市民政局2021年工作总结\n全市低保对象6.8万人。怀宁县作为全市低保对象最多的县，农村低保对象1.9万人。\n')).toEqual(['dibao_recipients=68000']);
  });

  it('are kept in a county report, which has no units below it in the data', () => {
    expect(metricsOf('怀宁县民政局2021年工作总结\n怀宁县共有养老机构18家。\n')).toEqual(['elderly_institutions=18']);
  });

  it('are kept when the unit named is outside the reporting one', () => {
    expect(metricsOf('安庆市民政局2021年工作总结\n我市与黄山市签订合作协议，全市共有养老机构120家。\n')).toEqual(['elderly_institutions=120']);
  });
});
