import { describe, expect, it } from 'vitest';
import { measureAgreement, reasonCounts, recognizersPresent } from './recognizersPeer.ts';

// Agreement with Microsoft Recognizers-Text's Chinese number specs (the peer corpus beside the
// project). The floors are the counts measured when the reader was written (NumberModel 233/365,
// PercentModel 35/152) less a small margin, so a regression fails. Most disagreements are
// deliberate: fractions, negatives, 成/折, 个百分点 and numerals inside words are not what the
// reader is for (see the reasons logged and BENCHMARKS.md).
const FLOORS = { NumberModel: 230, PercentModel: 33 } as const;

describe.skipIf(!recognizersPresent())('agreement with Recognizers-Text (Chinese)', () => {
  for (const model of ['NumberModel', 'PercentModel'] as const) {
    it(`${model}: agrees on at least ${FLOORS[model]} cases and every disagreement has a known reason`, () => {
      const a = measureAgreement(model);
      const reasons = reasonCounts(a);
      console.log(`${model}: ${a.agreed}/${a.total} agreed`);
      for (const [reason, n] of reasons) console.log(`  ${n}\t${reason}`);
      expect(a.agreed).toBeGreaterThanOrEqual(FLOORS[model]);
      // Anything unexplained is a regression or a new case to look at.
      expect(a.disagreements.filter((d) => d.reason === 'not read')).toEqual([]);
    });
  }

  it('reproduces the peer on figures a report could write', () => {
    const a = measureAgreement('NumberModel');
    const missed = new Set(a.disagreements.map((d) => d.input));
    for (const input of ['4.78万亿', '一千两百三十四万', '五亿零六', '拾亿零六万零五百零六', '5亿1万4千6百', '一万零十二', '1千零20', '一千多万', '十多万']) {
      expect(missed.has(input), input).toBe(false);
    }
  });
});
