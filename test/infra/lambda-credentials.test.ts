// The bundle-time stand-in for the SDK's credential chain (infra/bundling/lambda-credentials):
// it must find credentials wherever a Lambda runtime puts them, and fail clearly elsewhere.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error plain JavaScript module, swapped in by esbuild's alias; no declarations
import { defaultProvider } from '../../infra/bundling/lambda-credentials/index.js';

type Provider = (options?: object) => Promise<{ accessKeyId: string; secretAccessKey: string; sessionToken?: string }>;
const credentialsFrom = (init = {}) => (defaultProvider as (init: object) => Provider)(init)();

const keyNames = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN',
];

function clearCredentialEnvironment() {
  for (const name of keyNames) vi.stubEnv(name, undefined);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('credentials in a bundled function', () => {
  it('takes the execution role credentials Lambda puts in the environment', async () => {
    clearCredentialEnvironment();
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'ASIAROLEKEY');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'role-secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'role-session');
    await expect(credentialsFrom()).resolves.toMatchObject({
      accessKeyId: 'ASIAROLEKEY',
      secretAccessKey: 'role-secret',
      sessionToken: 'role-session',
    });
  });

  it('asks the container credentials endpoint when the runtime names one instead', async () => {
    clearCredentialEnvironment();
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(`${req.url} ${req.headers.authorization ?? ''}`);
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          AccessKeyId: 'ASIACONTAINER',
          SecretAccessKey: 'container-secret',
          Token: 'container-session',
          Expiration: new Date(Date.now() + 3_600_000).toISOString(),
        }),
      );
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const { port } = server.address() as AddressInfo;
      vi.stubEnv('AWS_CONTAINER_CREDENTIALS_FULL_URI', `http://127.0.0.1:${port}/role-credentials`);
      vi.stubEnv('AWS_CONTAINER_AUTHORIZATION_TOKEN', 'runtime-token');
      await expect(credentialsFrom()).resolves.toMatchObject({
        accessKeyId: 'ASIACONTAINER',
        secretAccessKey: 'container-secret',
        sessionToken: 'container-session',
      });
      expect(requests).toEqual(['/role-credentials runtime-token']);
    } finally {
      server.close();
    }
  });

  it('fails with the SDK credentials error, not a request signed with nothing, when neither is there', async () => {
    clearCredentialEnvironment();
    await expect(credentialsFrom()).rejects.toMatchObject({ name: 'CredentialsProviderError' });
  });
});
