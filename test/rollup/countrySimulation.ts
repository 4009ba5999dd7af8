// A whole country of unit facts with known truth: every prefecture- and county-level unit, some
// reporting and some not, from a seeded PRNG. Shared by the simulation test and the benchmark.
import type { DivisionIndex } from '#shared/divisions/divisions.ts';
import type { Division } from '#shared/divisions/types.ts';
import type { UnitPeriodFacts } from '#shared/domain/records.ts';
import { fact, unitFacts } from './fixtures.ts';

export const SIM_SUM_METRICS = ['dibao_funds', 'dibao_recipients', 'elderly_beds', 'temp_assistance_funds'] as const;
export const SIM_DISTRIBUTION_METRICS = ['dibao_standard', 'dibao_coverage_rural'] as const;

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A figure drawn in its smallest unit (fen for money, hundredths for standards and rates), so truth is integer. */
export interface SimFigure {
  metric: string;
  minor: bigint;
  value: number;
}

export interface CountrySimulation {
  facts: UnitPeriodFacts[];
  /** `${adcode}|${periodKey}|${metric}` → figure. */
  figures: Map<string, SimFigure>;
  partitions: Array<{ provinceCode: string; periodKey: string }>;
}

const draw = (rand: () => number, metric: string): SimFigure => {
  const int = (max: number) => Math.floor(rand() * max);
  let minor: bigint;
  switch (metric) {
    case 'dibao_funds':
    case 'temp_assistance_funds':
      minor = BigInt(int(2_000_000_000)) * 100n + BigInt(int(100)); // up to 2e9 元 with fen
      break;
    case 'dibao_recipients':
    case 'elderly_beds':
      minor = BigInt(int(500_000)) * 100n;
      break;
    case 'dibao_standard':
      minor = BigInt(50_000 + int(80_000)); // 500.00 .. 1300.00 元/人/月
      break;
    default:
      minor = BigInt(int(1500)); // 0.00 .. 15.00 %
  }
  return { metric, minor, value: Number(minor) / 100 };
};

export function simulateCountry(d: DivisionIndex, seed = 20240601): CountrySimulation {
  const rand = mulberry32(seed);
  const facts: UnitPeriodFacts[] = [];
  const figures = new Map<string, SimFigure>();
  const partitions: CountrySimulation['partitions'] = [];
  d.provinces().forEach((province, pi) => {
    const periods = pi % 4 === 0 ? ['2023', '2023-H1'] : ['2023'];
    for (const periodKey of periods) {
      partitions.push({ provinceCode: province.adcode, periodKey });
      const units = d.all().filter((u) => u.provinceCode === province.adcode);
      for (const unit of units) {
        const chance = unit.level === 'province' ? 0.3 : unit.level === 'prefecture' ? 0.55 : 0.45;
        if (rand() >= chance) continue;
        const unitFigures = [...SIM_SUM_METRICS, ...SIM_DISTRIBUTION_METRICS].filter(() => rand() < 0.8).map((m) => draw(rand, m));
        for (const f of unitFigures) figures.set(`${unit.adcode}|${periodKey}|${f.metric}`, f);
        facts.push(
          unitFacts(unit, periodKey, unitFigures.map((f) => fact(f.metric, f.value)), {
            asOf: periodKey === '2023' ? `2023-${String(10 + Math.floor(rand() * 3)).padStart(2, '0')}` : '2023-06',
          }),
        );
      }
    }
  });
  return { facts, figures, partitions };
}

export type { Division };
