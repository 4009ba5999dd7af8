// The dashboard: a hash router over six pages, each a module that renders into <main>.
import { renderOverview } from './overview.js';
import { renderProvince } from './province.js';
import { renderReport } from './report.js';
import { renderHeld } from './held.js';
import { renderReview } from './review.js';
import { renderUpload } from './upload.js';
import { message } from './dom.js';

const pages = [
  { pattern: /^#\/province\/(\d{6})/, nav: 'overview', render: (main, m) => renderProvince(main, m[1]) },
  { pattern: /^#\/report\/([A-Za-z0-9._:-]+)/, nav: 'overview', render: (main, m) => renderReport(main, m[1]) },
  { pattern: /^#\/held/, nav: 'held', render: (main) => renderHeld(main) },
  { pattern: /^#\/review/, nav: 'review', render: (main) => renderReview(main) },
  { pattern: /^#\/upload/, nav: 'upload', render: (main) => renderUpload(main) },
  { pattern: /^/, nav: 'overview', render: (main) => renderOverview(main) },
];

let rendering = 0;

async function route() {
  const main = document.getElementById('page');
  const page = pages.find((p) => p.pattern.test(location.hash));
  const match = page.pattern.exec(location.hash);
  for (const a of document.querySelectorAll('nav a')) a.classList.toggle('active', a.dataset.nav === page.nav);
  const ticket = ++rendering;
  main.replaceChildren(message('加载中…'));
  main.dataset.ready = 'false';
  try {
    await page.render(main, match);
  } catch (err) {
    if (ticket === rendering) main.replaceChildren(message(`出错了：${err.message}`, 'error'));
  }
  if (ticket === rendering) main.dataset.ready = 'true';
}

window.addEventListener('hashchange', route);
route();
