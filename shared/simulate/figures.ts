// The true state of one unit in one period: every catalogue figure, with magnitudes tied to the
// unit's size and the period's length, and the money consistent with people × standard × months.
// Phrase banks write these figures; numbers.ts rounds them to what the text says.
import type { Division } from '../divisions/types.ts';
import type { Rng } from './random.ts';

export type Figures = Record<string, number>;

/** What drives the figures besides the metrics themselves (also feeds distractors). */
export interface UnitProfile {
  population: number;
  /** Months of flow the report's period covers (12 for a year, 6 for a half, ...). */
  months: number;
  year: number;
}

/** Richer provinces set higher standards; a rough factor per province code. */
const WEALTH: Record<string, number> = {
  '11': 1.7, '31': 1.7, '12': 1.35, '32': 1.3, '33': 1.35, '44': 1.15, '35': 1.1, '37': 1.0,
  '21': 0.95, '34': 0.95, '42': 0.95, '43': 0.92, '50': 1.0, '51': 0.92, '61': 0.92, '36': 0.92,
};

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function unitPopulation(rng: Rng, unit: Division): number {
  if (unit.level === 'province') return rng.logReal(3e6, 8e7);
  if (unit.level === 'prefecture') return rng.logReal(1.2e6, 9e6);
  // Districts of big cities and small western counties sit at the two ends.
  return rng.logReal(8e4, 1.4e6);
}

