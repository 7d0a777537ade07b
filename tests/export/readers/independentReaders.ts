/**
 * The independent readers of ../shared/tools/readers (py-c3d 0.6.0, and a transliteration of OpenSim's TRC
 * tokenizer), called from tests with python3. Nothing of them is copied here: the files are run in place.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Folder of the readers, relative to the repository root (vitest's working directory). */
export const READERS_DIR = resolve('../shared/tools/readers');

/** Whether python3 with numpy runs here; tests that need it are skipped with this message otherwise. */
export const PYTHON_OK =
  spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' }).status === 0;
/** Why reader tests are skipped when {@link PYTHON_OK} is false. */
export const NO_PYTHON_MESSAGE =
  'python3 with numpy is missing: the independent-reader tests (py-c3d, OpenSim TRC tokenizer) cannot run';
if (!PYTHON_OK) console.warn(NO_PYTHON_MESSAGE);

/** What `c3d_read.py` prints for a file py-c3d reads. */
export interface PyC3dSummary {
  ok: boolean;
  error?: string;
  points: number;
  labels: string[];
  rate_hz: number;
  frames: number;
  first_frame: number;
  units: string | null;
  valid_samples: number;
  nan_in_valid: number;
  events: { label: string | null; context: string | null; time_s: number }[];
  warnings: string[];
}

function tempFile(name: string, contents: Uint8Array | string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gaitlens-reader-')), name);
  writeFileSync(path, contents);
  return path;
}

function python(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('python3', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Read a C3D file with py-c3d through `c3d_read.py`.
 * @param bytes - the file
 * @returns the reader's JSON summary (`ok: false` with the reader's error when py-c3d refuses the file)
 */
export function readC3dWithPyC3d(bytes: Uint8Array): PyC3dSummary {
  const r = python([join(READERS_DIR, 'c3d_read.py'), tempFile('export.c3d', bytes)]);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as PyC3dSummary;
}

/**
 * Point coordinates of chosen markers and frames as py-c3d's `Reader.read_frames` returns them.
 * @param bytes - the file
 * @param labels - marker labels (as in POINT:LABELS, trimmed)
 * @param frames - frame offsets from the first frame (0-based)
 * @returns per label, per frame: [x, y, z, residual] in the file's units (residual −1: invalid)
 */
export function pyC3dPoints(
  bytes: Uint8Array,
  labels: readonly string[],
  frames: readonly number[],
): Record<string, number[][]> {
  const script = [
    'import json, sys',
    `sys.path.insert(0, ${JSON.stringify(join(READERS_DIR, 'py-c3d'))})`,
    'import c3d',
    'r = c3d.Reader(open(sys.argv[1], "rb"))',
    'names = [l.strip() for l in r.point_labels]',
    'want, frames = json.loads(sys.argv[2]), set(json.loads(sys.argv[3]))',
    'out = {w: [] for w in want}',
    'for k, (_, pts, _) in enumerate(r.read_frames()):',
    '    if k in frames:',
    '        for w in want: out[w].append([float(v) for v in pts[names.index(w)][:4]])',
    'print(json.dumps(out))',
  ].join('\n');
  const file = tempFile('export.c3d', bytes);
  const r = python(['-c', script, file, JSON.stringify(labels), JSON.stringify(frames)]);
  if (r.status !== 0) throw new Error(`py-c3d failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, number[][]>;
}

/**
 * Check a TRC file the way OpenSim's TRCFileAdapter tokenises it (`opensim_trc_check.py`).
 * @param text - the TRC text
 * @returns the checker's verdict after `->`: `OK: N rows, M markers, K missing marker samples (NaN), units U`
 *   or OpenSim's error
 */
export function checkTrcWithOpenSim(text: string): string {
  const r = python([join(READERS_DIR, 'opensim_trc_check.py'), tempFile('export.trc', text)]);
  if (r.status !== 0) return `checker crashed: ${r.stderr.trim().split('\n').pop() ?? ''}`;
  return r.stdout.trim().split(' -> ').pop() ?? '';
}
