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
