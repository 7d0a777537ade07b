/**
 * Reader of TRC marker files: GaitLens's own (writer: writeTrc.ts) and lab TRC files in general (Vicon,
 * Motive, Pose2Sim…), any marker names, in mm, cm or m. Positions come back in metres, in the file's axes.
 */
import { InputFormatError } from '../../core/errors';

/** Largest TRC text accepted, characters. */
export const MAX_TRC_CHARS = 512 * 1024 * 1024;
/** Most markers accepted. */
export const MAX_TRC_MARKERS = 2000;

/** One marker's trajectory; NaN where the marker is missing. */
export interface TrcMarker {
  name: string;
  xM: Float64Array;
  yM: Float64Array;
  zM: Float64Array;
}

/** A TRC file read into named marker trajectories. */
export interface TrcData {
  /** DataRate of the header, Hz. */
  dataRateHz: number;
  /** CameraRate of the header, Hz (equals DataRate in most files). */
  cameraRateHz: number;
  /** Units as written in the file (`mm`, `cm` or `m`); positions are converted to metres. */
  sourceUnits: 'mm' | 'cm' | 'm';
  /** Frame numbers of the data rows (as written; often start at 1). */
  frameNumbers: Float64Array;
  /** Time of each row, s. */
  timesS: Float64Array;
  markers: TrcMarker[];
}

const UNIT_TO_M = { mm: 0.001, cm: 0.01, m: 1 } as const;

function notTrc(message: string, line: number): InputFormatError {
  return new InputFormatError('not-trc', message, `line ${line}`);
}

function num(cell: string | undefined, line: number, column: string): number {
  const t = (cell ?? '').trim();
  if (t === '' || /^nan$/i.test(t)) return NaN;
  const v = Number(t);
  if (!Number.isFinite(v))
    throw new InputFormatError(
      'schema',
      `"${t.slice(0, 40)}" is not a number`,
      `line ${line}, ${column}`,
    );
  return v;
}

/**
 * Read a TRC file.
 * @param text - the file's text (tab-separated; LF or CRLF)
 * @returns rates, units, frame numbers, times and one trajectory per marker, in metres
 * @throws InputFormatError `not-trc` when the header is not a TRC header (with the line), `too-large`,
 *   `schema` for a bad number or times that do not increase
 * @remarks Empty cells and `NaN` read as missing (NaN). Rows shorter than the marker count are padded with NaN.
 */
export function readTrc(text: string): TrcData {
  if (text.length > MAX_TRC_CHARS)
    throw new InputFormatError(
      'too-large',
      `The TRC file is larger than ${MAX_TRC_CHARS} characters`,
    );
  const lines = text.split(/\r?\n/);
  if (!/^PathFileType\t/.test(lines[0] ?? ''))
    throw notTrc('This is not a TRC file: the first line must start with "PathFileType"', 1);
  const keys = (lines[1] ?? '').split('\t').map((s) => s.trim());
  const vals = (lines[2] ?? '').split('\t').map((s) => s.trim());
  const field = (name: string): string => {
    const k = keys.indexOf(name);
    if (k < 0 || vals[k] === undefined || vals[k] === '')
      throw notTrc(`The TRC header has no ${name}`, 2);
    return vals[k];
  };
  const dataRateHz = Number(field('DataRate'));
  const cameraRateHz = keys.includes('CameraRate') ? Number(field('CameraRate')) : dataRateHz;
  if (!(dataRateHz > 0) || !(cameraRateHz > 0))
    throw notTrc('DataRate and CameraRate must be positive numbers', 3);
  const units = field('Units');
  if (!(units in UNIT_TO_M)) throw notTrc(`Units "${units}" are not supported (mm, cm or m)`, 3);
  const scale = UNIT_TO_M[units as keyof typeof UNIT_TO_M];
  const nameCells = (lines[3] ?? '').split('\t');
  if (nameCells[0]?.trim() !== 'Frame#')
    throw notTrc('The fourth line must start with "Frame#"', 4);
  const names = nameCells
    .slice(2)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (names.length === 0 || names.length > MAX_TRC_MARKERS)
    throw notTrc(`Expected 1 to ${MAX_TRC_MARKERS} marker names, found ${names.length}`, 4);
  if (new Set(names).size !== names.length) throw notTrc('Marker names must be unique', 4);

  const rows: { line: number; cells: string[] }[] = [];
  for (let i = 5; i < lines.length; i++) {
    if (lines[i]!.trim() !== '') rows.push({ line: i + 1, cells: lines[i]!.split('\t') });
  }
  const n = rows.length;
  const frameNumbers = new Float64Array(n);
  const timesS = new Float64Array(n);
  const markers: TrcMarker[] = names.map((name) => ({
    name,
    xM: new Float64Array(n),
    yM: new Float64Array(n),
    zM: new Float64Array(n),
  }));
  rows.forEach(({ line, cells }, r) => {
    frameNumbers[r] = num(cells[0], line, 'Frame#');
    const t = num(cells[1], line, 'Time');
    if (!Number.isFinite(t) || (r > 0 && !(t > timesS[r - 1]!))) {
      throw new InputFormatError(
        'schema',
        'Times must be numbers that increase from row to row',
        `line ${line}, Time`,
      );
    }
    timesS[r] = t;
    markers.forEach((m, k) => {
      m.xM[r] = num(cells[2 + 3 * k], line, `${m.name} X`) * scale;
      m.yM[r] = num(cells[3 + 3 * k], line, `${m.name} Y`) * scale;
      m.zM[r] = num(cells[4 + 3 * k], line, `${m.name} Z`) * scale;
    });
  });
  checkCounts(
    keys.includes('NumFrames') ? (vals[keys.indexOf('NumFrames')] ?? '') : '',
    n,
    dataRateHz,
    timesS,
  );
  return {
    dataRateHz,
    cameraRateHz,
    sourceUnits: units as TrcData['sourceUnits'],
    frameNumbers,
    timesS,
    markers,
  };
}

/** Largest relative difference allowed between DataRate and the rate of the Time column (times are
 *  often printed to 1 ms, e.g. 0.017 s at 60 Hz; over the whole file that rounds out far below 2 %). */
const MAX_RATE_MISMATCH_FRAC = 0.02;

// The header must agree with the data: NumFrames with the row count, DataRate with the Time column.
function checkCounts(numFrames: string, n: number, dataRateHz: number, timesS: Float64Array): void {
  if (numFrames.trim() !== '' && Number(numFrames) !== n)
    throw new InputFormatError(
      'schema',
      `The TRC header says NumFrames ${numFrames.trim()} but the file has ${n} rows of data`,
      'line 3, NumFrames',
    );
  if (n < 2) return;
  const rateHz = (n - 1) / (timesS[n - 1]! - timesS[0]!);
  if (Math.abs(rateHz / dataRateHz - 1) > MAX_RATE_MISMATCH_FRAC)
    throw new InputFormatError(
      'schema',
      `The TRC header says DataRate ${dataRateHz} Hz but its Time column advances at ` +
        `${rateHz.toFixed(2)} Hz; timing would be wrong`,
      'line 3, DataRate',
    );
}
