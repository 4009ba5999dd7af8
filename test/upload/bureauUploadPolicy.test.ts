import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import {
  BureauUploadScopeError,
  bureauPresignedPostConditions,
  bureauUploadPolicyDocument,
} from '#shared/upload/bureauUploadPolicy.ts';

const bucketArn = 'arn:aws-cn:s3:::minzheng-uploads';
const adcode = fc.stringMatching(/^\d{6}$/);
const periodKey = fc.constantFrom('2021', '2020-H1', '2021-Q3', '2021-11', '2019-H2');
/** Any key tail a client could send, including separators, dot segments and wildcards. */
const keyTail = fc.string({ unit: fc.constantFrom('a', '1', '/', '.', '*', '?', '民', '-', ' '), maxLength: 24 });

/** IAM resource matching: `*` is any run of characters (including `/`), `?` is one character. */
function iamResourceMatches(pattern: string, arn: string): boolean {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 's').test(arn);
}

function policyResources(owner: string): string[] {
  return bureauUploadPolicyDocument(bucketArn, owner).Statement.flatMap((s) =>
    Array.isArray(s.Resource) ? s.Resource : [s.Resource],
  );
}

const malformedAdcodes = ['*', '', '11000', '1100001', '11000a', '../110000', '110000/..', ' 110000', '110000 ', '１１００００', '11*', '110000/*'];

describe('bureauUploadPolicyDocument', () => {
  it('allows s3:PutObject and nothing else', () => {
    const doc = bureauUploadPolicyDocument(bucketArn, '320106');
    expect(doc.Statement).toHaveLength(1);
    expect(doc.Statement[0]).toMatchObject({ Effect: 'Allow', Action: 's3:PutObject' });
    expect(doc.Statement[0].Resource).toBe('arn:aws-cn:s3:::minzheng-uploads/incoming/320106/*');
  });

  it("matches every key under the bureau's own prefix", () => {
    fc.assert(
      fc.property(adcode, keyTail, (own, tail) => {
        const arn = `${bucketArn}/incoming/${own}/${tail}`;
        expect(policyResources(own).some((r) => iamResourceMatches(r, arn))).toBe(true);
      }),
    );
  });

  it("never matches another bureau's prefix, held/, extracted/ or the bucket itself", () => {
    fc.assert(
      fc.property(adcode, adcode, keyTail, (own, other, tail) => {
        fc.pre(own !== other);
        const resources = policyResources(own);
        const foreign = [
          `${bucketArn}/incoming/${other}/${tail}`,
          `${bucketArn}/incoming/${own}${tail.startsWith('/') ? 'x' : tail}`,
          `${bucketArn}/held/${own}/${tail}`,
          `${bucketArn}/extracted/${own}/${tail}`,
          `${bucketArn}/${tail}`,
          bucketArn,
        ].filter((arn) => !arn.startsWith(`${bucketArn}/incoming/${own}/`));
        for (const arn of foreign) {
          expect(resources.some((r) => iamResourceMatches(r, arn))).toBe(false);
        }
      }),
    );
  });

  it.each(malformedAdcodes)('refuses adcode %j', (bad) => {
    expect(() => bureauUploadPolicyDocument(bucketArn, bad)).toThrow(BureauUploadScopeError);
  });

  it('refuses any adcode that is not six ASCII digits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), (candidate) => {
        fc.pre(!/^\d{6}$/.test(candidate));
        expect(() => bureauUploadPolicyDocument(bucketArn, candidate)).toThrow(BureauUploadScopeError);
      }),
    );
  });

  it('refuses a bucket ARN that carries a key or wildcard', () => {
    for (const bad of ['arn:aws:s3:::b*', 'arn:aws:s3:::bucket/incoming', '*', 'minzheng-uploads']) {
      expect(() => bureauUploadPolicyDocument(bad, '110000')).toThrow(BureauUploadScopeError);
    }
  });
});

describe('bureauPresignedPostConditions', () => {
  /** What S3 does with a POST: `${filename}` is replaced, then every condition must hold. */
  function s3WouldAccept(
    input: ReturnType<typeof bureauPresignedPostConditions>,
    filename: string,
    bytes: number,
  ): boolean {
    const key = input.Key.replace('${filename}', filename);
    return input.Conditions.every((c) => {
      if (!Array.isArray(c)) return c.bucket === undefined || c.bucket === input.Bucket;
      if (c[0] === 'starts-with') return c[1] !== '$key' || key.startsWith(c[2]);
      return bytes >= c[1] && bytes <= c[2];
    });
  }

  it('pins the key to incoming/{adcode}/{periodKey}/ and bounds the size', () => {
    const input = bureauPresignedPostConditions('minzheng-uploads', '320106', '2021-Q3', 1000);
    expect(input.Key).toBe('incoming/320106/2021-Q3/${filename}');
    expect(input.Conditions).toContainEqual(['starts-with', '$key', 'incoming/320106/2021-Q3/']);
    expect(input.Conditions).toContainEqual(['content-length-range', 1, 1000]);
    expect(s3WouldAccept(input, '鼓楼区2021年三季度.docx', 999)).toBe(true);
    expect(s3WouldAccept(input, 'big.pdf', 1001)).toBe(false);
    expect(s3WouldAccept(input, 'empty.txt', 0)).toBe(false);
  });

  it("a key that S3 would accept never lies under another bureau's prefix", () => {
    fc.assert(
      fc.property(adcode, adcode, periodKey, keyTail, (own, other, period, tail) => {
        fc.pre(own !== other);
        const input = bureauPresignedPostConditions('minzheng-uploads', own, period, 100);
        const starts = input.Conditions.find((c) => Array.isArray(c) && c[0] === 'starts-with') as [string, string, string];
        expect(`incoming/${other}/${tail}`.startsWith(starts[2])).toBe(false);
        expect(`incoming/${own}/${period}/${tail}`.startsWith(starts[2])).toBe(true);
      }),
    );
  });

  it.each(malformedAdcodes)('refuses adcode %j', (bad) => {
    expect(() => bureauPresignedPostConditions('minzheng-uploads', bad, '2021', 100)).toThrow(BureauUploadScopeError);
  });

  it('refuses malformed period keys, bucket names and sizes', () => {
    for (const bad of ['', '21', '2021-Q5', '2021-13', '2021/..', '*', '2021-']) {
      expect(() => bureauPresignedPostConditions('minzheng-uploads', '110000', bad, 100)).toThrow(BureauUploadScopeError);
    }
    expect(() => bureauPresignedPostConditions('Bad_Bucket', '110000', '2021', 100)).toThrow(BureauUploadScopeError);
    for (const size of [0, -1, 1.5, Number.NaN]) {
      expect(() => bureauPresignedPostConditions('minzheng-uploads', '110000', '2021', size)).toThrow(BureauUploadScopeError);
    }
  });

  it('is accepted by createPresignedPost, which signs the same conditions (offline)', async () => {
    const client = new S3Client({
      region: 'cn-north-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    });
    const input = bureauPresignedPostConditions('minzheng-uploads', '320106', '2021', 20 * 1024 * 1024);
    const post = await createPresignedPost(client, { ...input, Expires: 600 });
    expect(post.fields.key).toBe('incoming/320106/2021/${filename}');
    const policy = JSON.parse(Buffer.from(post.fields.Policy, 'base64').toString('utf8'));
    expect(policy.conditions).toContainEqual(['starts-with', '$key', 'incoming/320106/2021/']);
    expect(policy.conditions).toContainEqual(['content-length-range', 1, 20 * 1024 * 1024]);
  });
});
