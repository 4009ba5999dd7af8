// The SDK clients, built one way everywhere: production Lambdas, `npm start` and tests.
// Endpoints come from the standard AWS_ENDPOINT_URL_* variables; a loopback endpoint means the
// local stack, which gets dummy credentials and the options an old local S3 needs.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { sdkTimeouts } from './clientConfig.ts';

/** Adds middleware to a client's stack, e.g. a test's fault injection. */
export type MiddlewareHook = (stack: DynamoDBClient['middlewareStack'] | S3Client['middlewareStack']) => void;

export interface ClientOptions {
  /** Overrides the AWS_ENDPOINT_URL_* variable. */
  endpoint?: string;
  region?: string;
  middleware?: MiddlewareHook[];
  maxAttempts?: number;
}

const defaultRegion = () => process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'cn-north-1';

export function isLocalEndpoint(endpoint: string | undefined): boolean {
  if (!endpoint) return false;
  try {
    const host = new URL(endpoint).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]' || host === '::1';
  } catch {
    return false;
  }
}

// Never used against AWS: only a loopback endpoint gets these.
const localCredentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

function commonConfig(endpoint: string | undefined, options: ClientOptions) {
  const local = isLocalEndpoint(endpoint);
  return {
    region: options.region ?? defaultRegion(),
    maxAttempts: options.maxAttempts ?? sdkTimeouts.maxAttempts,
    requestHandler: {
      connectionTimeout: sdkTimeouts.connectionTimeoutMs,
      // The Node handler only warns on a request timeout unless told to throw; the ceilings in
      // clientConfig.ts assume it throws. Locally a JVM warming up on a busy machine may be slow,
      // so the timeout is generous there — but it still throws, so a lost request is retried
      // instead of waiting forever.
      requestTimeout: local ? sdkTimeouts.localRequestTimeoutMs : sdkTimeouts.requestTimeoutMs,
      throwOnRequestTimeout: true,
    },
    ...(endpoint ? { endpoint } : {}),
    ...(local ? { credentials: localCredentials } : {}),
  };
}

/** The low-level client (table administration); items go through dynamoDocumentClient. */
export function dynamoClient(options: ClientOptions = {}): DynamoDBClient {
  const endpoint = options.endpoint ?? process.env.AWS_ENDPOINT_URL_DYNAMODB;
  const client = new DynamoDBClient(commonConfig(endpoint, options));
  for (const hook of options.middleware ?? []) hook(client.middlewareStack);
  return client;
}

export function dynamoDocumentClient(options: ClientOptions = {}): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(dynamoClient(options), {
    marshallOptions: { removeUndefinedValues: true },
  });
}

export function s3Client(options: ClientOptions = {}): S3Client {
  const endpoint = options.endpoint ?? process.env.AWS_ENDPOINT_URL_S3;
  const local = isLocalEndpoint(endpoint);
  const client = new S3Client({
    ...commonConfig(endpoint, options),
    // s3rver predates the SDK's default CRC checksums and path-less bucket hosts.
    ...(local
      ? {
          forcePathStyle: true,
          requestChecksumCalculation: 'WHEN_REQUIRED' as const,
          responseChecksumValidation: 'WHEN_REQUIRED' as const,
        }
      : {}),
  });
  for (const hook of options.middleware ?? []) hook(client.middlewareStack);
  return client;
}
