// What a bureau may write: only under its own `incoming/{adcode}/`. Both forms below build the
// prefix from a validated adcode, because an adcode of `*`, `` or `11/..` would silently widen
// an IAM resource pattern or a `starts-with` condition to other bureaus' prefixes.
import { bucketLayout } from '../store/tables.ts';

/** GB/T 2260 codes are exactly six digits; anything else cannot name a bureau. */
const adcodePattern = /^\d{6}$/;
/** `2021`, `2020-H1`, `2021-Q3`, `2021-11`: the period keys the domain uses. */
const periodKeyPattern = /^\d{4}(?:-(?:H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;
const bucketArnPattern = /^arn:aws[a-z-]*:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const bucketNamePattern = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export class BureauUploadScopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BureauUploadScopeError';
  }
}

function requireAdcode(adcode: string): string {
  if (typeof adcode !== 'string' || !adcodePattern.test(adcode)) {
    throw new BureauUploadScopeError(`adcode must be six digits, got ${JSON.stringify(adcode)}`);
  }
  return adcode;
}

function requirePeriodKey(periodKey: string): string {
  if (typeof periodKey !== 'string' || !periodKeyPattern.test(periodKey)) {
    throw new BureauUploadScopeError(
      `period key must look like 2021, 2021-H1, 2021-Q3 or 2021-11, got ${JSON.stringify(periodKey)}`,
    );
  }
  return periodKey;
}

/** The key prefix a bureau owns: `incoming/{adcode}/`. */
export function bureauIncomingPrefix(adcode: string): string {
  return `${bucketLayout.incomingPrefix}${requireAdcode(adcode)}/`;
}

export interface IamPolicyDocument {
  Version: '2012-10-17';
  Statement: Array<{
    Sid: string;
    Effect: 'Allow' | 'Deny';
    Action: string | string[];
    Resource: string | string[];
  }>;
}

/**
 * An identity policy for one bureau's uploader (an IAM user or a role it assumes): s3:PutObject
 * on its own prefix and nothing else — no reads, no listing, no other bureau's keys.
 */
export function bureauUploadPolicyDocument(bucketArn: string, adcode: string): IamPolicyDocument {
  if (typeof bucketArn !== 'string' || !bucketArnPattern.test(bucketArn)) {
    throw new BureauUploadScopeError(`not an S3 bucket ARN: ${JSON.stringify(bucketArn)}`);
  }
  const prefix = bureauIncomingPrefix(adcode);
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: `PutOwnIncoming${adcode}`,
        Effect: 'Allow',
        Action: 's3:PutObject',
        Resource: `${bucketArn}/${prefix}*`,
      },
    ],
  };
}

/** The POST policy conditions as @aws-sdk/s3-presigned-post's `createPresignedPost` takes them. */
export type PresignedPostCondition =
  | ['starts-with', `$${string}`, string]
  | ['content-length-range', number, number]
  | Record<string, string>;

export interface BureauPresignedPostInput {
  Bucket: string;
  /** `${filename}` is S3's own placeholder: the browser's file name replaces it on upload. */
  Key: string;
  Conditions: PresignedPostCondition[];
  Fields: Record<string, string>;
}

/**
 * The input for `createPresignedPost` that lets a bureau upload one report for one period:
 * the key must start with `incoming/{adcode}/{periodKey}/` and the body must fit `maxBytes`.
 * S3 signs the conditions, so the browser cannot change the prefix or the size limit.
 */
export function bureauPresignedPostConditions(
  bucket: string,
  adcode: string,
  periodKey: string,
  maxBytes: number,
): BureauPresignedPostInput {
  if (typeof bucket !== 'string' || !bucketNamePattern.test(bucket)) {
    throw new BureauUploadScopeError(`not an S3 bucket name: ${JSON.stringify(bucket)}`);
  }
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) {
    throw new BureauUploadScopeError(`maxBytes must be a positive integer, got ${maxBytes}`);
  }
  const prefix = `${bureauIncomingPrefix(adcode)}${requirePeriodKey(periodKey)}/`;
  return {
    Bucket: bucket,
    Key: `${prefix}\${filename}`,
    Conditions: [
      { bucket },
      ['starts-with', '$key', prefix],
      // An empty upload is never a report; rejecting it here saves an ingest round trip.
      ['content-length-range', 1, maxBytes],
    ],
    Fields: {},
  };
}
