// The vocabulary of query parameters, validated once with zod and shared by the HTTP API and the CLI.
import { z } from 'zod';
import { isMetricId } from '#shared/catalogue/catalogue.ts';

/** GB/T 2260 province prefixes: 11–65 on the mainland, 71 Taiwan, 81 Hong Kong, 82 Macao. */
const provincePrefix = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])/;

export const periodKeySchema = z
  .string()
  .regex(/^(19|20)\d{2}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/, 'period must be YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM');

export const adcodeSchema = z
  .string()
  .regex(/^\d{6}$/, 'an adcode is six digits, e.g. 340100')
  .refine((code) => provincePrefix.test(code), 'no province has this adcode prefix');

export const provinceCodeSchema = adcodeSchema.refine(
  (code) => code.endsWith('0000'),
  'a province code ends in 0000, e.g. 340000',
);

export const metricSchema = z
  .string()
  .refine(isMetricId, { error: (issue) => `unknown metric "${String(issue.input)}"; GET /api/catalogue lists them` });

export const uploadStateSchema = z.enum(['held', 'stored', 'superseded', 'duplicate', 'dead-lettered']);

/** Whatever derives report ids (a hash of bucket, key and version) stays inside this alphabet. */
export const reportIdSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,200}$/, 'not a report id');

export const maxPageSize = 500;
export const defaultPageSize = 100;

export const limitSchema = z.coerce
  .number()
  .int('limit must be a whole number')
  .min(1, 'limit must be at least 1')
  .max(maxPageSize, `limit must be at most ${maxPageSize}`);

export const cursorParamSchema = z.string().regex(/^[A-Za-z0-9_-]{1,4096}$/, 'next must be a cursor this API returned');

export const formatSchema = z.enum(['json', 'csv', 'xlsx']);
export type ExportFormat = z.infer<typeof formatSchema>;

/** Rollups spread out one column per metric (for people) or one row per metric (for machines). */
export const layoutSchema = z.enum(['wide', 'long']);
