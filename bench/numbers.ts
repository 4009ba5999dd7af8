// Numbers: agreement with a peer's Chinese number specs (Microsoft Recognizers-Text), the
// deliberate differences and why, and findNumbers throughput on ~10 KB of report-like text
// against a bare regex scan for Arabic figures over the same text in the same run.
import { normaliseText } from '#shared/extract/normalise.ts';
import { findNumbers } from '#shared/extract/numbers.ts';
import { measureAgreement, reasonCounts, recognizersPresent } from '../test/extract/recognizersPeer.ts';
import type { BenchSection } from './section.ts';

/** Deterministic report-like prose: the phrasing bureaus use, figures varied by a seeded PRNG. */
function reportText(targetBytes: number): string {
  let seed = 20211130;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const templates: (() => string)[] = [
    () => `截至${2020 + rnd(3)}年${1 + rnd(12)}月底，全市共保障城乡低保对象${rnd(90) + 1}.${rnd(99)}万人，累计发放保障金${rnd(9) + 1}.${rnd(99)}亿元。`,
    () => `城市低保标准提高至${600 + rnd(400)}元/人/月，农村低保标准提高至${400 + rnd(300)}元/人/月，城乡保障面分别达${rnd(3)}.${rnd(9)}%、${rnd(6)}.${rnd(99)}%。`,
    () => `全年实施临时救助${1000 + rnd(9000)}人次，支出资金${rnd(2000)}.${rnd(999)}万元，其中救急难救助${rnd(900)}人次${rnd(300)}.${rnd(99)}万元。`,
    () => `为${rnd(90) + 10}余万名困难群众发放一次性生活补贴，惠及特困供养人员一千二百余人，集中供养率达${50 + rnd(50)}%。`,
    () => `新建社区养老服务中心${rnd(50)}个，新增养老床位${rnd(5000)}张，开展上门服务40多万人次，覆盖${rnd(300)}个村（社区）。`,
    () => `发放困难残疾人生活补贴和重度残疾人护理补贴${rnd(9999)}.${rnd(99)}万元，惠及${10000 + rnd(90000)}名残疾人，较去年增长${rnd(20)}.${rnd(9)}%。`,
    () => `全市登记社会组织${rnd(900)}家，其中社会团体${rnd(400)}家、民办非企业单位${rnd(500)}家，年检合格率达百分之九十五。`,
    () => `办理婚姻登记${rnd(30000)}对，发放孤儿基本生活费${rnd(900)}.${rnd(99)}万元，${3}-${5}万元的项目补助约${rnd(50)}个。`,
    () => `一是加强组织领导，二是强化资金保障，三是推进“十四五”规划编制，投入资金超千万元，累计服务10万人次以上。`,
    () => `全年共接收社会捐赠款物${rnd(9)},${100 + rnd(899)},${100 + rnd(899)}元，折款${rnd(99)} ${100 + rnd(899)}元。`,
  ];
  let text = '';
  while (Buffer.byteLength(normaliseText(text)) < targetBytes) text += templates[rnd(templates.length)]() + '\n';
  return text;
}

/**
 * MB/s of each scan, rounds interleaved so machine load hits both alike; the median round of
 * each, and the median of the per-round ratios.
 */
function timeRates(bytes: number, scans: (() => number)[]): { mbPerS: number[]; counts: number[]; ratio: number } {
  const counts = scans.map((scan) => {
    let count = 0;
    for (let i = 0; i < 1000; i++) count = scan(); // warm the JIT
    return count;
  });
  const rounds: number[][] = scans.map(() => []);
  for (let r = 0; r < 9; r++) {
    scans.forEach((scan, s) => {
      // CPU time of this process, not wall time: the figures hold on a busy machine.
      let iterations = 0;
      const t0 = process.cpuUsage();
      let elapsedMicros = 0;
      while (elapsedMicros < 100_000) {
        for (let i = 0; i < 20; i++) scan();
        iterations += 20;
        const d = process.cpuUsage(t0);
        elapsedMicros = d.user + d.system;
      }
      rounds[s].push((bytes * iterations) / (elapsedMicros / 1e6) / 1e6);
    });
  }
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const ratio = median(rounds[1].map((v, r) => v / rounds[0][r]));
  return { mbPerS: rounds.map(median), counts, ratio };
}

function measureThroughput(): string[] {
  const text = normaliseText(reportText(10_240));
  const bytes = Buffer.byteLength(text);
  const regex = /\d+(?:\.\d+)?(?:万|亿)?/g;
  const { mbPerS, counts, ratio } = timeRates(bytes, [
    () => {
      let n = 0;
      regex.lastIndex = 0;
      while (regex.exec(text) !== null) n++;
      return n;
    },
    () => findNumbers(text).length,
  ]);
  return [
    `Throughput on ${(bytes / 1000).toFixed(1)} KB (UTF-8) of report-like text, process CPU time, median of 9 interleaved rounds in one run (ratio: median of per-round ratios):`,
    '',
    '| scan | figures found | MB/s | ratio |',
    '|---|--:|--:|--:|',
    `| baseline regex \`/\\d+(?:\\.\\d+)?(?:万\\|亿)?/g\` | ${counts[0]} | ${mbPerS[0].toFixed(1)} | 1.00 |`,
    `| findNumbers (Chinese numerals, qualifiers, ranges, %) | ${counts[1]} | ${mbPerS[1].toFixed(1)} | ${ratio.toFixed(2)} |`,
  ];
}

export async function run(): Promise<BenchSection> {
  // Throughput first, while the reader's type feedback comes from report text only.
  const throughput = measureThroughput();
  const lines: string[] = [];

  if (recognizersPresent()) {
    const number = measureAgreement('NumberModel');
    const percent = measureAgreement('PercentModel');
    lines.push(
      'Agreement with Microsoft Recognizers-Text Chinese specs (`../shared/peers/recognizers-text`): a case agrees when `findNumbers` (percentages only, for PercentModel) reads the same set of values.',
      '',
      '| model | cases | agreed | share |',
      '|---|--:|--:|--:|',
    );
    for (const a of [number, percent]) lines.push(`| ${a.model} | ${a.total} | ${a.agreed} | ${((100 * a.agreed) / a.total).toFixed(1)}% |`);
    const reasons = new Map<string, [number, number]>();
    for (const [reason, n] of reasonCounts(number)) reasons.set(reason, [n, 0]);
    for (const [reason, n] of reasonCounts(percent)) reasons.set(reason, [reasons.get(reason)?.[0] ?? 0, n]);
    lines.push('', 'Deliberate differences (cases per reason):', '', '| reason | NumberModel | PercentModel |', '|---|--:|--:|');
    for (const [reason, [n, p]] of [...reasons].sort((x, y) => y[1][0] + y[1][1] - (x[1][0] + x[1][1]))) lines.push(`| ${reason} | ${n} | ${p} |`);
    lines.push('');
  } else {
    lines.push('Recognizers-Text specs absent (`../shared/peers/recognizers-text`): agreement not measured.', '');
  }

  lines.push(...throughput);

  return { title: 'Numbers: reading figures in Chinese text', command: 'node bin/run-ts.mjs bench/numbers.ts', lines };
}

// Run alone: node bin/run-ts.mjs bench/numbers.ts
if (process.argv[1]?.endsWith('numbers.ts')) {
  const section = await run();
  console.log(`## ${section.title}\n\n\`${section.command}\`\n\n${section.lines.join('\n')}`);
}
