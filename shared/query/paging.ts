// One page of a single-partition read, with the cursor in and out.
import { decodeCursor, encodeCursor } from './cursor.ts';
import type { PageRequest, StorePage } from './ports.ts';

export interface Page<T> {
  items: T[];
  /** Pass back as `next` for the following page; absent on the last one. */
  next?: string;
}

export async function readPage<T>(
  limit: number,
  next: string | undefined,
  read: (page: PageRequest) => Promise<StorePage<T>>,
): Promise<Page<T>> {
  const cursor = decodeCursor(next);
  const page = await read({ limit, startKey: cursor?.key });
  return { items: page.items, ...(page.lastKey ? { next: encodeCursor({ key: page.lastKey }) } : {}) };
}
