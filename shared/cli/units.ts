// Units on the command line: a 6-digit adcode or a name, resolved through the divisions data.
import { divisions } from '#shared/divisions/divisions.ts';
import type { Division } from '#shared/divisions/types.ts';

export function resolveUnit(nameOrCode: string): Division {
  const resolution = divisions().resolve(nameOrCode.trim());
  if (resolution.kind === 'unit') return resolution.division;
  if (resolution.kind === 'ambiguous') {
    const options = resolution.candidates.slice(0, 8).map((d) => `${d.adcode} ${d.province}${d.name}`);
    throw new Error(`"${nameOrCode}" names more than one unit; give the adcode: ${options.join(', ')}`);
  }
  throw new Error(`"${nameOrCode}" is not an administrative unit this system knows (a 6-digit adcode or a name, e.g. 340400 or 淮南市)`);
}

export function resolveProvince(nameOrCode: string): Division {
  const unit = resolveUnit(nameOrCode);
  if (unit.level !== 'province') throw new Error(`"${nameOrCode}" is ${unit.name}, not a province; give a province code such as 340000`);
  return unit;
}
