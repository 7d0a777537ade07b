/** Reader of the per-stride timing CSV (writer: writeStridesCsv.ts). */
import { InputFormatError } from '../../core/errors';
import { parseNumberCell, readCsvTable } from './csvText';
import type { StrideRow } from './eventTables';
import { parseReasonCell, parseUsedCell } from './intervalCells';
import { STRIDES_CSV_HEADER } from './writeStridesCsv';

/**
 * Read a stride CSV.
 * @param text - the CSV text
 * @returns one row per stride, with whether it was used and why not; empty cells read as NaN
 * @throws InputFormatError for another header, an unknown side, a bad number, a `used` cell other
 *   than 1/0 or a reason that does not fit (with the line)
 */
export function readStridesCsv(text: string): StrideRow[] {
  return readCsvTable(text, STRIDES_CSV_HEADER, 'GaitLens stride CSV').map((r, i) => {
    const line = `line ${i + 2}`;
    const at = (k: number): string => `${line}, ${STRIDES_CSV_HEADER[k]}`;
    const side = r[1];
    if (side !== 'left' && side !== 'right')
      throw new InputFormatError('schema', `Unknown side "${side}"`, `${line}, side`);
    const n = (k: number): number => parseNumberCell(r[k]!, at(k));
    const used = parseUsedCell(r[9]!, at(9));
    return {
      stride: n(0),
      side,
      startTimeS: n(2),
      endTimeS: n(3),
      strideTimeS: n(4),
      toeOffTimeS: n(5),
      stanceTimeS: n(6),
      swingTimeS: n(7),
      stancePct: n(8),
      used,
      excludedReason: parseReasonCell(r[10]!, used, at(10)),
    };
  });
}
