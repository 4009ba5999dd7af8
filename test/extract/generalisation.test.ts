// Extraction scored the way the shared scorer scores it: on the real corpus beside the project
// when it is there, and always on reports the simulator writes with known truth (varied
// phrasing, every catalogue metric, the usual traps, mixed encodings).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '#shared/extract/extractReport.ts';
import { simulateCorpus } from '#shared/simulate/corpus.ts';
import { divisions } from '#shared/divisions/divisions.ts';

const scorer = resolve('../shared/eval/score.mjs');

describe.skipIf(!existsSync(scorer))('the shared corpus (../shared)', () => {
  it('scores precision >= 0.97 and recall >= 0.90 with every status, unit, period and quote right', () => {
    const out = execFileSync(
      process.execPath,
      [scorer, '--quiet', '--cmd', `${process.execPath} bin/minzheng.mjs extract --jsonl`],
      { encoding: 'utf8' },
    );
    const summary = out.trim().split('\n').pop()!;
    const num = (k: string) => Number(new RegExp(`${k}=([\\d.]+)`).exec(summary)![1]);
    const frac = (k: string) => new RegExp(`${k}=(\\d+)/(\\d+)`).exec(summary)!.slice(1).map(Number);
    expect(num('precision')).toBeGreaterThanOrEqual(0.97);
    expect(num('recall')).toBeGreaterThanOrEqual(0.9);
    for (const k of ['status', 'unit', 'period', 'quotes']) {
      const [ok, n] = frac(k);
      expect(ok, `${k} in ${summary}`).toBe(n);
    }
  }, 120_000);
});

describe('simulated reports with known truth', () => {
  it('keeps precision and recall high on reports it has never seen', async () => {
    let tp = 0;
    let fp = 0;
    let gold = 0;
    let statusOk = 0;
    let n = 0;
    const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
    for (const { report, gold: g } of simulateCorpus({ seed: 'generalisation-test', count: 120, mixedPeriods: true }, divisions())) {
      n++;
      const r = await extractReport({ bytes: report.bytes });
      gold += g.facts.length;
      if ((g.status === 'ok') === (r.status === 'ok')) statusOk++;
      const matched = new Set<number>();
      for (const f of r.facts) {
        const hit = g.facts.findIndex((x, j) => !matched.has(j) && x.metric === f.metric && close(x.value, f.value));
        if (hit >= 0) {
          matched.add(hit);
          tp++;
        } else fp++;
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / gold;
    expect(statusOk).toBe(n);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.97);
  }, 60_000);
});
