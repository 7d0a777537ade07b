/**
 * `gaitlens analyze <file> [--json] [--height-cm N] [--age N --sex f|m] [--map …]`: gait events
 * and spatiotemporal parameters of a skeleton JSON, or a TRC or C3D marker file, with the same core
 * functions as the app (`analyzeSkeleton` / `analyzeGait(fromMarkers(…))`, `applyNorms`,
 * `toMeasurementsJson`). Prints one JSON object (docs/measurements-format.md) or a table.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PATIENT_OPTIONS, parsePatientArgs } from '../patientArgs';
import { measureGait, prepareGait } from '../../src/core/analysis/analyzeGait';
import { analyzeSkeleton } from '../../src/core/analysis/analyzeSkeleton';
import { toMeasurementsJson } from '../../src/core/analysis/toMeasurementsJson';
import type { MeasurementsJson } from '../../src/core/analysis/toMeasurementsJson';
import type { MeasurementsResult } from '../../src/core/analysis/types';
import { InputFormatError } from '../../src/core/errors';
import { applyNorms } from '../../src/core/norms/applyNorms';
import type { Patient } from '../../src/core/norms/types';
import type { ParamStat } from '../../src/core/params/types';
import type { GaitEvent } from '../../src/core/events/types';
import { fromMarkers } from '../../src/core/preprocess/fromMarkers';
import { messageFor } from '../../src/ui/messages';
import { parseMarkerMap, readRecording } from '../readRecording';
import type { FileEvent, MarkerOverrides } from '../readRecording';
import { formatLabTable, labJson } from './analyzeLab';
import type { LabJson } from './analyzeLab';

/** Usage line of the analyze command. */
export const ANALYZE_USAGE =
  '  gaitlens analyze <skeleton.json|markers.trc|trial.c3d> [--json] [--height-cm N] [--age N --sex f|m]\n' +
  '                   [--map left.heel=LHEE,right.toe=RTOE,pelvis=LASI+RASI+LPSI+RPSI] [--events detected|file]';

/** Options of the analyze command. */
export interface AnalyzeCommandOptions {
  file: string;
  json: boolean;
  patient: Patient;
  /** Raw `--map` text (parsed when the file is read, so its errors get a message). */
  map?: string;
  /** Events the parameters use: GaitLens's detected ones (default) or the file's own (C3D EVENT). */
  events: 'detected' | 'file';
}

/**
 * Parse the analyze command's arguments.
 * @param argv - arguments after `analyze`
 * @returns the options, or null when they are invalid (height 50–250 cm, age 0–120 y, sex f|m)
 */
export function parseAnalyzeArgs(argv: string[]): AnalyzeCommandOptions | null {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      ...PATIENT_OPTIONS,
      map: { type: 'string' },
      events: { type: 'string', default: 'detected' },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) return null;
  const patient = parsePatientArgs(values);
  if (!patient) return null;
  const events = values.events;
  if (events !== 'detected' && events !== 'file') return null;
  return {
    file,
    json: values.json ?? false,
    patient,
    ...(values.map ? { map: values.map } : {}),
    events,
  };
}

/** What {@link analyzeFile} returns. */
export interface AnalyzedFile {
  result: MeasurementsResult;
  /** The measurements JSON; marker files add `lab` (markers, file events beside GaitLens's, cycles). */
  json: MeasurementsJson & { lab?: LabJson };
  /** Marker files only. */
  lab?: LabJson;
}

// The file's events as gait events (source `import`, confidence 1).
const asGaitEvents = (events: FileEvent[], fpsHz: number, t0: number): GaitEvent[] =>
  events.map((e) => ({
    side: e.side,
    type: e.type,
    timeS: e.timeS,
    frame: Math.round((e.timeS - t0) * fpsHz),
    confidenceFrac: 1,
    source: 'import' as const,
  }));

/**
 * Analyse one file (what the command computes, without printing).
 * @param fileName - file name (`.c3d` / `.trc` → markers, else skeleton JSON)
 * @param contents - the file's bytes, or its text
 * @param patient - height (cm) for the video scale; age (y) and sex for norms
 * @param overrides - marker mapping for marker files
 * @param events - `file`: the parameters use the file's own events (C3D EVENT group) instead of
 *   detected ones (default `detected`)
 * @returns the measurements (with norms when age is given), their JSON object, and for marker files
 *   the lab part (recognised markers, the file's events beside GaitLens's, per-cycle values)
 * @throws InputFormatError for a malformed file or mapping; RangeError `no-file-events` when
 *   `events` is `file` and the file holds no foot strikes or foot offs
 */
export function analyzeFile(
  fileName: string,
  contents: Uint8Array | string,
  patient: Patient = {},
  overrides?: MarkerOverrides,
  events: 'detected' | 'file' = 'detected',
): AnalyzedFile {
  const bytes = typeof contents === 'string' ? new TextEncoder().encode(contents) : contents;
  const rec = readRecording(fileName, bytes, overrides);
  const options = patient.heightCm !== undefined ? { heightCm: patient.heightCm } : {};
  const withNorms = (raw: MeasurementsResult): MeasurementsResult =>
    patient.ageYears !== undefined
      ? { ...raw, parameters: applyNorms(raw.parameters, patient) }
      : raw;
  if (rec.kind === 'skeleton') {
    const result = withNorms(analyzeSkeleton(rec.skeleton, options));
    return { result, json: toMeasurementsJson(result) };
  }
  if (events === 'file' && rec.fileEvents.length === 0) throw new RangeError('no-file-events');
  const prepared = prepareGait(fromMarkers(rec.input), options);
  const detected = measureGait(prepared);
  const fps = rec.input.fpsHz;
  const used =
    events === 'file'
      ? measureGait({
          ...prepared,
          detected: {
            ...prepared.detected,
            events: asGaitEvents(rec.fileEvents, fps, rec.input.startTimeS ?? 0),
          },
        })
      : detected;
  const result = withNorms(used);
  const lab = labJson(
    rec.recognition,
    rec.fileEvents,
    detected.events,
    { ...result, eventsUsed: events },
    fps,
  );
  return { result, json: { ...toMeasurementsJson(result), lab }, lab };
}

