// 上传报告 (for bureaus): pick the unit and period, drop a file, and within seconds see what was
// read from it or why it was held back. On AWS the file goes straight to S3 through a presigned
// POST signed for this bureau's prefix; under `npm start` it goes through the API to the local S3.
import { catalogue, getJson } from './api.js';
import { el, message, stateZh, fill } from './dom.js';
import { reportDetail } from './report.js';

const POLL_MS = 500;
const GIVE_UP_MS = 60_000;

export async function renderUpload(main) {
  const unit = el('input', { 'data-testid': 'unit', placeholder: '如 320106', pattern: '\\d{6}', maxlength: 6, value: localStorage.getItem('minzheng.unit') ?? '' });
  const period = el('input', { 'data-testid': 'period', placeholder: '如 2021、2021-H1、2021-Q3', value: String(new Date().getFullYear() - 1) });
  const fileInput = el('input', { type: 'file', 'data-testid': 'file', accept: '.txt,.docx,.pdf,.doc' });
  const chosen = el('span', { class: 'muted' }, '未选择文件');
  let file;
  const choose = (f) => {
    file = f;
    chosen.textContent = f ? `${f.name}（${Math.ceil(f.size / 1024)} KB）` : '未选择文件';
  };
  fileInput.addEventListener('change', () => choose(fileInput.files[0]));
  const drop = el('div', { class: 'dropzone', 'data-testid': 'dropzone' }, '将报告文件拖到此处，或 ', fileInput, el('div', {}, chosen));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    choose(e.dataTransfer.files[0]);
  });
  const outcome = el('div', { 'data-testid': 'outcome' });
  const submit = el('button', { 'data-testid': 'submit', onclick: () => send() }, '上传');

  async function send() {
    const adcode = unit.value.trim();
    const periodKey = period.value.trim();
    if (!/^\d{6}$/.test(adcode)) return fill(outcome, message('单位代码为 6 位数字。', 'error'));
    if (!file) return fill(outcome, message('请选择要上传的文件。', 'error'));
    localStorage.setItem('minzheng.unit', adcode);
    submit.disabled = true;
    try {
      fill(outcome, message('正在上传…'));
      const form = await getJson('/api/upload-form', { unit: adcode, period: periodKey });
      if (file.size > form.maxBytes) throw new Error(`文件超过 ${Math.round(form.maxBytes / 1048576)} MB 上限`);
      const key = `${form.keyPrefix}${file.name}`;
      const before = new Set((await uploadsOf(adcode, key)).map((r) => r.reportId));
      await put(form, adcode, periodKey, file);
      fill(outcome, message('已上传，正在读取…'));
      const record = await waitForRecord(adcode, key, before);
      const [{ byId }, view] = await Promise.all([catalogue(), getJson(`/api/reports/${record.reportId}`)]);
      fill(outcome, el('p', { 'data-testid': 'upload-result' }, `读取完成：${stateZh[record.state] ?? record.state}`), ...reportDetail(view, byId));
    } catch (err) {
      fill(outcome, message(`上传失败：${err.message}`, 'error'));
    } finally {
      submit.disabled = false;
    }
  }

  fill(main, 
    el('h2', {}, '上传工作报告'),
    el('div', { class: 'controls' }, el('label', {}, '单位代码（行政区划代码）', unit), el('label', {}, '期间', period)),
    drop,
    el('p', {}, submit),
    outcome,
  );
}

async function put(form, adcode, periodKey, file) {
  if (form.mode === 'local') {
    const response = await fetch(`${form.url}?${new URLSearchParams({ unit: adcode, period: periodKey, name: file.name })}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: file,
    });
    if (!response.ok) throw new Error((await response.json().catch(() => ({})))?.error?.message ?? `上传失败（${response.status}）`);
    return;
  }
  const body = new FormData();
  for (const [name, value] of Object.entries(form.fields)) body.append(name, value);
  body.append('key', `${form.keyPrefix}${file.name}`);
  body.append('file', file);
  const response = await fetch(form.url, { method: 'POST', body });
  if (!response.ok) throw new Error(`存储服务拒绝了上传（${response.status}）`);
}

async function uploadsOf(adcode, key) {
  const page = await getJson(`/api/units/${adcode}/reports`, { limit: 50 });
  return page.items.filter((r) => r.key === key);
}

/** The ingest pipeline records every upload, whatever its outcome: wait for this one's record. */
async function waitForRecord(adcode, key, before) {
  const deadline = Date.now() + GIVE_UP_MS;
  while (Date.now() < deadline) {
    const fresh = (await uploadsOf(adcode, key)).find((r) => !before.has(r.reportId));
    if (fresh) return fresh;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  throw new Error('一分钟内未读取完成，请稍后在暂缓入库页面查看。');
}
