// Nobody where they don't belong: a bureau writes only under its own prefix and key tricks cannot
// file an upload under another unit; the local API listens on the loopback address only; the
// repository holds no credential or account id; production dependencies carry no high advisory.
// (The query API's AWS_IAM authorization on every route is asserted on the synthesized template
// in test/infra/stateless-stack.test.ts.)
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { bureauPresignedPostConditions, bureauUploadPolicyDocument } from '#shared/upload/bureauUploadPolicy.ts';
import { parseNotification } from '#shared/ingest/s3Notification.ts';
import { parseUploadKey } from '#shared/ingest/uploadKey.ts';
import { encodeS3EventKey, s3EventRecord } from '../support/s3Events.ts';

const bucketArn = 'arn:aws-cn:s3:::minzheng-uploads';
const own = '320106';
const other = '320102';

/** IAM resource matching: `*` is any run of characters (including `/`), `?` one character. */
const iamMatches = (pattern: string, arn: string) =>
  new RegExp(`^${pattern.replace(/[\\^$.|+()[\]{}]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 's').test(arn);

/** Where S3 would put a POST upload and whether its signed conditions let it through. */
function postLandsAt(fileName: string): string | null {
  const input = bureauPresignedPostConditions('minzheng-uploads', own, '2021', 1000);
  const key = input.Key.replace('${filename}', fileName);
  const startsWith = input.Conditions.find((c) => Array.isArray(c) && c[0] === 'starts-with') as [string, string, string];
  return key.startsWith(startsWith[2]) ? key : null;
}

/** The key the ingest handler works on, after S3 encoded it into the notification. */
function keyAsIngestSeesIt(key: string): string {
  const notification = parseNotification(JSON.stringify({ Records: [s3EventRecord({ bucket: 'minzheng-uploads', key, size: 10 })] }));
  if (notification.kind !== 's3' || notification.items[0].kind !== 'upload') throw new Error('not an upload');
  return notification.items[0].upload.key;
}

const keyTricks = [
  `../${other}/2021/a.txt`,
  `../../${other}/2021/a.txt`,
  `%2E%2E%2F%2E%2E%2F${other}%2F2021%2Fa.txt`,
  `..%2F..%2F${other}%2F2021%2Fa.txt`,
  `%252e%252e/${other}/a.txt`,
  `./../${other}/2021/a.txt`,
  `a.txt/../../../${other}/2021/a.txt`,
  `a b+c（更正）.txt`,
  `\u202e${other}.txt`,
];

describe('a bureau writes only where it belongs', () => {
  it.each(keyTricks)('the upload %j is never filed under another unit', (fileName) => {
    const landed = postLandsAt(fileName);
    // The signed POST only lets the key through under the bureau's own prefix, as a string: S3
    // does not resolve `..` or percent escapes in keys.
    if (landed === null) return;
    expect(landed.startsWith(`incoming/${own}/2021/`)).toBe(true);
    const policy = bureauUploadPolicyDocument(bucketArn, own).Statement[0].Resource as string;
    expect(iamMatches(policy, `${bucketArn}/${landed}`)).toBe(true);
    expect(iamMatches(policy, `${bucketArn}/incoming/${other}/2021/a.txt`)).toBe(false);
    // Ingest decodes the notification's key exactly once and either files it under the unit its
    // prefix names or holds it back as a bad key.
    const seen = keyAsIngestSeesIt(landed);
    expect(seen).toBe(landed);
    const parsed = parseUploadKey(seen);
    if (parsed.ok) expect(parsed.key.adcode).toBe(own);
  });

  it('for any key, ingest sees exactly the key S3 stored and files it under the unit of its literal prefix at most', () => {
    const segment = fc.string({ unit: fc.constantFrom('1', '3', '0', '2', '6', '.', '%', '2', 'F', 'E', '/', ' ', '+', '民', 'a'), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (parts) => {
        const key = `incoming/${parts.join('/')}`;
        expect(keyAsIngestSeesIt(key)).toBe(key);
        const parsed = parseUploadKey(key);
        if (parsed.ok) {
          expect(key.startsWith(`incoming/${parsed.key.adcode}/${parsed.key.periodKey}/`)).toBe(true);
          expect(parsed.key.fileName).not.toContain('/');
          expect(['.', '..']).not.toContain(parsed.key.fileName);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('S3 encodes every unsafe character in the event key, so decoding once cannot add a separator', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (name) => {
        const encoded = encodeS3EventKey(`incoming/${own}/2021/${name}`);
        expect(encoded.split('/').length).toBe(`incoming/${own}/2021/${name}`.split('/').length);
      }),
    );
  });
});

describe('the local query API', () => {
  const serverModule = new URL('../../local/httpServer.ts', import.meta.url);
  it.skipIf(!existsSync(serverModule))('listens on 127.0.0.1 only', async () => {
    const { serveHttpApi } = await import(serverModule.href);
    const api = await serveHttpApi(async () => ({ statusCode: 200, body: 'ok' }), { port: 0 });
    try {
      const address = api.server.address();
      expect(address.address).toBe('127.0.0.1');
      expect(api.url.startsWith('http://127.0.0.1:')).toBe(true);
      expect(await (await fetch(api.url)).text()).toBe('ok');
      // From any other interface of this machine, nothing answers on that port.
      const external = Object.values(networkInterfaces())
        .flat()
        .filter((i) => i && !i.internal && i.family === 'IPv4')
        .map((i) => i!.address);
      for (const ip of external) {
        await expect(fetch(`http://${ip}:${address.port}/`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
      }
    } finally {
      await api.close();
    }
  });
});

