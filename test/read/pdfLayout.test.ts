// Rebuilding paragraphs from positioned lines: what a PDF's text layer gives, laid out here by
// hand so every case is exact.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dropRunningMatter, joinParagraphs, pageLines, type TextRun } from '#shared/read/pdfLayout.ts';

const cw = 12;
const left = 80;
const lineChars = 30;

/** Lays paragraphs out as a word processor does: 2-character indent, wrapped at lineChars, pages of `perPage` lines. */
function layout(paragraphs: string[], perPage: number, header?: string): TextRun[][] {
  const pages: TextRun[][] = [];
  let page: TextRun[] = [];
  let y = 760;
  let onPage = 0;
  const newPage = () => {
    onPage = 0;
    if (page.length) pages.push(page);
    page = [];
    y = 760;
    if (header) page.push({ text: header, x: 250, y: 800, width: header.length * 9, height: 9 });
    page.push({ text: `- ${pages.length + 1} -`, x: 280, y: 40, width: 30, height: 9 });
  };
  newPage();
  for (const p of paragraphs) {
    const chars = [...p];
    let first = true;
    while (chars.length) {
      const room = first ? lineChars - 2 : lineChars;
      const piece = chars.splice(0, room).join('');
      const x = first ? left + 2 * cw : left;
      if (onPage++ >= perPage) newPage();
      page.push({ text: piece, x, y, width: [...piece].length * cw, height: cw });
      y -= 18;
      first = false;
    }
  }
  pages.push(page);
  return pages;
}

const read = (pages: TextRun[][]) => joinParagraphs(dropRunningMatter(pages.map(pageLines)));

describe('PDF paragraphs', () => {
  it('joins wrapped lines, drops the running header and page numbers, keeps headings apart', () => {
    const paragraphs = [
      '一、基本情况',
      '全市共保障城乡低保对象4.52万人，发放低保金2.36亿元，其中城市低保对象1.2万人，农村低保对象3.32万人，保障水平稳步提高。',
      '（一）养老服务',
      '全市养老机构床位3456张，护理型床位占比达到55%，新建街道综合养老服务中心12个，社区养老服务站点覆盖率达到100%。',
    ];
    expect(read(layout(paragraphs, 3, '合肥市民政局文件'))).toBe(paragraphs.join('\n'));
  });

  it('gives back any paragraphs, however they wrap and break across pages (property)', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
    const piece = fc.oneof(han, han, han, fc.constantFrom('，', '、', '；', '1', '2', '.', '万', '人'));
    const paragraph = fc.array(piece, { minLength: 3, maxLength: 150 }).map((cs) => `${'民政'}${cs.join('')}。`);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 12 }), fc.integer({ min: 6, max: 30 }), (paragraphs, perPage) => {
        const pages = layout(paragraphs, perPage, '民政局文件');
        // One page cannot show that its header runs: it is kept, as its own line.
        const header = pages.length === 1 ? '民政局文件\n' : '';
        expect(read(pages)).toBe(header + paragraphs.join('\n'));
      }),
      { numRuns: 200 },
    );
  });

  it('drops page numbers in the forms reports use', () => {
    for (const number of ['- 3 -', '—3—', '第3页', '第 3 页 共 9 页', '3/9', '3']) {
      const pages = [1, 2].map((n) => pageLines([
        { text: `全市共保障城乡低保对象4.5${n}万人。`, x: left, y: 700, width: 17 * cw, height: cw },
        { text: number.replace('3', String(n)), x: 280, y: 40, width: 30, height: 9 },
      ]));
      expect(joinParagraphs(dropRunningMatter(pages))).toBe('全市共保障城乡低保对象4.51万人。\n全市共保障城乡低保对象4.52万人。');
    }
  });
});
