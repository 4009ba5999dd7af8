// The same report as .txt, .docx, .pdf and .html gives the same facts: every reader hands the
// extractor the report's text, and every quote points into the text that reader produced.
import { describe, expect, it } from 'vitest';
import { extractReport, extractText } from '#shared/extract/extractReport.ts';
import { divisions } from '#shared/divisions/divisions.ts';
import { reportingUnits } from '#shared/simulate/corpus.ts';
import { simulateReport } from '#shared/simulate/report.ts';
import { readReport } from '#shared/read/readReport.ts';
import type { ExtractionResult } from '#shared/domain/report.ts';
import { gulouReport } from '../support/reportTexts.ts';
import { cjkFont, docxOf, htmlOf, pdfOf, predefinedFontPdf } from './documents.ts';

const units = reportingUnits(divisions());
const prefectures = units.filter((u) => u.level === 'prefecture');
const counties = units.filter((u) => u.level === 'county');
const parentOf = (code: string | null) => (code ? divisions().get(code) : undefined);

const reports: Array<{ name: string; text: string }> = [
  { name: 'gulou', text: gulouReport({ period: '2021年', dibao: 1234 }) },
  { name: 'gulou as of', text: gulouReport({ period: '2021年上半年', asOf: '2021年6月底', dibao: 2048 }) },
  ...[11, 23, 35, 47].map((seed, i) => {
    const unit = (i % 2 ? counties : prefectures)[(seed * 37) % (i % 2 ? counties.length : prefectures.length)];
    const r = simulateReport({ seed, unit, parent: parentOf(unit.parentCode), periodKey: i % 2 ? '2021' : '2022-H1' });
    return { name: `simulated ${seed} ${unit.name}`, text: r.text };
  }),
];

const factsOf = (r: ExtractionResult) => r.facts.map((f) => `${f.metric}=${f.value}`).sort();

async function expectSameFacts(bytes: Uint8Array, fileName: string, text: string, reader: string) {
  const expected = extractText(text);
  expect(expected.status).toBe('ok');
  const result = await extractReport({ bytes, fileName });
  expect(result.encoding).toBe(reader);
  expect(result.status).toBe('ok');
  expect(factsOf(result)).toEqual(factsOf(expected));
  expect(result.period).toEqual(expected.period);
  expect(result.unit.adcode).toBe(expected.unit.adcode);
  const read = await readReport(bytes, fileName);
  if (!read.ok) throw new Error('read failed after extraction succeeded');
  for (const f of result.facts) expect(read.text.slice(f.start, f.end)).toBe(f.quote);
}

describe('format equivalence', () => {
  for (const { name, text } of reports) {
    it(`${name}: .docx gives the facts of the text`, async () => {
      await expectSameFacts(await docxOf(text), 'report.docx', text, 'docx');
    });

    it(`${name}: .html with navigation and footer gives the facts of the text`, async () => {
      await expectSameFacts(htmlOf(text), 'report.html', text, 'html');
    });

    it.skipIf(cjkFont() === null)(`${name}: .pdf with running header and page numbers gives the facts of the text`, async () => {
      // A narrow block makes sentences wrap mid-clause and spill over pages.
      const pdf = await pdfOf(text, cjkFont()!, { runningHeader: '民政局文件', width: 300 });
      await expectSameFacts(pdf, 'report.pdf', text, 'pdf');
    });

    it(`${name}: .pdf in a predefined Chinese font (no embedded font, read through CMaps) gives the facts of the text`, async () => {
      await expectSameFacts(predefinedFontPdf(text, { header: '民政局文件', perPage: 12 }), 'report.pdf', text, 'pdf');
    });
  }

  it('reads by content, not by name: a .docx named .txt, a PDF named .doc, text named .pdf', async () => {
    const text = reports[0].text;
    expect((await readReport(await docxOf(text), 'report.txt')).ok && (await readReport(await docxOf(text), 'x.txt'))).toMatchObject({ reader: 'docx' });
    expect(await readReport(new TextEncoder().encode(text), 'report.pdf')).toMatchObject({ ok: true, reader: 'utf-8', text });
    if (cjkFont()) expect(await readReport(await pdfOf(text, cjkFont()!), 'report.doc')).toMatchObject({ ok: true, reader: 'pdf' });
  });
});
