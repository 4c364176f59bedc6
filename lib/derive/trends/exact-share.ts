// Shares of token counts that can pass 2^53: the division is done on integers scaled by 10^12,
// so the fraction is exact to twelve places before it ever becomes a float.

const SCALE = 10n ** 12n;

/** part ÷ whole as a fraction (0 when the whole is 0), exact to 1e-12. */
export function exactShare(part: bigint, whole: bigint): number {
  if (whole === 0n) return 0;
  return Number((part * SCALE) / whole) / Number(SCALE);
}

/** The sum of token counts, nulls (unknown) left out. */
export function sumTokens(values: readonly (bigint | null)[]): bigint {
  return values.reduce<bigint>((sum, value) => sum + (value ?? 0n), 0n);
}
