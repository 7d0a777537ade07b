/**
 * `gaitlens analyze <file> [--json] [--height-cm N] [--age N --sex f|m] [--map …]`: gait events
 * and spatiotemporal parameters of a skeleton JSON, or a TRC or C3D marker file, with the same core
 * functions as the app (`analyzeSkeleton` / `analyzeGait(fromMarkers(…))`, `applyNorms`,
 * `toMeasurementsJson`). Prints one JSON object (docs/measurements-format.md) or a table.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PATIENT_OPTIONS, parsePatientArgs } from '../patientArgs';
import { analyzeGait } from '../../src/core/analysis/analyzeGait';
import { analyzeSkeleton } from '../../src/core/analysis/analyzeSkeleton';
import { toMeasurementsJson } from '../../src/core/analysis/toMeasurementsJson';
import type { MeasurementsJson } from '../../src/core/analysis/toMeasurementsJson';
import type { MeasurementsResult } from '../../src/core/analysis/types';
import { InputFormatError } from '../../src/core/errors';
import { applyNorms } from '../../src/core/norms/applyNorms';
import type { Patient } from '../../src/core/norms/types';
import type { ParamStat } from '../../src/core/params/types';
import { fromMarkers } from '../../src/core/preprocess/fromMarkers';
import { videoMarkerCutoffHz } from '../../src/export/videoMarkerCutoffHz';
import { messageFor } from '../../src/ui/messages';
import { parseMarkerMap, readRecording } from '../readRecording';
import type { MarkerOverrides } from '../readRecording';

/** Usage line of the analyze command. */
export const ANALYZE_USAGE =
  '  gaitlens analyze <skeleton.json|markers.trc|trial.c3d> [--json] [--height-cm N] [--age N --sex f|m]\n' +
  '                   [--map left.heel=LHEE,right.toe=RTOE,pelvis=LASI+RASI+LPSI+RPSI]';

/** Options of the analyze command. */
export interface AnalyzeCommandOptions {
  file: string;
  json: boolean;
  patient: Patient;
  /** Raw `--map` text (parsed when the file is read, so its errors get a message). */
  map?: string;
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
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) return null;
  const patient = parsePatientArgs(values);
  if (!patient) return null;
  return { file, json: values.json ?? false, patient, ...(values.map ? { map: values.map } : {}) };
}

/**
 * Analyse one file (what the command computes, without printing).
 * @param fileName - file name (`.c3d` / `.trc` → markers, else skeleton JSON)
 * @param contents - the file's bytes, or its text
 * @param patient - height (cm) for the video scale; age (y) and sex for norms
 * @param overrides - marker mapping for marker files
 * @returns the measurements (with norms when age is given) and their JSON object
 * @throws InputFormatError for a malformed file or mapping
 */
export function analyzeFile(
  fileName: string,
  contents: Uint8Array | string,
  patient: Patient = {},
  overrides?: MarkerOverrides,
): { result: MeasurementsResult; json: MeasurementsJson } {
  const bytes = typeof contents === 'string' ? new TextEncoder().encode(contents) : contents;
  const rec = readRecording(fileName, bytes, overrides);
  const options = patient.heightCm !== undefined ? { heightCm: patient.heightCm } : {};
  // Markers named as BlazePose landmarks are video landmarks (GaitLens, Pose2Sim): the video cut-off.
  const cutoffHz =
    rec.kind === 'markers' ? videoMarkerCutoffHz(Object.keys(rec.input.markers)) : undefined;
  const raw =
    rec.kind === 'skeleton'
      ? analyzeSkeleton(rec.skeleton, options)
      : analyzeGait(fromMarkers(rec.input), cutoffHz ? { ...options, cutoffHz } : options);
  const result =
    patient.ageYears !== undefined
      ? { ...raw, parameters: applyNorms(raw.parameters, patient) }
      : raw;
  return { result, json: toMeasurementsJson(result) };
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
 * @returns lines: one per parameter with value (± SD), left, right, norm, z, flag and quality
 *   (grade, cycles used, reasons), then events and the overall quality
 */
export function formatAnalyzeTable(r: MeasurementsResult): string {
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
 *   or mapping is malformed (the user message, the problem with its path, and the code on stderr)
 */
export function runAnalyzeCommand(
  o: AnalyzeCommandOptions,
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
): number {
  let analysed: ReturnType<typeof analyzeFile>;
  try {
    const overrides = o.map ? parseMarkerMap(o.map) : undefined;
    analysed = analyzeFile(o.file, readFileSync(o.file), o.patient, overrides);
  } catch (e) {
    if (!(e instanceof InputFormatError)) throw e;
    const m = messageFor(e.code);
    // A lab's marker file was not written by GaitLens: never advise exporting it again from GaitLens.
    const action =
      /\.(trc|c3d)$/i.test(o.file) && m.action.includes('from GaitLens')
        ? LAB_FILE_ACTION
        : m.action;
    err(`${m.title}. ${e.message}. ${action} [${e.code}]\n`);
    return 65;
  }
  out(
    o.json
      ? `${JSON.stringify(analysed.json, null, 2)}\n`
      : `${formatAnalyzeTable(analysed.result)}\n`,
  );
  if (analysed.result.quality.ok) return 0;
  err(`The analysis was refused: ${analysed.result.quality.reasons.join(', ')} [refused]\n`);
  return 2;
}