const fmt = (v: number | null | undefined, digits: number): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits);

// One cell: mean ± sd, or why it is refused.
function cell(s: ParamStat | undefined, digits: number): string {
  if (!s) return '';
  if (s.mean === null) return `refused (${s.reasons.join(', ')})`;
  return s.sd === null ? fmt(s.mean, digits) : `${fmt(s.mean, digits)} ± ${fmt(s.sd, digits)}`;
}

/**
 * The readable table of a result.
 * @param r - measurements (with or without norms)
 * @param lab - for marker files, the lab part of {@link analyzeFile} (markers, the file's events
 *   beside GaitLens's, per-cycle values)
 * @returns lines: one per parameter with value (± SD), left, right, norm, z, flag and quality
 *   (grade, cycles used, reasons), then events, the lab part and the overall quality
 */
export function formatAnalyzeTable(r: MeasurementsResult, lab?: LabJson): string {
  const rows = [['parameter', 'unit', 'value', 'left', 'right', 'norm', 'z', 'flag', 'quality']];
  for (const p of r.parameters) {
    const d = p.unit === 's' || p.unit === 'm' || p.unit === 'm/s' ? 2 : 1;
    const n = p.norm?.all;
    const q = p.all.grade
      ? `${p.all.grade}, n ${p.all.nUsed}${p.all.reasons.length ? `, ${p.all.reasons.join(', ')}` : ''}`
      : '—';
    rows.push([
      p.key,
      p.unit,
      cell(p.all, d),
      cell(p.left, d),
      cell(p.right, d),
      n && n.mean !== null ? `${fmt(n.mean, d)} ± ${fmt(n.sd, d)}` : '—',
      fmt(n?.z, 1),
      n?.flag ?? '—',
      q,
    ]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const lines = rows.map((row) =>
    row
      .map((v, c) => v.padEnd(widths[c]!))
      .join('  ')
      .trimEnd(),
  );
  const ev = r.counts;
  lines.push(
    '',
    `events: heel strikes L ${ev.heelStrike.left} R ${ev.heelStrike.right}, toe-offs L ${ev.toeOff.left} R ${ev.toeOff.right}; cycles L ${r.cycles.left} R ${r.cycles.right}`,
    ...(lab ? formatLabTable(lab) : []),
    `quality: ${r.quality.ok ? 'ok' : 'refused'}${r.quality.reasons.length ? ` (${r.quality.reasons.join(', ')})` : ''}`,
    'GaitLens is not a diagnostic device.',
  );
  return lines.join('\n');
}

/** What to do about a malformed lab marker file (TRC / C3D written by capture software). */
const LAB_FILE_ACTION =
  'Check the trial in the capture software that wrote it (marker labels, units, rate) and export it again from there.';

/**
 * Run the analyze command.
 * @param o - options
 * @param out - writer of stdout text (default process.stdout)
 * @param err - writer of stderr text (default process.stderr)
 * @returns exit code: 0 measured, 2 the analysis was refused (output still printed), 65 the file
 *   or mapping is malformed (the user message, the problem with its path, and the code on stderr),
 *   64 `--events file` for a file without events
 */
export function runAnalyzeCommand(
  o: AnalyzeCommandOptions,
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
): number {
  let analysed: AnalyzedFile;
  const lab = /\.(c3d|trc)$/i.test(o.file);
  try {
    const overrides = o.map ? parseMarkerMap(o.map) : undefined;
    analysed = analyzeFile(o.file, readFileSync(o.file), o.patient, overrides, o.events);
  } catch (e) {
    if (e instanceof RangeError && e.message === 'no-file-events') {
      err(
        'The file holds no foot strikes or foot offs (C3D EVENT group, contexts Left and Right), so ' +
          '--events file has nothing to use. Leave --events out to use the events GaitLens detects. [no-file-events]\n',
      );
      return 64;
    }
    if (!(e instanceof InputFormatError)) throw e;
    const m = messageFor(e.code);
    // A lab's marker file was not written by GaitLens: never advise exporting it again from GaitLens.
    const action = lab && m.action.includes('from GaitLens') ? LAB_FILE_ACTION : m.action;
    err(`${m.title}. ${e.message}. ${action} [${e.code}]\n`);
    return 65;
  }
  out(
    o.json
      ? `${JSON.stringify(analysed.json, null, 2)}\n`
      : `${formatAnalyzeTable(analysed.result, analysed.lab)}\n`,
  );
  if (analysed.result.quality.ok) return 0;
  err(`The analysis was refused: ${analysed.result.quality.reasons.join(', ')} [refused]\n`);
  return 2;
}
