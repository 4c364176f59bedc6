// Shares arrive as short decimals (0.1842). A product or sum of two of them has an exact
// decimal value, but binary floating point writes 0.763 × 0.0199 as 0.015183700000000001; the
// exports promise full precision, so derived figures are rounded back to the places they have.

// Beyond this many places a double carries no further exact digits.
const MAX_PLACES = 17;

/** Digits after the decimal point in the shortest form of a number: 0.0199 → 4, 1e-7 → 7. */
export function decimalPlaces(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const [mantissa = "", exponent = "0"] = String(value).split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

function roundTo(value: number, places: number): number {
  return places >= MAX_PLACES ? value : Number(value.toFixed(places));
}

/** a × b at the places it has exactly: the places of a plus those of b. */
export function decimalProduct(a: number, b: number): number {
  return roundTo(a * b, decimalPlaces(a) + decimalPlaces(b));
}

/** The sum at the places of its most precise term. */
export function decimalSum(values: number[]): number {
  const places = Math.max(0, ...values.map(decimalPlaces));
  return roundTo(
    values.reduce((total, value) => total + value, 0),
    places,
  );
}

/** a − b at the places of the more precise: 0.1842 − 0.17 is 0.0142, not 0.014200000000000004. */
export function decimalDifference(a: number, b: number): number {
  return decimalSum([a, -b]);
}
