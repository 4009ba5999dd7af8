// The lexicon and the catalogue agree, so extraction can leave the catalogue out at run time (it
// is 9 KB of the ingest bundle) and still write every fact in its metric's catalogue unit.
import { describe, expect, it } from 'vitest';
import { metrics } from '#shared/catalogue/catalogue.ts';
import { families, metricRules } from '#shared/extract/lexicon.ts';
import { BASE_UNIT } from '#shared/extract/units.ts';
import { extractText } from '#shared/extract/extractReport.ts';
import { PLACES_WITH_SCOPE_WORD } from '#shared/extract/mentions.ts';
import { divisions } from '#shared/divisions/divisions.ts';

const catalogueUnit = new Map(metrics.map((m) => [m.id, m.unit]));

describe('the lexicon against the metric catalogue', () => {
  it('names only catalogue metrics, and only families it defines', () => {
    const familyIds = new Set(families.map((f) => f.id));
    for (const rule of metricRules) {
      expect(catalogueUnit.has(rule.metric), rule.metric).toBe(true);
      expect(familyIds.has(rule.family), `${rule.metric}: family ${rule.family}`).toBe(true);
    }
  });

  it('gives every rule a first measure whose base unit is its metric’s catalogue unit', () => {
    for (const rule of metricRules) {
      expect(BASE_UNIT[rule.measures[0]], rule.metric).toBe(catalogueUnit.get(rule.metric));
    }
  });

  it('has a rule for every catalogue metric', () => {
    const ruled = new Set(metricRules.map((r) => r.metric));
    expect(metrics.map((m) => m.id).filter((id) => !ruled.has(id))).toEqual([]);
  });

  it('does not read certificates reissued (补领婚姻登记证) as registrations, alone or in a 分别 list', () => {
    const marriages = (text: string) => extractText(`汇川区民政局2023年工作总结\n${text}`).facts.filter((f) => f.metric === 'marriage_registrations').map((f) => f.value);
    expect(marriages('结婚登记、离婚登记、补领婚姻登记证分别为586对、231对、97对。')).not.toContain(97);
    expect(marriages('全年办理补领婚姻登记证4600对。')).toEqual([]);
    expect(marriages('全年办理婚姻登记6315对。')).toEqual([6315]);
  });

  it('writes a count given in people in its metric’s unit when that is person-times', () => {
    // 临时救助 is counted in 人次 even when the report counts 人.
    const { facts } = extractText('合肥市民政局2021年工作总结\n全年实施临时救助2100人。');
    const fact = facts.find((f) => f.metric === 'temp_assistance_cases');
    expect(fact?.unit).toBe(catalogueUnit.get('temp_assistance_cases'));
    expect(fact?.value).toBe(2100);
  });
});

describe('place names that hold a scope word', () => {
  it('are every GB/T 2260 name with 城市 or 市区 in it', () => {
    const holding = divisions()
      .all()
      .map((d) => d.name)
      .filter((name) => /城市|市区/.test(name));
    expect(new Set(holding)).toEqual(PLACES_WITH_SCOPE_WORD);
  });

  it('give no scope to the figures after them', () => {
    const facts = (text: string) => Object.fromEntries(extractText(text).facts.map((f) => [f.metric, f.value]));
    expect(facts('诸城市民政局2023年工作总结\n全年诸城市保障低保对象1.12万人。\n')).toEqual({ dibao_recipients: 11200 });
    expect(facts('晋城市民政局2023年工作总结\n晋城市城市低保对象1.2万人。\n')).toEqual({ dibao_recipients_urban: 12000 });
  });
});
