/** Make stage results (measurements, reports) storable as plain JSON. */
import type { JsonValue } from './types';

/**
 * Copy a value as JSON data, so that the database, the JSON bundle and the backup hold the same thing.
 * @param value - plain data (objects, arrays, numbers, strings, booleans, null; typed arrays become objects)
 * @returns a deep copy in which every non-finite number (NaN, ±Infinity) is null, as JSON has no NaN
 */
export function toJsonValue(value: unknown): JsonValue {
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v) ? null : v,
    ),
  ) as JsonValue;
}
