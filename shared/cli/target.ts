// Which platform a CLI command talks to: the local stack `npm start` runs (found through
// .minzheng/endpoints.json), or a deployed one named by the environment (AWS default credential chain).
import { bucketLayout, reportsTable, rollupsTable } from '#shared/store/tables.ts';
import { dataDirectory, endpointsPath, environmentOf, runningLocalStack } from './endpointsFile.ts';

export interface Target {
  kind: 'local' | 'aws';
  /** Human-readable: where commands go. */
  description: string;
  /** REPORTS_TABLE, ROLLUPS_TABLE, UPLOAD_BUCKET and, locally, the endpoint variables. */
  env: Record<string, string>;
  /** The local HTTP API, when there is one. */
  apiUrl?: string;
}

export interface TargetFlags {
  /** Skip the local stack even when one is running. */
  aws?: boolean;
  /** An AWS named profile (same as AWS_PROFILE). */
  profile?: string;
}

export type Need = 'reports' | 'rollups' | 'bucket';

const envVarOf: Record<Need, string> = {
  reports: reportsTable.envVar,
  rollups: rollupsTable.envVar,
  bucket: bucketLayout.envVar,
};

export class TargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TargetError';
  }
}

const awsHelp =
  `For a deployed stack pass --aws (and --profile NAME or AWS_PROFILE) with ${reportsTable.envVar}, ` +
  `${rollupsTable.envVar} and ${bucketLayout.envVar} set to the stack's outputs.`;

export async function resolveTarget(flags: TargetFlags, needs: Need[], env: NodeJS.ProcessEnv = process.env): Promise<Target> {
  const dataDir = dataDirectory(env);
  const configured = needs.some((n) => env[envVarOf[n]]);
  let staleFile = false;
  // An endpoint named in the environment (a test's stack, a LocalStack) is an explicit choice.
  const explicitEndpoint = Boolean(env.AWS_ENDPOINT_URL_DYNAMODB || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL);
  if (!flags.aws && !(explicitEndpoint && configured)) {
    const local = await runningLocalStack(dataDir);
    if (local.endpoints) {
      return {
        kind: 'local',
        description: `local stack (${local.endpoints.apiUrl})`,
        env: environmentOf(local.endpoints),
        apiUrl: local.endpoints.apiUrl,
      };
    }
    staleFile = local.stale;
  }
  if (flags.aws || configured) {
    const missing = needs.map((n) => envVarOf[n]).filter((name) => !env[name]);
    if (missing.length) throw new TargetError(`${missing.join(', ')} must be set to reach a deployed stack. ${awsHelp}`);
    const selected: Record<string, string> = {};
    for (const need of needs) selected[envVarOf[need]] = env[envVarOf[need]]!;
    if (flags.profile) selected.AWS_PROFILE = flags.profile;
    const profile = flags.profile ?? env.AWS_PROFILE;
    const where = explicitEndpoint ? `the endpoints in AWS_ENDPOINT_URL_*` : `AWS${profile ? ` (profile ${profile})` : ''}`;
    return { kind: 'aws', description: where, env: selected };
  }
  const why = staleFile
    ? `${endpointsPath(dataDir)} names a local stack that no longer answers`
    : 'no local stack is running';
  throw new TargetError(`Nowhere to send this: ${why}. Start one with \`npm start\` (in another terminal). ${awsHelp}`);
}

/** The SDK clients and stores read the environment: point it at the target. */
export function useTarget(target: Target): void {
  Object.assign(process.env, target.env);
}

/** The --aws and --profile flags every command that reaches the platform takes. */
export function targetOptions<T extends { option(flags: string, description: string): T }>(command: T): T {
  return command
    .option('--aws', 'use the deployed stack named by the environment even when a local one runs')
    .option('--profile <name>', 'AWS named profile (default credential chain otherwise)');
}
