import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metrics } from '#shared/catalogue/catalogue.ts';
import { divisions } from '#shared/divisions/divisions.ts';
import { simulateCorpus } from '#shared/simulate/corpus.ts';
import { main } from '../../cli/main.ts';

const seeds = join(process.cwd(), '..', 'shared', 'corpus', 'seeds');

describe('simulateCorpus', () => {
  const corpus = [...simulateCorpus({ seed: 'coverage', count: 200, periodKey: '2021', mixedPeriods: true }, divisions())];

  it('states every catalogue metric somewhere across 200 reports', () => {
    const seen = new Map<string, number>();
    for (const e of corpus) for (const f of e.gold.facts) seen.set(f.metric, (seen.get(f.metric) ?? 0) + 1);
    const missing = metrics.map((m) => m.id).filter((id) => !seen.has(id));
    expect(missing).toEqual([]);
    // No metric is a rarity the extraction test set could not measure.
    for (const m of metrics) expect(seen.get(m.id)!, m.id).toBeGreaterThanOrEqual(10);
  });

  it('spreads reports over units, period kinds, encodings and templates', () => {
    expect(new Set(corpus.map((e) => e.gold.unit.adcode ?? e.file.split('_')[1])).size).toBe(200);
    const kinds = new Set(corpus.map((e) => e.gold.period.key.replace(/^\d{4}/, '').replace(/\d/g, 'n')));
    expect([...kinds].sort()).toEqual(['', '-Hn', '-Qn', '-nn'].filter((k) => kinds.has(k)));
    expect(kinds.size).toBeGreaterThanOrEqual(3);
    expect(new Set(corpus.map((e) => e.report.encoding)).size).toBeGreaterThanOrEqual(3);
    expect(corpus.some((e) => e.gold.status === 'template')).toBe(true);
    for (const e of corpus) {
      expect(e.file).toMatch(/^\d{5}_\d{6}_\d{4}(-H[12]|-Q[1-4]|-\d{2})?\.txt$/);
      // The gold says how to decode the bytes whenever they are not UTF-8.
      const label = e.gold.encoding ?? 'utf-8';
      expect(new TextDecoder(label).decode(e.report.bytes)).toBe(e.report.text);
    }
  });

  it('writes one report per reporting unit with units: all', () => {
    let n = 0;
    for (const e of simulateCorpus({ seed: 'all', units: 'all', periodKey: '2022', encodings: 'utf-8', templateShare: 0 }, divisions())) {
      n++;
      if (n > 5) break;
      expect(e.gold.status).toBe('ok');
    }
    expect(divisions().all().filter((d) => d.level !== 'province').length).toBeGreaterThan(3000);
  });

  it.skipIf(!existsSync(seeds))('copies no sentence of the real reports verbatim', () => {
    const real = readdirSync(seeds).map((f) => readFileSync(join(seeds, f), 'utf8'));
    // Runs of 24 characters from the real reports; a shared run means a copied sentence.
    const runs = new Set<string>();
    for (const t of real) for (const line of t.split('\n')) for (let i = 0; i + 24 <= line.length; i += 6) runs.add(line.slice(i, i + 24));
    const copied: string[] = [];
    for (const e of corpus.slice(0, 60)) {
      const text = e.report.text;
      for (let i = 0; i + 24 <= text.length; i++) if (runs.has(text.slice(i, i + 24))) copied.push(text.slice(i, i + 24));
    }
    expect(copied).toEqual([]);
  });
});

describe('minzheng simulate', () => {
  it('writes reports and gold in the shared corpus layout', async () => {
    const out = mkdtempSync(join(tmpdir(), 'simulate-'));
    try {
      const code = await main(['simulate', '--out', out, '--count', '12', '--seed', 'cli', '--period', '2021-H1']);
      expect(code).toBe(0);
      const reports = readdirSync(join(out, 'reports')).sort();
      const golds = readdirSync(join(out, 'gold')).sort();
      expect(reports).toHaveLength(12);
      expect(golds).toEqual(reports.map((r) => r.replace(/\.txt$/, '.json')));
      for (const g of golds) {
        const gold = JSON.parse(readFileSync(join(out, 'gold', g), 'utf8'));
        expect(Object.keys(gold)).toEqual(expect.arrayContaining(['file', 'status', 'unit', 'period', 'facts', 'tolerate', 'notes']));
        expect(gold.period.key).toBe('2021-H1');
        const text = new TextDecoder(gold.encoding ?? 'utf-8').decode(readFileSync(join(out, 'reports', gold.file)));
        for (const f of gold.facts) expect(text).toContain(f.evidence);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('refuses --count together with --all-units', async () => {
    const code = await main(['simulate', '--out', join(tmpdir(), 'never'), '--count', '3', '--all-units']);
    expect(code).toBe(1);
  });
});
