// 省份: a province's units for a period, each with its figures and the sentences they came from.
import { catalogue, getJson } from './api.js';
import { el, formatNumber, formatValue, hashParams, highlightedQuote, message, verdictZh, fill } from './dom.js';

export async function renderProvince(main, provinceCode) {
  const period = hashParams().get('period');
  if (!period) {
    fill(main, message('请先在全国概览中选择期间。'));
    return;
  }
  const [{ byId }, data] = await Promise.all([catalogue(), getJson(`/api/provinces/${provinceCode}/units`, { period })]);
  fill(main, 
    el('p', {}, el('a', { href: `#/overview?period=${encodeURIComponent(period)}` }, '← 返回全国概览')),
    el('h2', {}, `${data.provinceName ?? provinceCode} · ${period} · 各单位数据`),
    data.units.length === 0 ? message('该期间尚无单位的数据。') : null,
    ...data.units.map((unit) =>
      el(
        'section',
        { class: 'card', 'data-unit': unit.adcode },
        el(
          'h3',
          {},
          `${unit.unitName}（${unit.adcode}）`,
          unit.asOf ? el('span', { class: 'muted' }, ` 截至 ${unit.asOf}`) : null,
          ' ',
          el('a', { href: `#/report/${unit.reportId}`, 'data-testid': 'report-link' }, '查看报告'),
        ),
        el(
          'table',
          {},
          el('thead', {}, el('tr', {}, ['指标', '数值', '置信度', '审核', '原文'].map((h) => el('th', {}, h)))),
          el(
            'tbody',
            {},
            unit.facts.map((fact) => {
              const verdict = data.decisions[`${unit.reportId}#${fact.metric}`];
              return el(
                'tr',
                {},
                el('td', {}, byId.get(fact.metric)?.zh ?? fact.metric),
                el('td', { class: 'num' }, formatValue(fact.value, fact.unit)),
                el('td', { class: 'num' }, formatNumber(fact.confidence)),
                el('td', {}, verdict ? el('span', { class: `badge ${verdict}` }, verdictZh[verdict]) : fact.confidence < 0.85 ? el('span', { class: 'badge low' }, '待审核') : ''),
                el('td', {}, highlightedQuote(fact)),
              );
            }),
          ),
        ),
      ),
    ),
  );
}
