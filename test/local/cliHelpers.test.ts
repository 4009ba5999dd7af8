// The CLI's pure parts: where commands go (target resolution), terminal tables from the API's
// CSV exports, and upload keys for Chinese file names.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCsv } from '#shared/query/csv.ts';
import { parseUploadKey } from '#shared/ingest/uploadKey.ts';
import { writeEndpoints } from '#shared/cli/endpointsFile.ts';
import { resolveTarget } from '#shared/cli/target.ts';
import { displayWidth, parseCsv, renderTable } from '#shared/cli/textTable.ts';
import { uploadFileName, uploadObjectKey } from '../../cli/commands/upload.ts';
import { freePort } from '../../local/freePort.ts';

describe('target resolution', () => {
  const withDataDir = async (fn: (dir: string) => Promise<void>) => {
    const dir = mkdtempSync(join(tmpdir(), 'minzheng-target-'));
    try {
      await fn(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('refuses with both ways out when no stack runs and nothing is configured', () =>
    withDataDir(async (dir) => {
      await expect(resolveTarget({}, ['reports'], { MINZHENG_DATA_DIR: dir })).rejects.toThrow(/no local stack is running.*npm start.*--aws/s);
    }));

  it('calls a stale endpoints.json stale rather than using it', () =>
    withDataDir(async (dir) => {
      const dead = `http://127.0.0.1:${await freePort()}`;
      writeEndpoints(dir, {
        apiUrl: dead, dynamoEndpoint: dead, s3Endpoint: dead, region: 'cn-north-1', bucket: 'b',
        tables: { Reports: 'r', Rollups: 'u' }, pid: 1, startedAt: new Date().toISOString(),
      });
      await expect(resolveTarget({}, ['reports'], { MINZHENG_DATA_DIR: dir })).rejects.toThrow(/no longer answers/);
    }));

  it('uses the deployed stack the environment names, and says which variables are missing', () =>
    withDataDir(async (dir) => {
      const env = { MINZHENG_DATA_DIR: dir, REPORTS_TABLE: 'prod-Reports', ROLLUPS_TABLE: 'prod-Rollups', AWS_PROFILE: 'bureau' };
      const target = await resolveTarget({}, ['reports', 'rollups'], env);
      expect(target).toMatchObject({ kind: 'aws', env: { REPORTS_TABLE: 'prod-Reports', ROLLUPS_TABLE: 'prod-Rollups' } });
      expect(target.description).toContain('bureau');
      await expect(resolveTarget({ aws: true }, ['bucket', 'reports'], env)).rejects.toThrow(/UPLOAD_BUCKET must be set/);
    }));
});

describe('terminal tables', () => {
  it('counts a Chinese character as two cells', () => {
    expect(displayWidth('安徽省')).toBe(6);
    expect(displayWidth('a1')).toBe(2);
    const lines = renderTable(['省份', 'n'], [['安徽省', '12'], ['x', '3']]).split('\n');
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
  });

  it('reads back exactly the cells the API exported as CSV', () => {
    const cell = fc.oneof(fc.string({ unit: fc.constantFrom('a', '汇', ',', '"', '\n', '\r\n', ' ') }), fc.integer().map(String));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }).chain((n) => fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 5 })), (rows) => {
        const [header, ...body] = rows;
        const csv = toCsv({ name: 't', columns: header.map((h) => ({ header: h, type: 'text' as const })), rows: body });
        expect(parseCsv(csv)).toEqual(rows);
      }),
    );
  });
});

describe('upload keys', () => {
  it('keeps a Chinese file name whole and makes a key ingest parses back', () => {
    const name = uploadFileName('/tmp/报告/淮南市 2021年 工作总结.txt');
    expect(name).toBe('淮南市 2021年 工作总结.txt');
    const parsed = parseUploadKey(uploadObjectKey('340400', '2021', name));
    expect(parsed).toEqual({ ok: true, key: { adcode: '340400', periodKey: '2021', fileName: name, rest: `340400/2021/${name}` } });
  });

  it('never lets a file name add a path segment', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '汇', '\\', '/', '.', ' ', '\u0001'), minLength: 1, maxLength: 12 }), (raw) => {
        let name: string;
        try {
          name = uploadFileName(raw);
        } catch {
          return;
        }
        const parsed = parseUploadKey(uploadObjectKey('340400', '2021', name));
        if (parsed.ok) expect(parsed.key.fileName).toBe(name);
        expect(name).not.toMatch(/[\/\\\u0000-\u001f]/);
      }),
    );
  });
});
