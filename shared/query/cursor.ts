// The opaque `next` cursor: base64url of the DynamoDB LastEvaluatedKey, plus where a walk over
// several partitions had got to. Callers hand it back untouched; we check its shape and, in the
// store, that it belongs to the partition being read, so a stale or foreign cursor is a 400 and
// never reaches DynamoDB as an invalid ExclusiveStartKey.
import { badRequest } from './errors.ts';

export type StartKey = Record<string, string>;

export interface Cursor {
  /** LastEvaluatedKey of the partition being read. */
  key?: StartKey;
  /** Index of the partition a multi-partition walk had reached. */
  part?: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

const invalid = () => badRequest('bad-cursor', 'next is not a cursor this API returned for this query', [
  { path: 'query.next', message: 'malformed cursor' },
]);

export function decodeCursor(text: string | undefined): Cursor | undefined {
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalid();
  const { key, part } = parsed as Record<string, unknown>;
  if (part !== undefined && !(Number.isInteger(part) && (part as number) >= 0)) throw invalid();
  if (key !== undefined) {
    if (!key || typeof key !== 'object' || Array.isArray(key)) throw invalid();
    if (!Object.values(key).every((v) => typeof v === 'string')) throw invalid();
  }
  return { key: key as StartKey | undefined, part: part as number | undefined };
}

/** Throws a 400 unless the start key reads the partition this query reads. */
export function assertKeyInPartition(key: StartKey | undefined, attribute: string, value: string): void {
  if (key && key[attribute] !== value) throw invalid();
}
