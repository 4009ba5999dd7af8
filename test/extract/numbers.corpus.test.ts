import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '#shared/extract/normalise.ts';
import { findNumbers } from '#shared/extract/numbers.ts';

// The real reports beside the project (../shared/corpus): every gold fact's value must be one of
// the figures read from its evidence sentence, and reading whole reports must give ordered,
// non-overlapping figures. Skipped where the corpus is absent (a user's clone).
const corpus = resolve(import.meta.dirname, '../../../shared/corpus');
const goldDir = join(corpus, 'gold');
const seedsDir = join(corpus, 'seeds');

describe.skipIf(!existsSync(goldDir) || !existsSync(seedsDir))('numbers in the real reports', () => {
  it('reads every gold value from its evidence', () => {
    const missed: string[] = [];
    let facts = 0;
    for (const file of readdirSync(goldDir)) {
      const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { facts: { metric: string; value: number; evidence: string }[] };
      for (const fact of gold.facts) {
        facts++;
        const values = findNumbers(normaliseText(fact.evidence)).map((r) => r.value);
        if (!values.includes(fact.value)) missed.push(`${file} ${fact.metric} ${fact.value}: ${fact.evidence} → ${values.join(', ')}`);
      }
    }
    expect(facts).toBeGreaterThan(0);
    expect(missed).toEqual([]);
  });

  it('reads whole reports into ordered figures whose text is a figure', () => {
    for (const file of readdirSync(seedsDir)) {
      const text = normaliseText(readFileSync(join(seedsDir, file), 'utf8'));
      let last = 0;
      for (const r of findNumbers(text)) {
        expect(r.start).toBeGreaterThanOrEqual(last);
        expect(r.end).toBeGreaterThan(r.start);
        expect(text.slice(r.start, r.end)).not.toMatch(/^[\s,.]|[\s,]$/);
        last = r.end;
      }
    }
  });
});
