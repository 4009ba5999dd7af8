// China's administrative divisions (GB/T 2260), as the rest of the product sees them.
import type { DivisionLevel } from '../domain/report.ts';

export interface Division {
  adcode: string;
  name: string;
  level: DivisionLevel;
  /** The prefecture for a county, the province for a prefecture, null for a province. */
  parentCode: string | null;
  province: string;
  provinceCode: string;
}

export type Resolution =
  | {
      kind: 'unit';
      division: Division;
      /** The name as written in the query (a short or former name stays visible). */
      usedName: string;
      /** Set when the name or code is a former one (renamed or converted unit). */
      formerName?: string;
    }
  | { kind: 'ambiguous'; usedName: string; candidates: Division[] }
  | { kind: 'unknown'; usedName: string };

/** Context that can settle an ambiguous name: the upload's unit code, or a province or city named nearby. */
export interface ResolveContext {
  unitCode?: string;
  /** Adcodes or names of units mentioned near the name (e.g. 南京市 before 鼓楼区). */
  nearby?: string[];
}

export interface DivisionResolver {
  resolve(nameOrCode: string, context?: ResolveContext): Resolution;
  get(adcode: string): Division | undefined;
  children(adcode: string): Division[];
}
