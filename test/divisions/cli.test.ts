import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (entry: string[], args: string[]) => {
  const r = spawnSync(process.execPath, [...entry, ...args], { encoding: 'utf8', cwd: process.cwd() });
  return { code: r.status, json: r.stdout.trim() ? JSON.parse(r.stdout) : null, stderr: r.stderr };
};
const divisionsOnly = (...args: string[]) => run(['bin/run-ts.mjs', 'test/divisions/fixtures/divisions-cli.ts'], ['divisions', ...args]);

describe('minzheng divisions', () => {
  it.each(['海门区', '海门市', '320684'])('resolve %s prints 320614 in 320000', (q) => {
    const r = divisionsOnly('resolve', q);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ adcode: '320614', name: '海门区', provinceCode: '320000', usedName: q });
  });

  it('resolve 淮南 prints 340400', () => {
    expect(divisionsOnly('resolve', '淮南').json).toMatchObject({ adcode: '340400', level: 'prefecture' });
  });

  it('resolve 朝阳区 exits 1 with both candidates', () => {
    const r = divisionsOnly('resolve', '朝阳区');
    expect(r.code).toBe(1);
    expect(r.json.code).toBe('ambiguous-unit');
    expect(r.json.candidates.map((c: { adcode: string }) => c.adcode).sort()).toEqual(['110105', '220104']);
  });

  it('resolve with context settles the ambiguity', () => {
    expect(divisionsOnly('resolve', '鼓楼区', '--near', '南京市').json).toMatchObject({ adcode: '320106' });
    expect(divisionsOnly('resolve', '鼓楼区', '--unit', '350102').json).toMatchObject({ adcode: '350102' });
  });

  it('resolve of an unknown name exits 2', () => {
    const r = divisionsOnly('resolve', '火星市');
    expect(r.code).toBe(2);
    expect(r.json).toEqual({ code: 'unknown-unit', usedName: '火星市' });
  });

  it('children lists a unit\'s children', () => {
    const r = divisionsOnly('children', '320600');
    expect(r.code).toBe(0);
    expect(r.json.map((c: { name: string }) => c.name)).toContain('海门区');
  });

  it('counts prints prefecture and county counts', () => {
    expect(divisionsOnly('counts', '320000').json).toEqual({ provinceCode: '320000', province: '江苏省', prefectures: 13, counties: 95 });
    expect(divisionsOnly('counts').json).toHaveLength(31);
  });

  // The whole CLI needs every registered subcommand to exist; other parts may still be landing.
  const fullCli = ['cli/main.ts', 'cli/commands/extract.ts'].every((f) => existsSync(f));
  it.skipIf(!fullCli)('the real minzheng command resolves and reports ambiguity', () => {
    expect(run(['bin/minzheng.mjs'], ['divisions', 'resolve', '海门市']).json).toMatchObject({ adcode: '320614', provinceCode: '320000' });
    expect(run(['bin/minzheng.mjs'], ['divisions', 'resolve', '朝阳区']).code).toBe(1);
  });
});
