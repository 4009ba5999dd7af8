// Deployment stages. Only `dev` may destroy data on stack deletion.
export const stages = ['dev', 'prod'] as const;
export type Stage = (typeof stages)[number];

export function parseStage(value: unknown): Stage {
  const stage = value ?? 'dev';
  if (!stages.includes(stage as Stage)) {
    throw new Error(`stage must be one of ${stages.join(', ')} (cdk -c stage=...), got ${JSON.stringify(value)}`);
  }
  return stage as Stage;
}
