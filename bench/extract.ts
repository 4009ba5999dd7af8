// Extraction throughput: a ~10 KB report extracted in-process on one core, against one regex
// scan over the same text measured in the same run (the baseline).
import { extractText } from '#shared/extract/extractReport.ts';
import { divisions } from '#shared/divisions/divisions.ts';
import { simulateCorpus } from '#shared/simulate/corpus.ts';
import { medianMs, type BenchSection } from './section.ts';

const BASELINE = /\d+(?:\.\d+)?(?:万|亿)?(?:元|人次|人|张|家|户)/g;

/** Simulated reports of about 10 KB (UTF-16 code units as JavaScript strings count them, bytes as UTF-8). */
function reportsOfAbout10KB(count: number): string[] {
  const texts: string[] = [];
  for (const { report } of simulateCorpus({ seed: 'bench-extract', count: count * 3, encodings: 'utf-8', templateShare: 0 }, divisions())) {
    let text = report.text;
    while (Buffer.byteLength(text) < 9_000) text += '\n' + report.text;
    texts.push(text.slice(0, 3400));
    if (texts.length === count) break;
  }
  return texts;
}

export async function run(): Promise<BenchSection> {
  const texts = reportsOfAbout10KB(20);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  divisions(); // loaded once per process, as in a warm Lambda
  const rounds = 10;
  const extractMs = medianMs(() => {
    for (let r = 0; r < rounds; r++) for (const t of texts) extractText(t);
  }) / (rounds * texts.length);
  let sink = 0;
  const scanMs = medianMs(() => {
    for (let r = 0; r < rounds * 20; r++) for (const t of texts) sink += t.match(BASELINE)?.length ?? 0;
  }) / (rounds * 20 * texts.length);
  if (sink < 0) console.log(sink);
  const avgBytes = bytes / texts.length;
  const reportsPerSec = 1000 / extractMs;
  const scanPerSec = 1000 / scanMs;
  return {
    title: 'Extraction throughput (issue 2)',
    command: 'npm run bench',
    lines: [
      `Simulated reports of ${(avgBytes / 1024).toFixed(1)} KB (UTF-8), extracted in-process on one core, divisions loaded once (as in a warm Lambda).`,
      '',
      '| what | per report | reports/s | MB/s | ratio to the regex scan |',
      '| --- | --- | --- | --- | --- |',
      `| baseline: one regex scan \`${BASELINE.source}\` | ${(scanMs * 1000).toFixed(1)} µs | ${Math.round(scanPerSec).toLocaleString('en')} | ${((avgBytes * scanPerSec) / 1e6).toFixed(1)} | 1 |`,
      `| \`extractText\` (decode excluded) | ${(extractMs * 1000).toFixed(1)} µs | ${Math.round(reportsPerSec).toLocaleString('en')} | ${((avgBytes * reportsPerSec) / 1e6).toFixed(1)} | ${(extractMs / scanMs).toFixed(1)}× slower |`,
      '',
      `Targets: at least 2,000 reports/s (${reportsPerSec >= 2000 ? 'met' : 'NOT met'}), and no slower than 20 times the scan (${extractMs / scanMs <= 20 ? 'met' : 'NOT met'}).`,
    ],
  };
}
