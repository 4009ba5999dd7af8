// `minzheng extract --jsonl FILE...`: one JSON line per file, in the order given, also for files
// that cannot be read.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('minzheng extract', () => {
  it('prints one line per file in order, with held-back files carrying their reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minzheng-extract-'));
    const good = join(dir, 'good.txt');
    const template = join(dir, 'template.txt');
    const image = join(dir, 'photo.txt');
    writeFileSync(good, '淮南市民政局2021年工作总结\n全市60周岁以上老人63.6万名,养老机构186家,床位23461张。\n');
    writeFileSync(template, '__市民政局xxxx年工作总结\n全市低保对象xxxx人,资金xxx.x万元,孤儿xx人。\n');
    writeFileSync(image, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]));
    const missing = join(dir, 'missing.txt');
    const out = execFileSync(process.execPath, ['bin/minzheng.mjs', 'extract', '--jsonl', good, template, image, missing], {
      encoding: 'utf8',
    });
    rmSync(dir, { recursive: true, force: true });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.file, l.status])).toEqual([
      [good, 'ok'],
      [template, 'template'],
      [image, 'unsupported-format'],
      [missing, 'unreadable'],
    ]);
    expect(lines[0]).toMatchObject({
      unit: { adcode: '340400', provinceCode: '340000', level: 'prefecture' },
      period: { key: '2021' },
    });
    expect(lines[0].facts.map((f: { metric: string; value: number }) => [f.metric, f.value])).toEqual([
      ['elderly_population', 636000],
      ['elderly_institutions', 186],
      ['elderly_beds', 23461],
    ]);
    for (const held of lines.slice(1)) {
      expect(held.facts).toEqual([]);
      expect(held.issues[0].message.length).toBeGreaterThan(10);
    }
  }, 60_000);
});
