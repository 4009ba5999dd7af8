// What a document may cost: a zip bomb is refused on its central directory (or on a bounded
// inflate when the directory lies), a PDF over the page limit or the time budget is held back,
// a scan without a text layer is never stored as an empty report, and old Word is refused with
// a message asking for .docx.
import { describe, expect, it } from 'vitest';
import { ingestFunctionSizing } from '#shared/aws/clientConfig.ts';
import { extractReport } from '#shared/extract/extractReport.ts';
import { readReport } from '#shared/read/readReport.ts';
import { readLimits } from '#shared/read/limits.ts';
import { gulouReport } from '../support/reportTexts.ts';
import { cjkFont, docxOf, pdfOf, scannedPdf, zipOf } from './documents.ts';

const zeros = (n: number) => new Uint8Array(n);

describe('zip bombs renamed .docx', () => {
  it('refuses an archive whose declared contents exceed the unzipped limit, without inflating it', async () => {
    const bomb = zipOf([
      { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>') },
      { name: 'word/document.xml', data: zeros(readLimits.maxUnzippedBytes + 1024) },
    ]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const r = await readReport(bomb, 'report.docx');
    expect(r).toMatchObject({ ok: false, status: 'too-large', issue: { code: 'unzipped-too-large' } });
    if (!r.ok) expect(r.issue.message).toMatch(/解压|压缩炸弹/);
  });

  it('refuses a ratio no Word document has, even under the size limit', async () => {
    const r = await readReport(zipOf([{ name: 'word/document.xml', data: zeros(20 * 1024 * 1024) }]), 'report.docx');
    expect(r).toMatchObject({ ok: false, status: 'too-large', issue: { code: 'unzipped-too-large' } });
  });

  it('catches a directory that lies about sizes: the inflate stops at the declared size', async () => {
    const liar = zipOf([{ name: 'word/document.xml', data: zeros(30 * 1024 * 1024), declaredSize: 4096 }]);
    const before = process.memoryUsage().arrayBuffers;
    const r = await readReport(liar, 'report.docx');
    expect(r).toMatchObject({ ok: false, status: 'rejected', issue: { code: 'broken-zip' } });
    // Never the 30 MB the entry really holds (generous slack for the runtime's own buffers).
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024);
  });

  it('holds a zip that is not a Word document as unsupported, naming what it is', async () => {
    const xlsx = zipOf([{ name: 'xl/workbook.xml', data: new TextEncoder().encode('<workbook/>') }]);
    const r = await extractReport({ bytes: xlsx, fileName: 'report.docx' });
    expect(r.status).toBe('unsupported-format');
    expect(r.issues[0].message).toContain('Excel');
  });

  it('reads a real .docx well inside the limits', async () => {
    const r = await readReport(await docxOf(gulouReport({ period: '2021年', dibao: 5 })), 'r.docx');
    expect(r).toMatchObject({ ok: true, reader: 'docx' });
  });
});

describe('old Word (.doc)', () => {
  it('is held back as unsupported-format with a message asking for .docx', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const r = await extractReport({ bytes: ole, fileName: 'incoming/340100/2021/报告.doc' });
    expect(r.status).toBe('unsupported-format');
    expect(r.facts).toEqual([]);
    expect(r.issues[0].message).toContain('.docx');
    expect(r.issues[0].message).toContain('报告.doc');
  });
});

describe.skipIf(cjkFont() === null)('PDF limits', () => {
  const text = gulouReport({ period: '2021年', dibao: 1234 });

  it('holds a scan without a text layer as no-text-layer, never as an empty report', async () => {
    const r = await extractReport({ bytes: await scannedPdf(3), fileName: 'scan.pdf' });
    expect(r.status).toBe('no-text-layer');
    expect(r.facts).toEqual([]);
    expect(r.issues[0].message).toMatch(/扫描件/);
  });

  it('reads or refuses a 200-page PDF within the ingest function timeout', async () => {
    const long = Array.from({ length: 24 }, (_, i) => `第${i + 1}部分。${'全区持续推进社会救助体系建设，强化兜底保障，困难群众基本生活得到有效保障。'.repeat(3)}`).join('\n');
    const pdf = await pdfOf(`${text}\n${long}`, cjkFont()!, { minPages: 200, runningHeader: '民政局文件' });
    const started = performance.now();
    const r = await readReport(pdf, 'long.pdf');
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(ingestFunctionSizing.timeoutSeconds * 1000);
    expect(elapsed).toBeLessThan(readLimits.timeBudgetMs + 2_000);
    if (r.ok) expect(r.text).toContain('城市低保对象1234人');
    else expect(r.status).toBe('too-large');
    // The same document over a lower page limit is refused on its page count, before reading.
    const capped = await readReport(pdf, 'long.pdf', { limits: { maxPdfPages: 150 } });
    expect(capped).toMatchObject({ ok: false, status: 'too-large', issue: { code: 'too-many-pages' } });
    if (!capped.ok) expect((capped.issue.detail as { pages: number }).pages).toBeGreaterThanOrEqual(200);
  }, 120_000);

  it('gives up when the time budget runs out, with a reason', async () => {
    const pdf = await pdfOf(text, cjkFont()!, { repeat: 40 });
    let t = 0;
    // A clock that moves a second on every look: the budget runs out after a few pages.
    const r = await readReport(pdf, 'slow.pdf', { limits: { timeBudgetMs: 3_000 }, now: () => (t += 1_000) });
    expect(r).toMatchObject({ ok: false, status: 'too-large', issue: { code: 'read-timeout' } });
  });

  it('holds a truncated PDF as unreadable', async () => {
    const pdf = await pdfOf(text, cjkFont()!);
    const r = await readReport(pdf.subarray(0, 400), 'cut.pdf');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(['unreadable', 'no-text-layer']).toContain(r.status);
  });
});
