/**
 * `gaitlens export <skeleton.json|bundle.json> --format json|csv|trc|c3d|fhir -o <file>`: writes a
 * session with the app's own writers (src/export/formats.ts). A bare skeleton is analysed first with
 * `analyzeRecording` (the same pipeline as the app) for the events and measurements.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { InputFormatError } from '../../src/core/errors';
import type { Patient } from '../../src/core/norms/types';
import { analyzeRecording } from '../../src/core/pipeline/analyzeRecording';
import { decryptBundle, isEncryptedEnvelope } from '../../src/export/crypto/decryptBundle';
import { encryptBundle } from '../../src/export/crypto/encryptBundle';
import { exportSourceFromBundle } from '../../src/export/exportSource';
import { EXPORT_FORMATS, exportFormat } from '../../src/export/formats';
import type { ExportFormatId, ExportSource } from '../../src/export/formats';
import { BUNDLE_FORMAT } from '../../src/export/json/bundleTypes';
import type { GaitBundle } from '../../src/export/json/bundleTypes';
import { readBundleJson } from '../../src/export/json/readBundleJson';
import { readSkeletonJson } from '../../src/export/json/readSkeletonJson';
import { analysisPatient } from '../../src/store/analysisPatient';
import { toJsonValue } from '../../src/store/toJsonValue';
import { writeOutputFile } from '../writeOutputFile';

/** Usage line of the export command. */
export const EXPORT_USAGE =
  '  gaitlens export <skeleton.json|bundle.json> --format json|csv|trc|c3d|fhir -o <file> [--passphrase-env VAR]';

/** Short format names of the command, and the registry format each one writes. */
export const EXPORT_ALIASES: Readonly<Record<string, ExportFormatId>> = Object.freeze({
  json: 'bundle-json',
  csv: 'landmarks-csv',
  trc: 'trc',
  c3d: 'c3d',
  fhir: 'fhir-json',
});

/** Options of the export command. */
export interface ExportCommandOptions {
  input: string;
  format: ExportFormatId;
  out: string;
  /** Passphrase (from the environment variable named by `--passphrase-env`): decrypts an encrypted
   * input, and encrypts a JSON bundle output. */
  passphrase: string | null;
}

/**
 * Parse the export command's arguments.
 * @param argv - arguments after `export`
 * @param env - environment (for `--passphrase-env`)
 * @returns the options, or null when they are invalid
 */
export function parseExportArgs(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): ExportCommandOptions | null {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      'passphrase-env': { type: 'string' },
    },
  });
  const input = positionals[0];
  const name = values.format ?? '';
  const format = EXPORT_ALIASES[name] ?? EXPORT_FORMATS.find((f) => f.id === name)?.id;
  if (!input || positionals.length > 1 || !format || !values.out) return null;
  const envName = values['passphrase-env'];
  const passphrase = envName === undefined ? null : (env[envName] ?? '');
  return { input, format, out: values.out, passphrase };
}

/**
 * The writers' input for a bundle or skeleton file's text.
 * @param text - a `gaitlens.bundle/1` or `gaitlens.skeleton/1` JSON text
 * @param patient - patient for the analysis of a bare skeleton (a bundle uses its own patient)
 * @returns bundle, final events and parameters; a skeleton, or a bundle without measurements, is analysed
 *   with analyzeRecording (a bundle's manual event edits are applied)
 * @throws InputFormatError for a malformed file or another kind of file
 */
export function exportSourceFromText(text: string, patient: Patient = {}): ExportSource {
  const isBundle = /"format"\s*:\s*"gaitlens\.bundle\//.test(text.slice(0, 4096));
  if (isBundle) {
    const b = readBundleJson(text);
    try {
      return exportSourceFromBundle(b);
    } catch {
      const who = b.patient ? analysisPatient(b.patient, b.session.dateIso) : patient;
      const r = analyzeRecording(b.skeleton, { patient: who, edits: b.eventEdits });
      const measurements = toJsonValue(r.measurements);
      return exportSourceFromBundle({ ...b, measurements, report: toJsonValue(r.report) });
    }
  }
  const skeleton = readSkeletonJson(text);
  const r = analyzeRecording(skeleton, { patient });
  const bundle: GaitBundle = {
    format: BUNDLE_FORMAT,
    createdIso: new Date().toISOString(),
    software: 'GaitLens CLI',
    patient: null,
    session: {
      dateIso: skeleton.capture.createdIso,
      condition: { aid: '', footwear: '', distanceM: null, cameraView: 'unknown' },
      operatorNotes: '',
    },
    skeleton,
    events: r.measurements.events,
    eventEdits: [],
    measurements: toJsonValue(r.measurements),
    tokens: null,
    report: toJsonValue(r.report),
  };
  return exportSourceFromBundle(bundle);
}

/**
 * Run the export command.
 * @param o - input, format, output and passphrase
 * @returns exit code 0
 * @throws InputFormatError for a malformed input; DecryptError for a wrong or missing passphrase
 */
export async function runExportCommand(o: ExportCommandOptions): Promise<number> {
  let text = readFileSync(o.input, 'utf8');
  if (isEncryptedEnvelope(text)) {
    if (o.passphrase === null)
      throw new InputFormatError(
        'wrong-format',
        'The file is encrypted; give its passphrase with --passphrase-env VAR',
      );
    text = (await decryptBundle(text, o.passphrase)).text;
  }
  const f = exportFormat(o.format);
  const out = f.write(exportSourceFromText(text));
  const data =
    f.id === 'bundle-json' && o.passphrase !== null
      ? await encryptBundle(out as string, o.passphrase)
      : out;
  writeOutputFile(o.out, data);
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  console.error(`gaitlens export: wrote ${o.out} (${f.label}, ${bytes} bytes)`);
  return 0;
}
