// The checks between what the key says and what the text says. Each failure is an issue a
// bureau clerk can act on, naming both sides.
import type { ExtractionResult, ReportIssue } from '#shared/domain/report.ts';
import type { Division, Divisions } from './ports.ts';

export const heldReasons = {
  badKey: 'bad-key',
  tooLarge: 'too-large',
  unknownUnit: 'unknown-unit',
  unitMismatch: 'unit-mismatch',
  periodMismatch: 'period-mismatch',
  objectMissing: 'object-missing',
} as const;

const describe = (d: Division) => `${d.name}（${d.adcode}）`;

export function unknownUnitIssue(adcode: string, divisions: Divisions): ReportIssue {
  // A former code is common after a district merger; say what to use instead.
  const resolution = divisions.resolve(adcode);
  if (resolution.kind === 'unit') {
    return {
      code: heldReasons.unknownUnit,
      message: `上传路径中的行政区划代码 ${adcode} 已不是现行代码，现为${describe(resolution.division)}，请按现行代码重新上传。`,
      detail: { keyUnitCode: adcode, currentCode: resolution.division.adcode },
    };
  }
  return {
    code: heldReasons.unknownUnit,
    message: `上传路径中的行政区划代码 ${adcode} 不是现行行政区划代码。`,
    detail: { keyUnitCode: adcode },
  };
}

/**
 * The unit the text names must be the key's unit, or a former code or name of it. A text that
 * names no unit is taken to be about the key's unit.
 */
export function unitMismatchIssue(
  extraction: ExtractionResult,
  keyUnit: Division,
  divisions: Divisions,
): ReportIssue | null {
  const { adcode, name } = extraction.unit;
  if (!adcode && !name) return null;
  if (adcode === keyUnit.adcode) return null;
  const named = adcode ?? name!;
  const resolution = divisions.resolve(named, { unitCode: keyUnit.adcode });
  if (resolution.kind === 'unit' && resolution.division.adcode === keyUnit.adcode) return null;
  const textUnit =
    resolution.kind === 'unit' ? describe(resolution.division) : `${name ?? ''}${adcode ? `（${adcode}）` : ''}` || named;
  return {
    code: heldReasons.unitMismatch,
    message: `报告正文所写单位为${textUnit}，而上传路径的单位为${describe(keyUnit)}，两者不一致。请确认后上传到正确单位。`,
    detail: { textUnit: extraction.unit, keyUnitCode: keyUnit.adcode, keyUnitName: keyUnit.name },
  };
}

/** A text that names another period is held back: filing its figures under the key's period would misstate them. */
export function periodMismatchIssue(extraction: ExtractionResult, keyPeriodKey: string): ReportIssue | null {
  const textPeriod = extraction.period.key;
  if (!textPeriod || textPeriod === keyPeriodKey) return null;
  return {
    code: heldReasons.periodMismatch,
    message: `报告正文所写报告期为 ${textPeriod}，而上传路径的报告期为 ${keyPeriodKey}，两者不一致。请确认后按正确报告期上传。`,
    detail: { textPeriodKey: textPeriod, keyPeriodKey },
  };
}
