// Exact decimal arithmetic for rollups. Report figures are decimals (13880450.5 元, 4.14 %), and a
// binary float sum of thousands of them drifts; a provincial total must equal the figures as written.
// So values are carried as BigInt counts of 10^-scale (fen for money at scale 2) and only turned back
// into a Number at the end, through a decimal string, which JavaScript parses to the nearest double.

export interface Scaled {
  /** The value in units of 10^-scale. */
  minor: bigint;
  /** False when the figure had more decimals than the scale and was rounded. */
  exact: boolean;
}

/** Money and counts are summed in fen (0.01); distributions of standards and rates in 10^-4. */
export const SUM_SCALE = 2;
export const DISTRIBUTION_SCALE = 4;

export function toScaled(value: number, scale: number): Scaled {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite figure: ${value}`);
  const factor = 10 ** scale;
  const rounded = Math.round(value * factor);
  if (!Number.isSafeInteger(rounded)) throw new RangeError(`figure too large to sum exactly: ${value}`);
  // For a value with at most `scale` decimals, value * 10^scale is within a few ulps of an integer,
  // so Math.round recovers that integer, and dividing back gives the same double again.
  return { minor: BigInt(rounded), exact: rounded / factor === value };
}

export function formatScaled(minor: bigint, scale: number): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

export const scaledToNumber = (minor: bigint, scale: number): number => Number(formatScaled(minor, scale));

/** numerator / denominator rounded half away from zero: the mean and median of an even count. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const quotient = (2n * magnitude + denominator) / (2n * denominator);
  return negative ? -quotient : quotient;
}
