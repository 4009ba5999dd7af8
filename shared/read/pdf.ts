// .pdf through pdfjs-dist's legacy build (Node 20), without a worker thread: the "fake worker"
// runs on this thread. Only the text layer is read; a scan (pages of images) has none and is held
// back as `no-text-layer`, never stored empty.
//
// pdfjs is only ever imported dynamically, by bare specifier: the ingest bundle leaves it out
// (infra/stateless-stack.ts, unbundledPackagesByFunction) and ships its files under
// node_modules/pdfjs-dist/ beside the bundle, where this import finds them; locally the same
// import resolves to the installed package. A static import here would be hoisted to the top of
// the bundle and load pdfjs on every cold start.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ReadLimits } from './limits.ts';
import { held, type ReadOutcome } from './outcome.ts';
import { dropRunningMatter, joinParagraphs, pageLines, type PageLine, type TextRun } from './pdfLayout.ts';

/**
 * pdfjs's display layer builds a DOMMatrix when it loads, which Node has only through the
 * optional native @napi-rs/canvas (absent from a bundled Lambda). Reading text never renders, so
 * a plain affine matrix is enough; the real one is used wherever it exists.
 */
class TextOnlyMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init?: ArrayLike<number>) {
    if (init && init.length >= 6) [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init).slice(0, 6);
  }
}

let pdfjsModule: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | undefined;
/** Loaded on the first PDF, so other uploads never pay for it. */
function loadPdfjs() {
  if (!('DOMMatrix' in globalThis)) {
    try {
      // Prefer the real polyfill when the package is installed (as it is beside node_modules).
      const { DOMMatrix } = createRequire(import.meta.url)('@napi-rs/canvas') as { DOMMatrix: unknown };
      (globalThis as Record<string, unknown>).DOMMatrix = DOMMatrix;
    } catch {
      (globalThis as Record<string, unknown>).DOMMatrix = TextOnlyMatrix;
    }
  }
  return (pdfjsModule ??= Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    // Handed over explicitly rather than left to pdfjs's own `import('./pdf.worker.mjs')`, which
    // would resolve against wherever pdf.mjs ended up (the bundle itself, if it is ever inlined).
    import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
  ]).then(([pdfjs, pdfjsWorker]) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= pdfjsWorker;
    return pdfjs;
  }));
}

/**
 * Chinese PDFs often use Adobe's predefined CMaps (UniGB-UCS2-H with a non-embedded 宋体); pdfjs
 * needs its CMap files to decode them. PDF_CMAP_DIR names them where the package is not on disk
 * (a bundled Lambda ships them beside the handler).
 */
function cMapDirectory(): string | undefined {
  if (process.env.PDF_CMAP_DIR) return process.env.PDF_CMAP_DIR.replace(/\/?$/, '/');
  try {
    return join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps') + '/';
  } catch {
    return undefined;
  }
}

class ReadTimeout extends Error {}

export interface PdfReadOptions {
  limits: ReadLimits;
  now: () => number;
}

export async function readPdf(bytes: Uint8Array, { limits, now }: PdfReadOptions): Promise<ReadOutcome> {
  const deadline = now() + limits.timeBudgetMs;
  const cMapUrl = cMapDirectory();
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of (detaches) the buffer it is given.
    data: new Uint8Array(bytes),
    ...(cMapUrl ? { cMapUrl, cMapPacked: true } : {}),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadTimeout()), limits.timeBudgetMs);
  });
  const timed = <T>(p: Promise<T>) => Promise.race([p, timeout]);
  try {
    const doc = await timed(task.promise);
    if (doc.numPages > limits.maxPdfPages) {
      return held(
        'too-large',
        'too-many-pages',
        `PDF 共 ${doc.numPages} 页，超过 ${limits.maxPdfPages} 页的处理上限，未读取。请只上传工作报告本身。`,
        { pages: doc.numPages, maxPdfPages: limits.maxPdfPages },
      );
    }
    const pages: PageLine[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (now() > deadline) throw new ReadTimeout();
      const page = await timed(doc.getPage(n));
      const content = await timed(page.getTextContent());
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        runs.push({ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height });
      }
      pages.push(pageLines(runs));
      page.cleanup();
    }
    const text = joinParagraphs(dropRunningMatter(pages));
    const inked = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
    if (inked < Math.max(20, 5 * doc.numPages) && inked < 200) {
      return held(
        'no-text-layer',
        'no-text-layer',
        'PDF 中没有可读取的文字层(可能是扫描件或图片)。请上传由 Word 等导出的 PDF，或直接上传 .docx 原文件。',
        { pages: doc.numPages, characters: inked },
      );
    }
    return { ok: true, text, reader: 'pdf' };
  } catch (err) {
    if (err instanceof ReadTimeout) {
      return held(
        'too-large',
        'read-timeout',
        `PDF 在 ${Math.round(limits.timeBudgetMs / 1000)} 秒内未能读完(页数或内容过多)，未读取。请拆分后重新上传，或上传 .docx 原文件。`,
        { timeBudgetMs: limits.timeBudgetMs },
      );
    }
    const name = (err as Error)?.name;
    if (name === 'PasswordException') {
      return held('unsupported-format', 'encrypted-pdf', 'PDF 设有打开密码，无法读取。请取消密码后重新上传。');
    }
    return held('unreadable', 'unreadable-pdf', `无法读取该 PDF(${String((err as Error)?.message ?? err).slice(0, 120)})。请重新导出 PDF 或上传 .docx 原文件。`);
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => {});
  }
}
