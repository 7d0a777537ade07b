/** Cells of the step and stride CSVs that say whether an interval was used, and why not. */
import { InputFormatError } from '../../core/errors';
import { INTERVAL_EXCLUSIONS } from '../../core/params/selectIntervals';
import type { IntervalExclusion } from '../../core/params/selectIntervals';

/**
 * Parse a `used` cell.
 * @param cell - the cell text, `1` or `0`
 * @param where - location for the error, e.g. `line 5, used`
 * @returns true for `1`, false for `0`
 * @throws InputFormatError `schema` for anything else
 */
export function parseUsedCell(cell: string, where: string): boolean {
  if (cell === '1' || cell === '0') return cell === '1';
  throw new InputFormatError('schema', `"${cell.slice(0, 40)}" is not 1 or 0`, where);
}

/**
 * Parse an `excluded_reason` cell and check it against the row's use.
 * @param cell - the cell text: empty, or one of {@link INTERVAL_EXCLUSIONS}
 * @param fullyUsed - whether the row is used everywhere (then the reason must be empty)
 * @param where - location for the error, e.g. `line 5, excluded_reason`
 * @returns the reason, or null for an empty cell
 * @throws InputFormatError `schema` for an unknown reason, a reason on a used row or a missing one
 */
export function parseReasonCell(
  cell: string,
  fullyUsed: boolean,
  where: string,
): IntervalExclusion | null {
  const reason = cell === '' ? null : INTERVAL_EXCLUSIONS.find((r) => r === cell);
  if (reason === undefined)
    throw new InputFormatError('schema', `Unknown exclusion reason "${cell.slice(0, 40)}"`, where);
  if ((reason === null) !== fullyUsed)
    throw new InputFormatError(
      'schema',
      fullyUsed ? 'A used interval has an exclusion reason' : 'An excluded interval has no reason',
      where,
    );
  return reason;
}