describe('the repository', () => {
  /** Placeholders AWS documents use in examples, and the local stack's all-zero account. */
  const placeholderAccounts = new Set(['123456789012', '000000000000', '111111111111', '111122223333', '444455556666']);
  const patterns: Array<[string, RegExp]> = [
    ['an access key id', /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g],
    ['a private key', new RegExp(['-----BEGIN', '(?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----'].join(' '), 'g')],
    ['a secret access key assignment', /aws_?secret_?access_?key\s*[:=]\s*["']?[A-Za-z0-9/+=]{40}\b/gi],
    ['an account id in an ARN', /arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/g],
    ['an account id in CDK env', /\baccount\s*[:=]\s*["'](\d{12})["']/g],
  ];

  it('holds no credential, private key or real account id in any tracked file', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
    expect(files.length).toBeGreaterThan(50);
    const findings: string[] = [];
    for (const file of files) {
      if (!existsSync(file) || statSync(file).size > 5 * 1024 * 1024) continue;
      const bytes = readFileSync(file);
      if (bytes.includes(0)) continue; // binary
      const text = bytes.toString('utf8');
      for (const [what, pattern] of patterns) {
        for (const match of text.matchAll(pattern)) {
          const account = match[1];
          if (account && placeholderAccounts.has(account)) continue;
          findings.push(`${file}: ${what}: ${match[0].slice(0, 60)}`);
        }
      }
    }
    expect(findings).toEqual([]);
  });

  it('has no high or critical advisory in its production dependencies (skipped when the registry cannot audit)', (context) => {
    const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 60_000 });
    let report: { metadata?: { vulnerabilities?: Record<string, number> }; statusCode?: number; message?: string };
    try {
      report = JSON.parse(audit.stdout);
    } catch {
      context.skip(`npm audit did not answer: ${(audit.stderr || String(audit.error)).slice(0, 200)}`);
      return;
    }
    const counts = report.metadata?.vulnerabilities;
    if (!counts) {
      // E.g. a registry mirror without the advisory endpoint (405), or no network.
      context.skip(`npm audit could not run: ${report.message ?? 'no advisory data'}`);
      return;
    }
    expect({ high: counts.high ?? 0, critical: counts.critical ?? 0 }).toEqual({ high: 0, critical: 0 });
  }, 90_000);
});
