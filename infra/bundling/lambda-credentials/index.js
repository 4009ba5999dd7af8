// Bundling-only stand-in for `@aws-sdk/credential-provider-node` (esbuild `alias`, see
// minzheng-function.ts). Every SDK client imports that package's `defaultProvider`: the whole
// credential chain (shared ini files, SSO, web identity, process, IMDS, container), which brings
// its own STS, SSO and sign-in clients (`@aws-sdk/nested-clients`) — about 95 KB of a function's
// minified bundle that a Lambda never runs.
//
// Why it is safe: a Lambda function gets its execution role's credentials in its environment
// (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), and the full chain takes them
// from there first. Where a runtime serves them from a container endpoint instead
// (AWS_CONTAINER_CREDENTIALS_FULL_URI / _RELATIVE_URI), this falls back to the same HTTP provider
// the full chain would use. Locally and in tests nothing is bundled: the real chain runs.
// test/infra/lambda-credentials.test.ts holds this module to that behaviour.
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { fromHttp } from '@aws-sdk/credential-provider-http';

const containerEndpointNamed = (env) =>
  Boolean(env.AWS_CONTAINER_CREDENTIALS_FULL_URI || env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI);

export const defaultProvider = (init = {}) => {
  const environment = fromEnv(init);
  return async (options) => {
    if (containerEndpointNamed(process.env) && !process.env.AWS_ACCESS_KEY_ID) return fromHttp(init)(options);
    return environment(options);
  };
};
