// 报告: one upload — where it stands, why if it was held back, and each figure with its sentence.
import { catalogue, getJson } from './api.js';
import { el, formatNumber, formatValue, highlightedQuote, message, stateZh, statusZh, fill } from './dom.js';

export async function renderReport(main, reportId) {
  const [{ byId }, view] = await Promise.all([catalogue(), getJson(`/api/reports/${encodeURIComponent(reportId)}`)]);
  fill(main, ...reportDetail(view, byId));
}

/** Shared with the upload page, which shows the same thing for what was just uploaded. */
export function reportDetail(view, byId) {
  const { report } = view;
  const province = report.unit.provinceCode;
  const period = report.period.key ?? report.keyPeriodKey;
  return [
    province && period ? el('p', {}, el('a', { href: `#/province/${province}?period=${encodeURIComponent(period)}` }, '← 返回省份')) : null,
    el('h2', {}, `${report.unit.name ?? report.keyUnitCode ?? '未识别单位'} · ${period ?? '未识别期间'}`),
    el(
      'div',
      { class: 'card' },
      el('div', {}, '状态：', el('strong', { 'data-testid': 'report-state' }, stateZh[report.state] ?? report.state), `（${statusZh[report.status] ?? report.status}）`),
      el('div', { class: 'muted' }, `文件：${report.key}　接收时间：${report.receivedAt}`),
      view.sourceUrl ? el('a', { href: view.sourceUrl, target: '_blank', rel: 'noopener' }, '下载原文件') : null,
    ),
    report.issues.length
      ? el(
          'div',
          { class: 'card' },
          el('h3', {}, report.state === 'held' ? '暂缓入库原因' : '提示'),
          el('ul', { class: 'reasons', 'data-testid': 'reasons' }, report.issues.map((i) => el('li', {}, i.message))),
        )
      : null,
    view.facts === null
      ? message(report.state === 'stored' ? '该报告已被更新的报告取代。' : '该报告的数据未入库。')
      : el(
          'table',
          { 'data-testid': 'facts' },
          el('thead', {}, el('tr', {}, ['指标', '数值', '置信度', '来源句子'].map((h) => el('th', {}, h)))),
          el(
            'tbody',
            {},
            view.facts.map((fact) =>
              el(
                'tr',
                { 'data-metric': fact.metric },
                el('td', {}, byId.get(fact.metric)?.zh ?? fact.metric),
                el('td', { class: 'num' }, formatValue(fact.value, fact.unit), fact.note ? el('div', { class: 'muted' }, fact.note) : null),
                el('td', { class: 'num' }, formatNumber(fact.confidence)),
                el('td', {}, highlightedQuote(fact)),
              ),
            ),
          ),
        ),
  ].filter(Boolean);
}
