import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatAnalyzeTable,
  parseAnalyzeArgs,
  runAnalyzeCommand,
} from '../../cli/commands/analyze';
import { parseMarkerMap } from '../../cli/readRecording';
import { analyzeGait } from '../../src/core/analysis/analyzeGait';
import { compareEvents } from '../../src/core/events/compareEvents';
import { readC3d } from '../../src/export/c3d/readC3d';
import { analyzeSkeleton } from '../../src/core/analysis/analyzeSkeleton';
import { toMeasurementsJson } from '../../src/core/analysis/toMeasurementsJson';
import { applyNorms } from '../../src/core/norms/applyNorms';
import type { MarkerTrajectory } from '../../src/core/preprocess/fromMarkers';
import type { Skeleton } from '../../src/core/skeleton/types';
import { gaitmapTrajectories } from '../core/events/gaitmapHelpers';
import { GAITMAP_MOCAP_FPS_HZ, loadGaitmapMocap } from '../fixtures/load';
import { writeMarkerTrc } from '../helpers/markerTrc';

const DEMO = 'tests/fixtures/sports2d-demo/skeleton.json';
const dir = mkdtempSync(join(tmpdir(), 'gaitlens-analyze-'));

// Run the command and capture stdout, stderr and the exit code.
function run(argv: string[]): { code: number; out: string; err: string } {
  const o = parseAnalyzeArgs(argv);
  if (!o) throw new Error(`bad arguments ${argv.join(' ')}`);
  let out = '';
  let err = '';
  const code = runAnalyzeCommand(
    o,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

// A TRC file (mm, 100 Hz) of the gaitmap foot markers, names as in the source CSV.
const writeGaitmapTrc = (markers: Record<string, MarkerTrajectory>): string =>
  writeMarkerTrc(join(dir, 'gaitmap.trc'), markers, GAITMAP_MOCAP_FPS_HZ);

describe('gaitlens analyze', () => {
  it('runAnalyzeCommand(demo skeleton, --json) prints exactly the core result of analyzeSkeleton', () => {
    const r = run([DEMO, '--json']);
    const demo = JSON.parse(readFileSync(DEMO, 'utf8')) as Skeleton;
    const core = toMeasurementsJson(analyzeSkeleton(demo));
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.out) as typeof core;
    expect(printed).toEqual(core);
    expect(printed.events.length).toBeGreaterThan(10);
    expect(printed.cadence_steps_per_min!).toBeGreaterThan(80);
    console.log(
      `analyze demo: cadence ${printed.cadence_steps_per_min?.toFixed(1)} steps/min, stance ` +
        `${printed.stance_pct?.toFixed(1)} %, toe-offs L ${printed.toe_off_count.left} R ${printed.toe_off_count.right}`,
    );
  });

  it('runAnalyzeCommand(demo, --age --sex --height-cm) adds norms and spatial values as the core does', () => {
    const r = run([DEMO, '--json', '--age', '30', '--sex', 'f', '--height-cm', '165']);
    const demo = JSON.parse(readFileSync(DEMO, 'utf8')) as Skeleton;
    const raw = analyzeSkeleton(demo, { heightCm: 165 });
    const patient = { ageYears: 30, sex: 'f' as const, heightCm: 165 };
    const core = toMeasurementsJson({ ...raw, parameters: applyNorms(raw.parameters, patient) });
    expect(JSON.parse(r.out)).toEqual(core);
    const cadence = core.parameters.find((p) => p.key === 'cadenceStepsPerMin')!;
    expect(cadence.norm?.all?.mean).not.toBeNull();
  });

  it('runAnalyzeCommand(gaitmap TRC, --json) recognises the foot markers and equals analyzeGait(fromMarkers)', () => {
    const markers = loadGaitmapMocap();
    const r = run([writeGaitmapTrc(markers), '--json']);
    expect(r.err).toBe('');
    const core = toMeasurementsJson(
      analyzeGait(gaitmapTrajectories(markers, GAITMAP_MOCAP_FPS_HZ)),
    );
    const { lab, ...printed } = JSON.parse(r.out) as typeof core & { lab: unknown };
    expect(printed).toEqual(core);
    expect(lab).toMatchObject({
      marker_sets: ['gaitmap'],
      events_used: 'detected',
      file_events: [],
    });
    expect(printed.preprocessing.cutoffHz).toBe(10); // lab markers default to 10 Hz
    expect(printed.toe_off_count.left + printed.toe_off_count.right).toBeGreaterThan(50);
    console.log(
      `analyze gaitmap TRC: cadence ${printed.cadence_steps_per_min?.toFixed(1)} steps/min, stance ` +
        `${printed.stance_pct?.toFixed(1)} %, double support ${printed.double_support_pct?.toFixed(1)} %`,
    );
  });

  // Real gait-lab trials (BTKData, BSD-3): Vicon Nexus Plug-in Gait, Intel float, 100 Hz, subject
  // "flatFoot"; and c3d.org sample09, DEC integer, 60 Hz, sacrum marker. Their EVENT groups hold the
  // lab's foot strikes and foot offs (seconds from the start of capture, as our event times).
  it.each([
    {
      file: 'PiG_Motion3_FF.c3d',
      pelvis: ['LASI', 'RASI', 'LPSI', 'RPSI'],
      frameS: 0.01,
      hsMedianS: 0.01,
    },
    { file: 'PlugInC3D.c3d', pelvis: ['LASI', 'RASI', 'SACR'], frameS: 1 / 60, hsMedianS: 0.022 },
  ])(
    'runAnalyzeCommand($file, --json) reads the C3D, finds Zeni events near the lab events and says how near',
    ({ file, frameS, hsMedianS }) => {
      const path = `../shared/data/c3d/${file}`;
      const r = run([path, '--json']);
      expect(r.err).toBe('');
      const printed = JSON.parse(r.out) as ReturnType<typeof toMeasurementsJson>;
      expect(printed.eventMethod).toBe('zeni');
      expect(printed.quality.reasons).not.toContain('pelvis-proxy'); // the pelvis markers were found
      const lab = readC3d(new Uint8Array(readFileSync(path)))
        .events.filter((e) => e.context === 'Left' || e.context === 'Right')
        .map((e) => ({
          side: e.context === 'Left' ? ('left' as const) : ('right' as const),
          type: e.label === 'Foot Strike' ? ('heel-strike' as const) : ('toe-off' as const),
          timeS: e.timeS,
        }));
      const ours = printed.events.map((e) => ({ side: e.side, type: e.type, timeS: e.time_s }));
      const [hs, to] = (['heel-strike', 'toe-off'] as const).map((type) =>
        compareEvents(ours, lab, type, 0.1),
      );
      console.log(
        `${file}: heel strike median |e| ${(hs!.medianAbsErrorS * 1000).toFixed(1)} ms, bias ` +
          `${(hs!.biasS * 1000).toFixed(1)} ms (${hs!.nMatched} of ${hs!.nMatched + hs!.misses}); toe-off median |e| ` +
          `${(to!.medianAbsErrorS * 1000).toFixed(1)} ms, bias ${(to!.biasS * 1000).toFixed(1)} ms ` +
          `(${to!.nMatched} of ${to!.nMatched + to!.misses}); cadence ${printed.cadence_steps_per_min?.toFixed(1)}`,
      );
      // every lab event but at most one at each end of the short trial has a partner
      expect(hs!.misses + to!.misses).toBeLessThanOrEqual(2);
      // the lab labelled only part of the trial: extras count within the span it labelled
      const first = Math.min(...lab.map((e) => e.timeS));
      const last = Math.max(...lab.map((e) => e.timeS));
      const inSpan = ours.filter((e) => e.timeS >= first - 0.1 && e.timeS <= last + 0.1);
      const [hsIn, toIn] = (['heel-strike', 'toe-off'] as const).map((type) =>
        compareEvents(inSpan, lab, type, 0.1),
      );
      expect(hsIn!.extras + toIn!.extras).toBeLessThanOrEqual(2);
      // toe-off within two frames of the lab's
      expect(to!.medianAbsErrorS).toBeLessThanOrEqual(2 * frameS);
      // Heel strike where the heel reaches the floor (refineHeelStrikes): measured median 5.5 ms
      // (PiG, 100 Hz; Zeni alone was 60 ms early) and 21.0 ms (sample09, 60 Hz, 15 ms late).
      expect(hs!.medianAbsErrorS).toBeLessThanOrEqual(hsMedianS);
    },
  );

  it('runAnalyzeCommand(file) without --json prints a table with value, L/R, norm, z, flag and quality', () => {
    const r = run([DEMO, '--age', '30', '--sex', 'm']);
    const header = r.out.split('\n')[0]!;
    for (const col of ['value', 'left', 'right', 'norm', 'z', 'flag', 'quality'])
      expect(header).toContain(col);
    expect(r.out).toMatch(/^cadenceStepsPerMin\s+steps\/min\s+\d+\.\d/m);
    expect(r.out).toContain('not a diagnostic device');
    const demo = JSON.parse(readFileSync(DEMO, 'utf8')) as Skeleton;
    const raw = analyzeSkeleton(demo);
    expect(r.out).toBe(
      `${formatAnalyzeTable({ ...raw, parameters: applyNorms(raw.parameters, { ageYears: 30, sex: 'm' }) })}\n`,
    );
  });

  it('runAnalyzeCommand(malformed files) exits non-zero with the user message, the problem and its code', () => {
    const badJson = join(dir, 'bad.json');
    writeFileSync(badJson, '{"format": "gaitlens.skeleton/1", "frames": [');
    const a = run([badJson]);
    expect(a.code).not.toBe(0);
    expect(a.out).toBe('');
    expect(a.err).toMatch(/\[not-json\]/);
    const badTrc = join(dir, 'bad.trc');
    writeFileSync(badTrc, 'PathFileType\t4\nDataRate\tCameraRate\n100\t100\n');
    const b = run([badTrc]);
    expect(b.code).not.toBe(0);
    expect(b.err).toContain('The TRC header has no Units');
    expect(b.err).toContain('line 2');
    expect(b.err).toMatch(/\[not-trc\]/);
    const noFeet = join(dir, 'nofeet.trc');
    writeFileSync(
      noFeet,
      'PathFileType\t4\nDataRate\tCameraRate\tUnits\n100\t100\tmm\nFrame#\tTime\tHEAD\t\t\n\t\tX1\tY1\tZ1\n1\t0\t1\t2\t3\n',
    );
    const c = run([noFeet]);
    expect(c.code).toBe(65);
    expect(c.err).toContain('no left heel and toe markers recognised among HEAD');
    expect(c.err).toContain('--map left.heel=NAME,left.toe=NAME');
    expect(c.err).not.toContain('from GaitLens'); // a lab's file: never "export it again from GaitLens"
    expect(c.err).toMatch(/\[unknown-markers\]/);
  });

  it('parseMarkerMap(text) reads sides from prefixes or keys and refuses unknown points', () => {
    expect(parseMarkerMap('heel=LHEE,toe=LTOE,right.heel=RHEE,pelvis=LASI+RASI')).toEqual({
      left: { heel: 'LHEE', toe: 'LTOE' },
      right: { heel: 'RHEE' },
      pelvis: ['LASI', 'RASI'],
    });
    expect(() => parseMarkerMap('elbow=LELB')).toThrow(/elbow=LELB/);
    expect(parseAnalyzeArgs(['x.json', '--sex', 'x'])).toBeNull();
  });
});
