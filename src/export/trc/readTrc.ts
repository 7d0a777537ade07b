/**
 * Reader of TRC marker files: GaitLens's own (writer: writeTrc.ts) and lab TRC files in general (Vicon,
 * Motive, Pose2Sim…), any marker names, in mm, cm or m. Positions come back in metres, in the file's axes.
 */
import { InputFormatError } from '../../core/errors';
import { isPossibleRate, MAX_SAMPLE_RATE_HZ, rateFitsTimes } from '../sampleRate';

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

function inconsistent(message: string, where: string): InputFormatError {
  return new InputFormatError('inconsistent', message, where);
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
 * @throws InputFormatError `not-trc` when the header is not a TRC header or a rate is not a positive number
 *   up to {@link MAX_SAMPLE_RATE_HZ} (with the line), `too-large`, `schema` for a bad number or times that
 *   do not increase, `inconsistent` when the header contradicts the data: DataRate and the Time column
 *   (see `rateFitsTimes`), NumFrames and the number of data rows, NumMarkers and the marker names, or a
 *   row with more values than the markers have columns
 * @remarks Empty cells and `NaN` read as missing (NaN). Rows shorter than the marker count are padded
 *   with NaN (lab files drop trailing empty cells). NumFrames and NumMarkers are checked when present.
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
  if (!isPossibleRate(dataRateHz) || !isPossibleRate(cameraRateHz)) {
    throw notTrc(
      `DataRate and CameraRate must be positive numbers up to ${MAX_SAMPLE_RATE_HZ} Hz (found ${field('DataRate')} and ${keys.includes('CameraRate') ? field('CameraRate') : 'none'})`,
      3,
    );
  }
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
  const declared = (name: string): number | null =>
    keys.includes(name) && vals[keys.indexOf(name)] !== ''
      ? Number(vals[keys.indexOf(name)])
      : null;
  const numMarkers = declared('NumMarkers');
  if (numMarkers !== null && numMarkers !== names.length) {
    throw inconsistent(
      `NumMarkers says ${vals[keys.indexOf('NumMarkers')]} but line 4 names ${names.length} markers`,
      'line 3, NumMarkers',
    );
  }

  const rows: { line: number; cells: string[] }[] = [];
  for (let i = 5; i < lines.length; i++) {
    if (lines[i]!.trim() !== '') rows.push({ line: i + 1, cells: lines[i]!.split('\t') });
  }
  const n = rows.length;
  const numFrames = declared('NumFrames');
  if (numFrames !== null && numFrames !== n) {
    throw inconsistent(
      `NumFrames says ${vals[keys.indexOf('NumFrames')]} but the file has ${n} data rows`,
      'line 3, NumFrames',
    );
  }
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
    const extra = cells.slice(2 + 3 * markers.length).findIndex((c) => c.trim() !== '');
    if (extra >= 0) {
      throw inconsistent(
        `The row has a value in column ${3 + 3 * markers.length + extra}, beyond the ${markers.length} markers named on line 4 (${2 + 3 * markers.length} columns)`,
        `line ${line}`,
      );
    }
    markers.forEach((m, k) => {
      m.xM[r] = num(cells[2 + 3 * k], line, `${m.name} X`) * scale;
      m.yM[r] = num(cells[3 + 3 * k], line, `${m.name} Y`) * scale;
      m.zM[r] = num(cells[4 + 3 * k], line, `${m.name} Z`) * scale;
    });
  });
  if (!rateFitsTimes(dataRateHz, timesS[0]!, timesS[n - 1]!, n)) {
    const timeRateHz = (n - 1) / (timesS[n - 1]! - timesS[0]!);
    throw inconsistent(
      `DataRate ${vals[keys.indexOf('DataRate')]} Hz disagrees with the Time column, whose ${n} rows from ${timesS[0]} s to ${timesS[n - 1]} s were sampled at ${timeRateHz.toPrecision(4)} Hz`,
      'line 3, DataRate',
    );
  }
  return {
    dataRateHz,
    cameraRateHz,
    sourceUnits: units as TrcData['sourceUnits'],
    frameNumbers,
    timesS,
    markers,
  };
}
