// The bounds on reading one document, sized to the ingest function (shared/aws/clientConfig.ts:
// 120 s timeout, 1024 MB, up to 5 reports a batch). Uploads are already at most 20 MB before
// they are read; these bound what a small file can unfold into.
export const readLimits = {
  /** Total uncompressed size of a .docx's zip entries, from its central directory. */
  maxUnzippedBytes: 50 * 1024 * 1024,
  /** Deflate reaches about 10:1 on XML; a zip bomb reaches 1000:1 and more. */
  maxCompressionRatio: 100,
  /** A .docx has a few dozen parts; thousands is a crafted archive. */
  maxZipEntries: 2_000,
  /** A work report runs to tens of pages; a 300-page PDF is a compilation, not one report. */
  maxPdfPages: 300,
  /**
   * Wall-clock budget for reading one document. Five of them fit the function's timeout even back
   * to back, so a slow document fails on its own instead of timing out the whole batch it came in.
   */
  timeBudgetMs: 20_000,
} as const;

export type ReadLimits = { [K in keyof typeof readLimits]: number };
