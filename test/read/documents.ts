// Builds real documents from a report's text, as bureaus' tools would: a .docx (the docx package),
// a PDF with a CJK font (pdfkit; the font comes from Debian's font packages, so PDF tests skip
// when none is installed), and a web page with the site's navigation and footer around it.
import { existsSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import PDFDocument from 'pdfkit';

export async function docxOf(text: string, tables: string[][][] = []): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = text
    .split(/\r?\n/)
    .map((line) => new Paragraph({ children: [new TextRun(line)] }));
  for (const rows of tables) {
    children.push(
      new Table({
        rows: rows.map((cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
      }),
    );
  }
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A gov.cn-style article page: navigation, breadcrumbs, share bar and a footer full of numbers. */
export function htmlOf(text: string, site = '某市民政局'): Uint8Array {
  const [title, ...body] = text.split(/\r?\n/);
  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}_${site}</title>
<style>.nav{color:red}</style><script>var visits = 12345; document.write('统计 2021年 567人');</script></head>
<body>
<header class="site-header"><div class="logo">${site}门户网站</div><div class="date">2022年1月5日 星期三</div></header>
<nav class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/bsfw">办事服务</a></li><li>2021年信息公开年报</li></ul></nav>
<div class="position">当前位置：<a href="/">首页</a> &gt; 工作动态 &gt; 工作总结</div>
<div class="main-content"><article>
<h1>${escapeHtml(title)}</h1>
<div class="info">发布时间：2022-01-05 来源：${site} 浏览次数：1024</div>
<div class="TRS_Editor">
${body.map((line) => `<p style="text-indent:2em">\n  ${escapeHtml(line)}\n</p>`).join('\n')}
</div>
</article></div>
<div class="share">分享到：微信 微博</div>
<footer><p>主办单位：${site}　地址：人民路88号　邮编：230001</p><p>电话：0551-12345678　网站标识码：3401000012　皖ICP备05001234号</p><p>版权所有 © 2021 年访问量 3456789 人次</p></footer>
</body></html>`;
  return new TextEncoder().encode(html);
}

/** CJK fonts Debian installs (fonts-wqy-microhei, fonts-wqy-zenhei, fonts-noto-cjk), with the face to use. */
const cjkFonts: Array<[string, string]> = [
  ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 'WenQuanYiMicroHei'],
  ['/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 'WenQuanYiZenHei'],
  ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
];

export function cjkFont(): { file: string; face: string } | null {
  const found = cjkFonts.find(([file]) => existsSync(file));
  return found ? { file: found[0], face: found[1] } : null;
}

export interface PdfOptions {
  /** Repeats the text this many times over (to make long documents). */
  repeat?: number;
  /** Repeats the text (after the title) until the document has at least this many pages. */
  minPages?: number;
  /** Running header on every page and a "- n -" page number at the foot. */
  runningHeader?: string;
  /** Narrow text block, so sentences wrap mid-clause. */
  width?: number;
}

/** Text laid out as Word would print it: 2-character first-line indent, wrapped to the block. */
export async function pdfOf(text: string, font: { file: string; face: string }, options: PdfOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 90, bottom: 90, left: 80, right: 80 }, bufferPages: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.font(font.file, font.face).fontSize(12);
  const width = options.width ?? 435;
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  for (let r = 0; r < (options.repeat ?? 1) || doc.bufferedPageRange().count < (options.minPages ?? 0); r++) {
    lines.forEach((line, i) => {
      if (r === 0 && i === 0) doc.fontSize(16).text(line, { width, align: 'center' }).moveDown(0.5).fontSize(12);
      else doc.text(line, { width, indent: 24, lineGap: 4 });
    });
  }
  const range = doc.bufferedPageRange();
  for (let p = range.start; p < range.start + range.count; p++) {
    doc.switchToPage(p);
    // Writing inside the margins: pdfkit would otherwise start a new page for the footer.
    doc.page.margins = { top: 0, bottom: 0, left: 80, right: 80 };
    if (options.runningHeader) doc.fontSize(9).text(options.runningHeader, 80, 50, { width, align: 'center', lineBreak: false });
    doc.fontSize(9).text(`- ${p + 1} -`, 80, 790, { width, align: 'center', lineBreak: false });
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A PDF of pages with a drawn image and no text at all: what a scanner produces. */
export async function scannedPdf(pages: number): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  for (let p = 0; p < pages; p++) {
    if (p) doc.addPage();
    for (let y = 80; y < 760; y += 14) doc.rect(80, y, 300 + ((y * 7) % 130), 8).fill('#333');
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * A zip written by hand, so a test can make its central directory say what it likes: each entry
 * is deflated from `data` (or given already `deflated`, for a bomb too large to hold inflated),
 * and `declaredSize` (default: the truth) is what the headers claim. CRCs are left 0: a reader
 * that checks them does so only after inflating, which these tests are about.
 */
export type ZipEntry =
  | { name: string; data: Uint8Array; declaredSize?: number }
  | { name: string; deflated: Uint8Array; declaredSize: number };

export function zipOf(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = 'deflated' in e ? Buffer.from(e.deflated) : deflateRawSync(e.data);
    const size = e.declaredSize ?? ('data' in e ? e.data.length : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/**
 * A PDF written by hand in Adobe's predefined Chinese font (STSong-Light, UniGB-UCS2-H), not
 * embedded: what many Chinese PDF tools produce, and readable only with pdfjs's CMap files. Needs
 * no font file, so it runs everywhere. Paragraphs wrap at `perLine` characters with a 2-character
 * indent, `perPage` lines a page, a running header and "- n -" at the foot.
 */
export function predefinedFontPdf(text: string, options: { perLine?: number; perPage?: number; header?: string } = {}): Uint8Array {
  const perLine = options.perLine ?? 30;
  const perPage = options.perPage ?? 40;
  const size = 12;
  const lines: Array<{ text: string; x: number; size: number }> = [];
  text.split(/\r?\n/).filter((l) => l.trim() !== '').forEach((paragraph, i) => {
    const chars = [...paragraph.trim()];
    if (i === 0) return void lines.push({ text: paragraph.trim(), x: 120, size: 16 });
    for (let first = true; chars.length; first = false) {
      lines.push({ text: chars.splice(0, first ? perLine - 2 : perLine).join(''), x: first ? 72 + 2 * size : 72, size });
    }
  });
  const pages: Array<typeof lines> = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  const hex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const show = (s: string, x: number, y: number, pt: number) => `BT /F1 ${pt} Tf ${x} ${y} Td <${hex(s)}> Tj ET`;
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 6 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>';
  objects[4] = '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>';
  objects[5] = '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>';
  pages.forEach((page, p) => {
    const ops = page.map((l, i) => show(l.text, l.x, 760 - i * 18, l.size));
    if (options.header) ops.push(show(options.header, 250, 800, 9));
    ops.push(show(`- ${p + 1} -`, 280, 40, 9));
    const stream = ops.join('\n');
    objects[pageIds[p]] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[p] + 1} 0 R >>`;
    objects[pageIds[p] + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = body.length;
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
