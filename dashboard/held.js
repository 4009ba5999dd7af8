// 暂缓入库: uploads held back (or failed), newest first, each with the reasons a bureau can act on.
import { getJson } from './api.js';
import { el, hashParams, message, statusZh, fill } from './dom.js';

export async function renderHeld(main) {
  const status = hashParams().get('status') === 'dead-lettered' ? 'dead-lettered' : 'held';
  const page = await getJson('/api/uploads', { status, limit: 200 });
  fill(main, 
    el('h2', {}, status === 'held' ? '暂缓入库的上传' : '处理失败的上传'),
    el(
      'div',
      { class: 'controls' },
      el('a', { href: '#/held' }, '暂缓入库'),
      el('a', { href: '#/held?status=dead-lettered' }, '处理失败'),
      el('a', { href: `/api/uploads?status=${status}&format=csv` }, '导出 CSV'),
    ),
    page.items.length === 0
      ? message('没有记录。')
      : el(
          'table',
          { 'data-testid': 'held-table' },
          el('thead', {}, el('tr', {}, ['接收时间', '单位', '期间', '文件', '情况', '原因', ''].map((h) => el('th', {}, h)))),
          el(
            'tbody',
            {},
            page.items.map((r) =>
              el(
                'tr',
                {},
                el('td', {}, r.receivedAt.replace('T', ' ').slice(0, 19)),
                el('td', {}, r.unit?.name ?? r.keyUnitCode ?? '—'),
                el('td', {}, r.period?.key ?? r.keyPeriodKey ?? '—'),
                el('td', { class: 'nowrap' }, r.key.split('/').pop()),
                el('td', { class: 'nowrap' }, statusZh[r.status] ?? r.status),
                el('td', {}, el('ul', { class: 'reasons' }, r.issues.map((i) => el('li', {}, i.message)))),
                el('td', {}, el('a', { href: `#/report/${r.reportId}` }, '详情')),
              ),
            ),
          ),
        ),
    page.next ? message('仅显示最近 200 条；更早的记录请导出。') : null,
  );
}
