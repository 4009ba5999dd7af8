// Web pages: told from text by their markup, read in whatever encoding the site used, and reduced
// to the article: no navigation, breadcrumbs, meta lines, share bars or footers.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readReport } from '#shared/read/readReport.ts';
import { looksLikeHtml } from '#shared/read/sniff.ts';
import { gulouReport } from '../support/reportTexts.ts';
import { htmlOf } from './documents.ts';

const text = gulouReport({ period: '2021年', dibao: 1234 });

describe('HTML pages', () => {
  it('reads the article of a gov.cn-style page and nothing of its furniture', async () => {
    const r = await readReport(htmlOf(text), 'page.html');
    expect(r).toMatchObject({ ok: true, reader: 'html', text });
  });

  it('reads a page the site served in GBK', async () => {
    const page = new TextDecoder().decode(htmlOf(text)).replace('charset="utf-8"', 'charset="gbk"');
    const r = await readReport(iconv.encode(page, 'gbk'), 'page.htm');
    expect(r).toMatchObject({ ok: true, reader: 'html', text });
  });

  it('tells markup from text that mentions a tag', () => {
    expect(looksLikeHtml('<p>全市低保</p><p>对象</p><div>1234人</div>')).toBe(true);
    expect(looksLikeHtml('<HTML><BODY>民政</BODY></HTML>')).toBe(true);
    expect(looksLikeHtml('合肥市民政局2021年工作总结\n网页用<html>标签编写。')).toBe(false);
  });

  it('holds back a page with no article text', async () => {
    const r = await readReport(new TextEncoder().encode('<!doctype html><html><body><nav>首页</nav><footer>版权所有</footer></body></html>'), 'x.html');
    expect(r).toMatchObject({ ok: false, status: 'rejected', issue: { code: 'empty-document' } });
  });
});
