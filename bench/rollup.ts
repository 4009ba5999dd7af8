// Rollups: the full-country rollup on DynamoDB Local, and an incremental run after one unit's
// report changes, in time and in DynamoDB read capacity (ReturnConsumedCapacity TOTAL, which
// DynamoDB Local reports as DynamoDB would bill it), each as a ratio to the full run measured here.
// The facts are the country-wide simulation of test/rollup (every prefecture- and county-level unit).
import { loadavg, cpus } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dynamoClient, dynamoDocumentClient } from '#shared/aws/clients.ts';
import { divisions } from '#shared/divisions/divisions.ts';
import { rollupProvince } from '#shared/rollup/rollupProvince.ts';
import { runRollups } from '#shared/rollup/runRollups.ts';
import { dynamoRollupStore } from '#shared/store/dynamoRollupStore.ts';
import { tables } from '#shared/store/tables.ts';
import { startDynamoLocal } from '../local/dynamoLocal.ts';
import { createTable, localTableNames } from '../local/resources.ts';
import { markDirty, putUnitFacts } from '../test/rollup/dynamoSupport.ts';
import { simulateCountry } from '../test/rollup/countrySimulation.ts';
import { fact } from '../test/rollup/fixtures.ts';

export type { BenchSection } from './section.ts';
import type { BenchSection } from './section.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x: number, digits = 1) => x.toFixed(digits);

export async function run(): Promise<BenchSection> {
  const server = await startDynamoLocal();
  try {
    const names = localTableNames('bench-rollup-');
    const admin = dynamoClient({ endpoint: server.endpoint });
    for (const t of tables) await createTable(admin, t, names[t.id]);
    const client = dynamoDocumentClient({ endpoint: server.endpoint });
    const d = divisions();
    const sim = simulateCountry(d);
    const clock = { now: () => new Date() };
    const newStore = () => dynamoRollupStore({ client, reportsTableName: names.Reports, rollupsTableName: names.Rollups });

    await putUnitFacts(client, names.Reports, sim.facts);
    for (const p of sim.partitions) await markDirty(client, names.Reports, p, new Date().toISOString());

    const measure = async (full: boolean) => {
      const store = newStore();
      const t0 = performance.now();
      const result = await runRollups({ store, divisions: d, clock }, { full });
      return { ms: performance.now() - t0, read: store.consumed().read, write: store.consumed().write, partitions: result.partitions.length };
    };

    // The first full run clears the marks and fills the registry; the measured ones read the registry.
    await measure(true);
    const fulls = [await measure(true), await measure(true), await measure(true)];

    // Pure aggregation of the same partitions, in memory: the CPU share of a full run.
    const t0 = performance.now();
    for (const p of sim.partitions)
      rollupProvince({ ...p, unitFacts: sim.facts.filter((f) => f.provinceCode === p.provinceCode && f.periodKey === p.periodKey), divisions: d });
    const pureMs = performance.now() - t0;

    const incrementals = [];
    for (const [i, unit] of [0.05, 0.5, 0.95].map((q) => sim.facts[Math.floor(q * sim.facts.length)]).entries()) {
      const changed = { ...unit, reportId: `bench-${i}`, eventTime: new Date().toISOString(), facts: [...unit.facts, fact('orphans', 100 + i)] };
      await putUnitFacts(client, names.Reports, [changed]);
      await markDirty(client, names.Reports, unit, new Date().toISOString(), { adcode: unit.adcode, reportId: changed.reportId });
      incrementals.push(await measure(false));
    }
    const idle = await measure(false);

    const full = { ms: median(fulls.map((f) => f.ms)), read: median(fulls.map((f) => f.read)), partitions: fulls[0].partitions };
    const inc = { ms: median(incrementals.map((f) => f.ms)), read: median(incrementals.map((f) => f.read)) };
    const units = d.all().filter((u) => u.level !== 'province').length;
    return {
      title: 'Provincial rollups (DynamoDB Local)',
      command: 'npm run bench (bench/rollup.ts)',
      lines: [
        `Country-wide simulation: ${units} prefecture- and county-level units, ${sim.facts.length} unit-period items with facts, ${full.partitions} (province, period) partitions. ` +
          `${cpus().length} cores, load average ${fmt(loadavg()[0])} at the end. Medians of 3 runs.`,
        '',
        '| run | partitions | time (ms) | read units | time vs full | reads vs full |',
        '|---|---:|---:|---:|---:|---:|',
        `| full (\`minzheng rollup --full\`) | ${full.partitions} | ${fmt(full.ms, 0)} | ${fmt(full.read)} | 1 | 1 |`,
        `| incremental, one unit's report changed | 1 | ${fmt(inc.ms, 0)} | ${fmt(inc.read)} | ${fmt(inc.ms / full.ms, 3)} | ${fmt(inc.read / full.read, 3)} |`,
        `| incremental, nothing changed | 0 | ${fmt(idle.ms, 0)} | ${fmt(idle.read)} | ${fmt(idle.ms / full.ms, 3)} | ${fmt(idle.read / full.read, 3)} |`,
        `| pure aggregation of every partition, in memory (no DynamoDB) | ${full.partitions} | ${fmt(pureMs, 0)} | 0 | ${fmt(pureMs / full.ms, 3)} | 0 |`,
        '',
        'Read units of the full run: the PARTITIONS and DIRTY queries, one paginated byProvincePeriod query per partition and one consistent GetItem of each SUMMARY. ' +
          'An incremental run reads the DIRTY query and only the changed province\'s partition (asserted in test/rollup/incremental.test.ts).',
      ],
    };
  } finally {
    await server.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const section = await run();
  console.log(`## ${section.title}\n\n${section.lines.join('\n')}`);
}
