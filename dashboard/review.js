// 待审核: figures read with low confidence, with their sentences; an analyst confirms or rejects
// each. Decisions are kept with who and when, and the next rollup respects them.
import { getJson, postJson } from './api.js';
import { el, formatNumber, formatValue, hashParams, highlightedQuote, message, verdictZh, fill } from './dom.js';

export async function renderReview(main) {
  const { periods } = await getJson('/api/periods');
  const period = hashParams().get('period') ?? periods[0]?.periodKey;
  if (!period) {
    fill(main, el('h2', {}, '待审核'), message('尚无数据。'));
    return;
  }
  const reviewer = el('input', {
    'data-testid': 'reviewer',
    placeholder: '审核人姓名',
    value: localStorage.getItem('minzheng.reviewer') ?? '',
    oninput: (e) => localStorage.setItem('minzheng.reviewer', e.target.value),
  });
  const list = await getJson('/api/reviews', { period });
  const status = el('p', { class: 'muted', 'data-testid': 'review-status' });

  const decide = async (item, decision, row) => {
    const name = reviewer.value.trim();
    if (!name) {
      status.textContent = '请先填写审核人。';
      status.className = 'error';
      reviewer.focus();
      return;
    }
    try {
      const saved = await postJson('/api/reviews', { reportId: item.reportId, metric: item.fact.metric, decision, reviewer: name });
      row.querySelector('[data-cell=decision]').replaceChildren(decisionBadge(saved));
      status.className = 'muted';
      status.textContent = `已记录：${item.unitName} ${item.fact.metricName ?? item.fact.metric} ${verdictZh[decision]}。下次汇总时生效。`;
    } catch (err) {
      status.className = 'error';
      status.textContent = err.message;
    }
  };

  fill(main, 
    el('h2', {}, '待审核（置信度低于 0.85 的数据）'),
    el(
      'div',
      { class: 'controls' },
      el(
        'label',
        {},
        '期间',
        el(
          'select',
          { 'data-testid': 'period', onchange: (e) => (location.hash = `#/review?period=${encodeURIComponent(e.target.value)}`) },
          periods.map((p) => el('option', { value: p.periodKey, selected: p.periodKey === period }, p.periodKey)),
        ),
      ),
      el('label', {}, '审核人', reviewer),
    ),
    status,
    list.items.length === 0
      ? message('该期间没有待审核的数据。')
      : el(
          'table',
          { 'data-testid': 'review-table' },
          el('thead', {}, el('tr', {}, ['单位', '指标', '数值', '置信度', '来源句子', '审核', ''].map((h) => el('th', {}, h)))),
          el(
            'tbody',
            {},
            list.items.map((item) => {
              const row = el(
                'tr',
                { 'data-report': item.reportId, 'data-metric': item.fact.metric },
                el('td', {}, el('a', { href: `#/report/${item.reportId}` }, item.unitName)),
                el('td', {}, item.fact.metricName ?? item.fact.metric),
                el('td', { class: 'num' }, formatValue(item.fact.value, item.fact.unit)),
                el('td', { class: 'num' }, formatNumber(item.fact.confidence)),
                el('td', {}, highlightedQuote(item.fact)),
                el('td', { 'data-cell': 'decision' }, item.decision ? decisionBadge(item.decision) : el('span', { class: 'badge low' }, '待审核')),
              );
              row.append(
                el(
                  'td',
                  {},
                  el('button', { class: 'confirm', onclick: () => decide(item, 'confirm', row) }, '确认'),
                  ' ',
                  el('button', { class: 'reject', onclick: () => decide(item, 'reject', row) }, '驳回'),
                ),
              );
              return row;
            }),
          ),
        ),
  );
}

function decisionBadge(d) {
  return el(
    'span',
    { class: `badge ${d.decision}`, title: `${d.reviewer} · ${d.decidedAt}` },
    `${verdictZh[d.decision]}（${d.reviewer}，${d.decidedAt.replace('T', ' ').slice(0, 16)}）`,
  );
}
