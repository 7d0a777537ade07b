/** Reader of the per-step timing CSV (writer: writeStepsCsv.ts). */
import { InputFormatError } from '../../core/errors';
import { parseNumberCell, readCsvTable } from './csvText';
import type { StepRow } from './eventTables';
import { STEPS_CSV_HEADER } from './writeStepsCsv';

/**
 * Read a step CSV.
 * @param text - the CSV text
 * @returns one row per step
 * @throws InputFormatError for another header, an unknown side or a bad number (with the line)
 */
export function readStepsCsv(text: string): StepRow[] {
  return readCsvTable(text, STEPS_CSV_HEADER, 'GaitLens step CSV').map((r, i) => {
    const line = `line ${i + 2}`;
    const side = r[1];
    if (side !== 'left' && side !== 'right')
      throw new InputFormatError('schema', `Unknown side "${side}"`, `${line}, side`);
    const n = (k: number): number => parseNumberCell(r[k]!, `${line}, ${STEPS_CSV_HEADER[k]}`);
    return { step: n(0), side, startTimeS: n(2), endTimeS: n(3), stepTimeS: n(4) };
  });
}
