/**
 * Splits a total into integer parts proportional to weights that add up to the total exactly
 * (largest-remainder rounding), so money figures such as 420,000,000 CNY come out to the yuan.
 */
export function splitExact(total: number, weights: readonly number[], unit = 1): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total ${total} must be a non-negative safe integer`);
  if (total % unit !== 0) throw new RangeError(`total ${total} is not a multiple of the unit ${unit}`);
  if (weights.length === 0) {
    if (total === 0) return [];
    throw new RangeError('cannot split a non-zero total into no parts');
  }
  const units = total / unit;
  const sum = weights.reduce((acc, w) => acc + w, 0);
  if (!(sum > 0)) throw new RangeError('weights must have a positive sum');
  const exact = weights.map((w) => (w / sum) * units);
  const parts = exact.map(Math.floor);
  let remainder = units - parts.reduce((acc, p) => acc + p, 0);
  // Hand the leftover units to the largest fractional parts; ties go to the earlier index.
  const order = exact.map((value, index) => ({ index, frac: value - Math.floor(value) })).sort((x, y) => y.frac - x.frac || x.index - y.index);
  for (let i = 0; remainder > 0; i = (i + 1) % order.length, remainder--) parts[order[i].index]++;
  return parts.map((p) => p * unit);
}

/** Rounds to the nearest multiple of unit. */
export function roundTo(value: number, unit: number): number {
  return Math.round(value / unit) * unit;
}
