// The shapes a report turns into. These are the contract between extraction, ingestion,
// storage, rollups and the query API; `minzheng extract` prints an ExtractionResult per file
// (see the output contract in README.md).

export type DivisionLevel = 'province' | 'prefecture' | 'county';

/** The reporting administrative unit. Fields are null where the text does not say. */
export interface ReportingUnit {
  name: string | null;
  adcode: string | null;
  level: DivisionLevel | null;
  province: string | null;
  provinceCode: string | null;
}

/**
 * The period a report covers. `key` is `2021`, `2020-H1`, `2021-Q3` or `2021-11`;
 * `asOf` is the month (`YYYY-MM`) the figures run to, where the text says.
 */
export interface ReportPeriod {
  key: string | null;
  asOf?: string;
}

/**
 * How a figure was qualified in the text: 约/近 → approximate, 余/多/超/以上 → lowerBound,
 * 不足/以下 → upperBound. Absent for an exact figure.
 */
export type Qualifier = 'approximate' | 'lowerBound' | 'upperBound';

export interface Fact {
  metric: string;
  /** In the catalogue's base unit (元, 人, 人次, 张, 家, 户, 对, %, 元/人/月). */
  value: number;
  unit: string;
  /** An exact substring of the decoded report text that contains the figure. */
  quote: string;
  /** Character offsets of `quote` in the decoded text (UTF-16 code units, as JavaScript counts). */
  start: number;
  end: number;
  /** 0..1; lower when attribution leaned on distant context. */
  confidence: number;
  qualifier?: Qualifier;
  /** Why the value differs from what is written, e.g. an annual standard divided by 12. */
  note?: string;
  /** Where the figure itself sits, inside the quote's span. */
  valueStart?: number;
  valueEnd?: number;
}

/** Why a report was held back or what was doubtful in it, in words a bureau clerk can act on. */
export interface ReportIssue {
  code: string;
  message: string;
  /** Extra structured detail, e.g. candidate units for `ambiguous-unit`. */
  detail?: unknown;
}

/**
 * `ok`: figures can be stored. Anything else is held back and carries no facts:
 * `template` (placeholders), `unreadable` (undecodable bytes), `rejected` (no figures, wrong unit, ...),
 * `unsupported-format`, `no-text-layer`, `too-large`.
 */
export type ReportStatus =
  | 'ok'
  | 'template'
  | 'unreadable'
  | 'rejected'
  | 'unsupported-format'
  | 'no-text-layer'
  | 'too-large';

export interface ExtractionResult {
  status: ReportStatus;
  unit: ReportingUnit;
  period: ReportPeriod;
  facts: Fact[];
  issues: ReportIssue[];
  /** Which decoder or reader produced the text (utf-8, gb18030, utf-16le, docx, ...). */
  encoding?: string;
}

export const noUnit = (): ReportingUnit => ({
  name: null,
  adcode: null,
  level: null,
  province: null,
  provinceCode: null,
});
