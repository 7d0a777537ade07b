/** Reader of the per-step timing CSV (writer: writeStepsCsv.ts). */
import { InputFormatError } from '../../core/errors';
import { parseNumberCell, readCsvTable } from './csvText';
import type { StepRow } from './eventTables';
import { parseReasonCell, parseUsedCell } from './intervalCells';
import { STEPS_CSV_HEADER } from './writeStepsCsv';

/**
 * Read a step CSV.
 * @param text - the CSV text
 * @returns one row per step, with whether it was used and why not
 * @throws InputFormatError for another header, an unknown side, a bad number, a `used` cell other
 *   than 1/0, a step used by side but not pooled, or a reason that does not fit (with the line)
 */
export function readStepsCsv(text: string): StepRow[] {
  return readCsvTable(text, STEPS_CSV_HEADER, 'GaitLens step CSV').map((r, i) => {
    const line = `line ${i + 2}`;
    const at = (k: number): string => `${line}, ${STEPS_CSV_HEADER[k]}`;
    const side = r[1];
    if (side !== 'left' && side !== 'right')
      throw new InputFormatError('schema', `Unknown side "${side}"`, `${line}, side`);
    const n = (k: number): number => parseNumberCell(r[k]!, at(k));
    const used = parseUsedCell(r[5]!, at(5));
    const usedBySide = parseUsedCell(r[6]!, at(6));
    if (usedBySide && !used)
      throw new InputFormatError('schema', 'A step used by side must be used pooled', at(6));
    const excludedReason = parseReasonCell(r[7]!, usedBySide, at(7));
    return {
      step: n(0),
      side,
      startTimeS: n(2),
      endTimeS: n(3),
      stepTimeS: n(4),
      used,
      usedBySide,
      excludedReason,
    };
  });
}
