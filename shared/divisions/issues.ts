// A resolution that did not settle on one unit, as the issue a bureau clerk sees.
import type { ReportIssue } from '../domain/report.ts';
import type { Division, Resolution } from './types.ts';

/** 江苏省南京市鼓楼区 (320106): the full path a clerk recognises, and the code to pick. */
function label(d: Division, get: (adcode: string) => Division | undefined): string {
  const parts = [d.province];
  const parent = d.parentCode ? get(d.parentCode) : undefined;
  if (parent && parent.level === 'prefecture') parts.push(parent.name);
  if (d.level !== 'province') parts.push(d.name);
  return `${parts.join('')}（${d.adcode}）`;
}

export function resolutionIssue(
  resolution: Resolution,
  get: (adcode: string) => Division | undefined = () => undefined,
): ReportIssue | null {
  if (resolution.kind === 'ambiguous')
    return {
      code: 'ambiguous-unit',
      message: `“${resolution.usedName}”可指多个行政区划：${resolution.candidates.map((d) => label(d, get)).join('、')}。请在报告中写明所属省市，或上传时选择单位。`,
      detail: { usedName: resolution.usedName, candidates: resolution.candidates },
    };
  if (resolution.kind === 'unknown')
    return {
      code: 'unknown-unit',
      message: `“${resolution.usedName}”不是现行行政区划的名称或代码。`,
      detail: { usedName: resolution.usedName },
    };
  return null;
}
