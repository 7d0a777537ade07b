/** Names, units and fixed decimals of token quantities, and the value formatting they share. */

/** Unit suffixes of camelCase keys (longest first) and the unit string each stands for. */
const SUFFIX_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['StepsPerMin', 'steps/min'],
  ['MPerS', 'm/s'],
  ['Pct', '%'],
  ['Deg', 'deg'],
  ['Hz', 'Hz'],
  ['Frac', ''],
  ['S', 's'],
  ['M', 'm'],
];

/** Spatiotemporal quantities whose name is not the plain snake_case of the key. */
const SPECIAL_NAMES: Readonly<Record<string, string>> = {
  stanceS: 'stance_time',
  swingS: 'swing_time',
};

/** Decimals printed per unit (fixed; see docs/tokens-format.md). */
export const UNIT_DECIMALS: Readonly<Record<string, number>> = Object.freeze({
  'steps/min': 1,
  s: 2,
  '%': 1,
  'm/s': 2,
  m: 2,
  deg: 1,
  Hz: 2,
  '': 2,
});

/**
 * Split a unit-suffixed camelCase key into a snake_case quantity name and a unit.
 * @param key - e.g. `cadenceStepsPerMin`, `doubleSupportPct`, `kneeFlexionPeakSwingDeg`
 * @returns quantity (e.g. `double_support`) and unit (e.g. `%`); unit `''` when no suffix matches
 */
export function quantityOfKey(key: string): { quantity: string; unit: string } {
  const special = SPECIAL_NAMES[key];
  for (const [suffix, unit] of SUFFIX_UNITS) {
    if (key.length > suffix.length && key.endsWith(suffix)) {
      const stem = key.slice(0, -suffix.length);
      return { quantity: special ?? snake(stem), unit };
    }
  }
  return { quantity: snake(key), unit: '' };
}

/**
 * Decimals printed for a unit.
 * @param unit - unit string
 * @returns the fixed number of decimals (2 for unknown units)
 */
export function decimalsOfUnit(unit: string): number {
  return UNIT_DECIMALS[unit] ?? 2;
}

/**
 * Format a value with its unit the way tokens are serialised: `173.7 steps/min`, `31.0%`, `0.85`.
 * @param value - value in `unit`; NaN prints `not measured`
 * @param unit - unit string (`%` is attached without a space; `''` prints no unit)
 * @param decimals - decimals (≥ 0)
 * @returns the formatted text
 */
export function formatValue(value: number, unit: string, decimals: number): string {
  if (!Number.isFinite(value)) return 'not measured';
  const v = fixed(value, decimals);
  if (unit === '') return v;
  return unit === '%' ? `${v}%` : `${v} ${unit}`;
}

/**
 * Format a signed number with a fixed number of decimals: `+2.1`, `-0.4`, `+0.0`.
 * @param value - any finite number
 * @param decimals - decimals (≥ 0)
 * @returns the text with an explicit sign
 */
export function formatSigned(value: number, decimals: number): string {
  const v = fixed(value, decimals);
  return v.startsWith('-') ? v : `+${v}`;
}

// toFixed without negative zero.
function fixed(value: number, decimals: number): string {
  const v = value.toFixed(decimals);
  return /^-0(\.0*)?$/.test(v) ? v.slice(1) : v;
}

// camelCase → snake_case.
function snake(s: string): string {
  return s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
