// Which web origin may POST bureau uploads to the upload bucket and fetch source links from it.
//
// The dashboard (and its upload page) is served by the query API, so the origin is the API's
// URL, or the custom domain in front of it. But the API lives in the stateless stack and the
// bucket in the stateful one, and the stateful stack must not depend on the stateless one (it is
// deployed first, and a stateless teardown must never touch it). So the origin comes in as
// context, `cdk deploy -c dashboardOrigin=https://...`: in prod it is required, since a
// wildcard would let any site a bureau's clerk visits drive uploads with a form the API handed
// out; in dev it defaults to '*', where the stack is throwaway and its API URL is not known
// before the first deploy.
import type { Stage } from './stage.ts';

export const dashboardOriginContextKey = 'dashboardOrigin';

/** `https://host[:port]`: a CORS origin is scheme, host and port, with no path or trailing slash. */
const originPattern = /^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i;

export function parseDashboardOrigin(stage: Stage, value: unknown): string {
  if (value === undefined || value === '') {
    if (stage === 'dev') return '*';
    throw new Error(
      `stage ${stage} needs the dashboard's origin for the upload bucket's CORS rule: ` +
        `cdk ... -c ${dashboardOriginContextKey}=https://{api-id}.execute-api.{region}.amazonaws.com (or the API's custom domain)`,
    );
  }
  if (typeof value !== 'string' || !originPattern.test(value)) {
    throw new Error(`${dashboardOriginContextKey} must look like https://host[:port] (no path), got ${JSON.stringify(value)}`);
  }
  return value;
}