export function simulateFigures(rng: Rng, unit: Division, profile: UnitProfile): Figures {
  const { population: pop, months, year } = profile;
  const wealth = WEALTH[unit.provinceCode.slice(0, 2)] ?? 0.85;
  const f: Figures = {};

  // 低保: standards rise about 6% a year; payments fill the gap to the standard, so the average
  // paid per person-month is well under the standard.
  const urbanStd = clamp(640 * wealth * 1.06 ** (year - 2020) * rng.real(0.9, 1.1), 500, 1200);
  const unified = rng.chance(0.4);
  const ruralStd = unified ? urbanStd : clamp(urbanStd * rng.real(0.7, 0.98), 500, urbanStd);
  f.dibao_standard_urban = urbanStd;
  f.dibao_standard_rural = ruralStd;
  f.dibao_standard = unified ? urbanStd : (urbanStd + ruralStd) / 2;

  const dibaoShare = rng.real(0.012, 0.055) / Math.sqrt(wealth);
  const recipients = pop * dibaoShare;
  const urbanShare = unit.name.endsWith('区') ? rng.real(0.3, 0.7) : rng.real(0.08, 0.3);
  f.dibao_recipients = recipients;
  f.dibao_recipients_urban = recipients * urbanShare;
  f.dibao_recipients_rural = recipients * (1 - urbanShare);
  f.dibao_person_times = recipients * months * rng.real(0.96, 1.03);
  const paidShare = rng.real(0.5, 0.75);
  f.dibao_funds_urban = f.dibao_recipients_urban * urbanStd * paidShare * months;
  f.dibao_funds_rural = f.dibao_recipients_rural * ruralStd * paidShare * months;
  f.dibao_funds = f.dibao_funds_urban + f.dibao_funds_rural;
  f.dibao_coverage_urban = rng.real(0.4, 3);
  f.dibao_coverage_rural = rng.real(Math.max(1.5, f.dibao_coverage_urban), 8);

  // 特困: a fifth or so of the 低保 count, mostly rural; the standard is at least 1.3 × 低保.
  const tekun = recipients * rng.real(0.1, 0.28);
  const tekunUrbanShare = rng.real(0.01, 0.12);
  f.tekun_recipients = tekun;
  f.tekun_recipients_urban = tekun * tekunUrbanShare;
  f.tekun_recipients_rural = tekun * (1 - tekunUrbanShare);
  const centralShare = rng.real(0.1, 0.35);
  f.tekun_centralized = tekun * centralShare;
  f.tekun_dispersed = tekun * (1 - centralShare);
  f.tekun_standard_urban = urbanStd * rng.real(1.3, 1.7);
  f.tekun_standard_rural = Math.min(f.tekun_standard_urban, ruralStd * rng.real(1.3, 1.6));
  f.tekun_funds_urban = f.tekun_recipients_urban * f.tekun_standard_urban * months * rng.real(0.9, 1.1);
  f.tekun_funds_rural = f.tekun_recipients_rural * f.tekun_standard_rural * months * rng.real(0.9, 1.1);
  f.tekun_funds = f.tekun_funds_urban + f.tekun_funds_rural;
  f.tekun_care_funds = tekun * rng.real(0.15, 0.4) * rng.real(100, 400) * months;
  f.tekun_disabled_centralized_rate = rng.real(40, 85);

  f.temp_assistance_cases = pop * rng.real(0.0008, 0.004) * (months / 12);
  f.temp_assistance_funds = f.temp_assistance_cases * rng.real(600, 3000);
  f.vagrant_assistance_cases = (unit.level === 'county' ? rng.logReal(15, 500) : rng.logReal(250, 4000)) * (months / 12);
  f.vagrant_assistance_funds = f.vagrant_assistance_cases * rng.real(800, 4000);

  // Children: orphans are a few per ten thousand people; de facto unsupported children about as many.
  f.orphans = pop * rng.real(0.0001, 0.0005);
  f.defacto_orphans = f.orphans * rng.real(0.5, 1.3);
  f.orphans_and_defacto = f.orphans + f.defacto_orphans;
  f.orphan_standard_dispersed = clamp(1000 * wealth * 1.05 ** (year - 2020) * rng.real(0.85, 1.15), 800, 2000);
  f.orphan_standard_institutional = Math.min(2600, f.orphan_standard_dispersed * rng.real(1.2, 1.6));
  f.orphan_funds = f.orphans_and_defacto * f.orphan_standard_dispersed * months * rng.real(0.9, 1.05);
  f.left_behind_children = pop * rng.real(0.002, 0.015);
  f.distressed_children = pop * rng.real(0.0005, 0.0018);

  // Disability: the two subsidies reach about one person in seventy each, at 50-100 元 a month.
  f.disability_living_subsidy_recipients = pop * rng.real(0.006, 0.02);
  f.disability_care_subsidy_recipients = pop * rng.real(0.006, 0.02);
  f.disability_living_subsidy_funds = f.disability_living_subsidy_recipients * rng.real(50, 110) * months;
  f.disability_care_subsidy_funds = f.disability_care_subsidy_recipients * rng.real(50, 110) * months;
  f.disability_subsidy_funds = f.disability_living_subsidy_funds + f.disability_care_subsidy_funds;

  // Elderly care.
  f.elderly_population = pop * rng.real(0.15, 0.26);
  f.elderly_institutions = unit.level === 'county' ? rng.int(4, 60) : rng.int(40, 320);
  f.elderly_beds = f.elderly_institutions * rng.real(60, 160);
  f.elderly_allowance_recipients = pop * rng.real(0.008, 0.03);
  f.elderly_allowance_funds = f.elderly_allowance_recipients * rng.real(30, 150) * months;
  f.home_adaptation_households = (unit.level === 'county' ? rng.logReal(40, 1200) : rng.logReal(300, 6000)) * Math.max(0.4, months / 12);

  // Society.
  f.social_organizations = unit.level === 'county' ? rng.logReal(80, 900) : rng.logReal(400, 6000);
  f.marriage_registrations = pop * rng.real(0.005, 0.01) * (months / 12);
  f.volunteers = pop * rng.real(0.04, 0.2);
  f.charity_donations = (unit.level === 'county' ? rng.logReal(1e5, 1.5e7) : rng.logReal(1e6, 1.5e8)) * Math.max(0.3, months / 12);
  return f;
}
