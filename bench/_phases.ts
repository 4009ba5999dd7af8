import { build } from 'esbuild';
import { resolve } from 'node:path';
const m = (f: string) => JSON.stringify(resolve('shared/extract/' + f));
await build({ stdin: { contents: `
export { extractText } from ${m('extractReport.ts')};
export { normaliseText } from ${m('normalise.ts')};
export { layoutPositions } from ${m('layout.ts')};
export { splitLines, findExcludedSpans, splitSentences } from ${m('structure.ts')};
export { findReportingUnit } from ${m('reportingUnit.ts')};
export { findPeriod } from ${m('period.ts')};
export { attributeFigures } from ${m('attribute.ts')};
export { findNumbers } from ${m('numbers.ts')};
export { findMentions } from ${m('mentions.ts')};
export { figuresOf } from ${m('figures.ts')};
export { MarkerIndex, PLAN, CLAUSE_SKIP, CUMULATIVE } from ${m('markers.ts')};
export { findTemplateMarks } from ${m('template.ts')};
export { subUnitReader } from ${m('subUnit.ts')};
export { divisions } from ${JSON.stringify(resolve('shared/divisions/divisions.ts'))};
`, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', target: 'node20', minify: true, outfile: '/tmp/pb/ph.mjs', external: ['pdfjs-dist','pdfjs-dist/*','mammoth','htmlparser2'], logLevel: 'error' });
