// The bundle-time stand-in for mnemonist's LRUCache (infra/bundling/lru-cache), under the DynamoDB
// client's endpoint cache, must answer every call EndpointCache makes exactly as mnemonist does.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MnemonistLRUCache from 'mnemonist/lru-cache.js';
// @ts-expect-error plain JavaScript module, swapped in by esbuild's alias; no declarations
import StandIn from '../../infra/bundling/lru-cache/index.js';

type Cache = { get(k: string): unknown; peek(k: string): unknown; has(k: string): boolean; set(k: string, v: unknown): unknown; clear(): void; size: number };

const operation = fc.oneof(
  fc.record({ op: fc.constant('set' as const), key: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), value: fc.integer() }),
  fc.record({ op: fc.constantFrom('get' as const, 'peek' as const, 'has' as const), key: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f') }),
  fc.record({ op: fc.constant('clear' as const) }),
);

describe('the LRU cache stand-in', () => {
  it('answers get, peek, has and size as mnemonist does, through any sequence of calls', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(operation, { maxLength: 60 }), (capacity, ops) => {
        const real = new MnemonistLRUCache<string, unknown>(capacity) as unknown as Cache;
        const standIn = new (StandIn as new (capacity: number) => Cache)(capacity);
        for (const o of ops) {
          if (o.op === 'set') {
            real.set(o.key, o.value);
            standIn.set(o.key, o.value);
          } else if (o.op === 'clear') {
            real.clear();
            standIn.clear();
          } else {
            expect(standIn[o.op](o.key)).toEqual(real[o.op](o.key));
          }
          expect(standIn.size).toBe(real.size);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('evicts the least recently used entry, where a get counts as a use and a peek does not', () => {
    const cache = new (StandIn as new (capacity: number) => Cache)(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
    cache.peek('a');
    cache.set('d', 4);
    expect([cache.has('a'), cache.has('c'), cache.has('d')]).toEqual([false, true, true]);
  });
});
