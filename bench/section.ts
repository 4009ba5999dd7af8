// What each benchmark returns: a titled block of markdown for BENCHMARKS.md.
export interface BenchSection {
  title: string;
  command: string;
  lines: string[];
}

/** Median of `runs` timings of `fn` (ms each), after a warm-up. */
export function medianMs(fn: () => void, runs = 7): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
