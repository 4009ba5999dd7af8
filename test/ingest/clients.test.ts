// The client factories: local endpoints get the local-only options, AWS endpoints never do.
import { describe, expect, it } from 'vitest';
import { dynamoClient, isLocalEndpoint, s3Client } from '#shared/aws/clients.ts';
import { sdkTimeouts } from '#shared/aws/clientConfig.ts';

describe('SDK clients', () => {
  it('knows a loopback endpoint from an AWS one', () => {
    expect(isLocalEndpoint('http://127.0.0.1:4568')).toBe(true);
    expect(isLocalEndpoint('http://localhost:8000')).toBe(true);
    expect(isLocalEndpoint('https://s3.cn-north-1.amazonaws.com.cn')).toBe(false);
    expect(isLocalEndpoint('https://127.0.0.1.evil.example')).toBe(false);
    expect(isLocalEndpoint(undefined)).toBe(false);
  });

  it('gives a local S3 path-style requests, relaxed checksums and dummy credentials', async () => {
    const client = s3Client({ endpoint: 'http://127.0.0.1:4568' });
    expect(client.config.forcePathStyle).toBe(true);
    expect(await client.config.requestChecksumCalculation()).toBe('WHEN_REQUIRED');
    expect(await client.config.responseChecksumValidation()).toBe('WHEN_REQUIRED');
    expect((await client.config.credentials()).accessKeyId).toBe('S3RVER');
  });

  it('leaves AWS endpoints to the default credential chain and checksums, with the sized timeouts', async () => {
    const client = s3Client({ endpoint: 'https://s3.cn-north-1.amazonaws.com.cn', region: 'cn-north-1' });
    expect(client.config.forcePathStyle).toBe(false);
    expect(await client.config.requestChecksumCalculation()).toBe('WHEN_SUPPORTED');
    const dynamo = dynamoClient({ region: 'cn-north-1' });
    expect(await dynamo.config.region()).toBe('cn-north-1');
    expect(await dynamo.config.maxAttempts()).toBe(sdkTimeouts.maxAttempts);
    const handler = dynamo.config.requestHandler as unknown as { configProvider: Promise<Record<string, unknown>> };
    expect(await handler.configProvider).toMatchObject({
      connectionTimeout: sdkTimeouts.connectionTimeoutMs,
      requestTimeout: sdkTimeouts.requestTimeoutMs,
      throwOnRequestTimeout: true,
    });
  });

  it('never lets a local request hang: a generous timeout that still throws', async () => {
    const dynamo = dynamoClient({ endpoint: 'http://127.0.0.1:8000' });
    const handler = dynamo.config.requestHandler as unknown as { configProvider: Promise<Record<string, unknown>> };
    expect(await handler.configProvider).toMatchObject({
      requestTimeout: sdkTimeouts.localRequestTimeoutMs,
      throwOnRequestTimeout: true,
    });
  });
});
