import { build } from 'esbuild';
import { resolve } from 'node:path';
await build({ stdin: { contents: `export { extractText } from ${JSON.stringify(resolve('shared/extract/extractReport.ts'))};`, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: '/tmp/pb/ex.mjs', external: ['pdfjs-dist','pdfjs-dist/*','mammoth','htmlparser2'], logLevel: 'error' });
import { simulateCorpus } from '#shared/simulate/corpus.ts';
import { divisions } from '#shared/divisions/divisions.ts';
import { writeFileSync } from 'node:fs';
const texts: string[] = [];
for (const { report } of simulateCorpus({ seed: 'bench-extract', count: 60, encodings: 'utf-8', templateShare: 0 }, divisions())) {
  let text = report.text; while (Buffer.byteLength(text) < 10240) text += '\n' + report.text; texts.push(text); if (texts.length === 20) break;
}
writeFileSync('/tmp/pb/texts.json', JSON.stringify(texts));
