// Bundling-only stand-in for `mnemonist/lru-cache` (esbuild `alias`, see minzheng-function.ts).
// Every DynamoDB client builds an endpoint-discovery cache (@aws-sdk/endpoint-cache) on
// mnemonist's LRUCache, whose typed-array implementation and iterator helpers are 7 KB of a
// minified bundle, for a feature DynamoDB clients leave off unless asked. This is the same cache
// on a Map (which keeps insertion order, so the first key is the least recently used) with the
// methods EndpointCache calls: get, set, has, peek, clear and size. Locally and in tests nothing
// is bundled and mnemonist itself runs; test/infra/lru-cache.test.ts checks this against it.
export default class LRUCache {
  constructor(capacity) {
    if (typeof capacity !== 'number' || capacity <= 0) throw new Error('LRUCache: capacity should be a positive number.');
    this.capacity = capacity;
    this.items = new Map();
  }

  get size() {
    return this.items.size;
  }

  /** The value, now the most recently used; undefined when absent. */
  get(key) {
    if (!this.items.has(key)) return undefined;
    const value = this.items.get(key);
    this.items.delete(key);
    this.items.set(key, value);
    return value;
  }

  /** The value, leaving the order as it is. */
  peek(key) {
    return this.items.get(key);
  }

  has(key) {
    return this.items.has(key);
  }

  /** Stores the value as the most recently used, evicting the least recently used when full. */
  set(key, value) {
    if (this.items.has(key)) this.items.delete(key);
    else if (this.items.size >= this.capacity) this.items.delete(this.items.keys().next().value);
    this.items.set(key, value);
    return this;
  }

  clear() {
    this.items.clear();
  }
}
