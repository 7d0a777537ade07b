/**
 * Short lab trials through `gaitlens analyze`, judged against references that do not come from
 * our detector: the force plates of the OpenSim gait2354 trial (vertical force crossing 20 N), and
 * the Vicon events of the Plug-in Gait trial's C3D EVENT group.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnalyzeArgs, runAnalyzeCommand } from '../../cli/commands/analyze';
import type { LabJson } from '../../cli/commands/analyzeLab';
import { readRecording } from '../../cli/readRecording';
import type { MeasurementsJson } from '../../src/core/analysis/toMeasurementsJson';
import { pairEvents } from '../../src/core/events/pairEvents';
import type { TimedEvent } from '../../src/core/events/pairEvents';
import type { MarkerTrajectory } from '../../src/core/preprocess/fromMarkers';
import { readC3d } from '../../src/export/c3d/readC3d';
import { writeMarkerTrc } from '../helpers/markerTrc';

const OPENSIM = 'tests/fixtures/opensim-gait2354';
const PIG = '../shared/data/c3d/PiG_Motion3_FF.c3d';
const dir = mkdtempSync(join(tmpdir(), 'gaitlens-lab-'));

type Printed = MeasurementsJson & { lab: LabJson };

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

const eventsOf = (p: Printed): TimedEvent[] =>
  p.events.map((e) => ({ side: e.side, type: e.type, timeS: e.time_s }));

/**
 * Force-plate contacts of an OpenSim `.mot` (vertical force crossing `thresholdN`, linearly
 * interpolated): `ground_force_vy` acts on the right foot, `1_ground_force_vy` on the left (the
 * trial's ExternalLoads file, subject01_walk1_grf.xml).
 */
function forcePlateContacts(motPath: string, thresholdN: number): TimedEvent[] {
  const lines = readFileSync(motPath, 'utf8').split(/\r?\n/);
  const header = lines.findIndex((l) => l.trim() === 'endheader') + 1;
  const cols = lines[header]!.split('\t');
  const rows = lines
    .slice(header + 1)
    .filter((l) => l.trim())
    .map((l) => l.split('\t').map(Number));
  const t = cols.indexOf('time');
  const out: TimedEvent[] = [];
  for (const [side, name] of [
    ['right', 'ground_force_vy'],
    ['left', '1_ground_force_vy'],
  ] as const) {
    const c = cols.indexOf(name);
    for (let i = 1; i < rows.length; i++) {
      const [f0, f1] = [rows[i - 1]![c]!, rows[i]![c]!];
      const [t0, t1] = [rows[i - 1]![t]!, rows[i]![t]!];
      const at = t0 + ((thresholdN - f0) / (f1 - f0)) * (t1 - t0);
      if (f0 < thresholdN && f1 >= thresholdN) out.push({ side, type: 'heel-strike', timeS: at });
      if (f0 >= thresholdN && f1 < thresholdN) out.push({ side, type: 'toe-off', timeS: at });
    }
  }
  return out.sort((a, b) => a.timeS - b.timeS);
}

// The lab's Foot Strike / Foot Off events of the C3D EVENT group, read by readC3d.
const pigEvents = (): TimedEvent[] =>
  readC3d(new Uint8Array(readFileSync(PIG)))
    .events.filter((e) => e.context === 'Left' || e.context === 'Right')
    .map((e) => ({
      side: e.context === 'Left' ? ('left' as const) : ('right' as const),
      type: e.label === 'Foot Strike' ? ('heel-strike' as const) : ('toe-off' as const),
      timeS: e.timeS,
    }));

// A TRC excerpt [fromS, toS) of the Plug-in Gait trial, marker names and millimetres as stored.
function pigExcerpt(fromS: number, toS: number): string {
  const rec = readRecording(PIG, new Uint8Array(readFileSync(PIG)));
  if (rec.kind !== 'markers') throw new Error('not markers');
  const { fpsHz, startTimeS = 0 } = rec.input;
  const [a, b] = [Math.round((fromS - startTimeS) * fpsHz), Math.round((toS - startTimeS) * fpsHz)];
  const markers: Record<string, MarkerTrajectory> = {};
  for (const name of [
    'LASI',
    'RASI',
    'LPSI',
    'RPSI',
    'LKNE',
    'LANK',
    'LHEE',
    'LTOE',
    'RKNE',
    'RANK',
    'RHEE',
    'RTOE',
  ]) {
    const m = rec.input.markers[name]!;
    markers[name] = { x: m.x.slice(a, b), y: m.y.slice(a, b), z: m.z.slice(a, b) };
  }
  return writeMarkerTrc(
    join(dir, `pig-${fromS}-${toS}.trc`),
    markers,
    fpsHz,
    startTimeS + a / fpsHz,
  );
}

// Paired differences per type, s.
const diffs = (ours: TimedEvent[], ref: TimedEvent[], type: string): number[] =>
  pairEvents(ours, ref, 0.25)
    .filter((p) => p.type === type && p.diffS !== null)
    .map((p) => p.diffS!);

describe('gaitlens analyze on short lab trials', () => {
  it('OpenSim gait2354 treadmill trial (2.5 s, 60 Hz): names recognised, walking, every force-plate contact found', () => {
    const r = run([`${OPENSIM}/subject01_walk1.trc`, '--json']);
    const p = JSON.parse(r.out) as Printed;
    expect(p.quality.reasons).not.toContain('not-walking');
    expect(p.quality.reasons).not.toContain('pelvis-proxy');
    // the fixture's README and OpenSim's gait2354_Scale_MarkerSet.xml name these markers
    expect(p.lab.marker_sets).toEqual(['OpenSim gait2354/2392']);
    expect(p.lab.markers.left).toMatchObject({ heel: 'L.Heel', toe: 'L.Toe.Tip' });
    expect(p.lab.markers.right).toMatchObject({ heel: 'R.Heel', toe: 'R.Toe.Tip' });
    expect(p.lab.markers.pelvis).toEqual(['L.ASIS', 'R.ASIS', 'V.Sacral']);
    // the pelvis stays in place while the centre of pressure runs back in each stance: a treadmill;
    // the README: walking progresses along +X
    expect(p.lab.treadmill_belt?.axis).toBe('+x');
    const frameS = 1 / 60;
    const plates = forcePlateContacts(`${OPENSIM}/subject01_walk1_grf.mot`, 20).filter(
      (e) => e.timeS > 2 * frameS && e.timeS < 2.5 - 2 * frameS,
    );
    expect(plates).toHaveLength(8); // 4 contacts and 4 lift-offs inside the trial
    const pairs = pairEvents(eventsOf(p), plates, 0.25);
    expect(pairs.filter((q) => q.diffS === null)).toEqual([]); // none missed, none extra
    const to = diffs(eventsOf(p), plates, 'toe-off');
    const hs = diffs(eventsOf(p), plates, 'heel-strike');
    console.log(
      `OpenSim treadmill: belt ${p.lab.treadmill_belt?.speed_m_per_s.toFixed(2)} m/s; toe-off − plate ` +
        `${to.map((d) => (d * 1000).toFixed(0)).join(', ')} ms; heel strike − plate ${hs.map((d) => (d * 1000).toFixed(0)).join(', ')} ms`,
    );
    // measured +8..+13 ms (toe-off) and −20..−29 ms (heel strike) against the 20 N crossing
    for (const d of to) expect(Math.abs(d)).toBeLessThanOrEqual(0.02);
    for (const d of hs) expect(Math.abs(d)).toBeLessThanOrEqual(0.035);
    // one complete cycle a side, given per cycle and flagged; the right stride of the plates
    expect(p.lab.cycles.map((c) => c.side).sort()).toEqual(['left', 'right']);
    for (const c of p.lab.cycles) expect(c.flags).toEqual(['few-cycles', 'mean-refused']);
    const [rOn1, rOn2] = plates.filter((e) => e.side === 'right' && e.type === 'heel-strike');
    const rOff = plates.find(
      (e) => e.side === 'right' && e.type === 'toe-off' && e.timeS > rOn1!.timeS,
    )!;
    const right = p.lab.cycles.find((c) => c.side === 'right')!;
    const plateStride = rOn2!.timeS - rOn1!.timeS;
    expect(Math.abs(right.stride_time_s - plateStride)).toBeLessThanOrEqual(0.01); // measured 4 ms
    const plateStance = (100 * (rOff.timeS - rOn1!.timeS)) / plateStride;
    expect(Math.abs(right.stance_pct - plateStance)).toBeLessThanOrEqual(3); // measured 2.5 points
  });

  it.each([
    { fromS: 7.6, toS: 9.6, expectPaired: 7 }, // 2 s: the foot off on the last frame is not findable
    { fromS: 8.0, toS: 9.0, expectPaired: 3 }, // 1 s, not even a stride a side
  ])(
    'Plug-in Gait excerpt $fromS–$toS s as TRC: walking, the Vicon events found ($expectPaired paired)',
    ({ fromS, toS, expectPaired }) => {
      const r = run([pigExcerpt(fromS, toS), '--json']);
      const p = JSON.parse(r.out) as Printed;
      expect(p.quality.reasons).not.toContain('not-walking');
      expect(p.quality.reasons).not.toContain('pelvis-proxy');
      expect(p.lab.marker_sets).toEqual(['Plug-in Gait', 'Helen Hayes']);
      const lab = pigEvents().filter((e) => e.timeS >= fromS && e.timeS < toS);
      const pairs = pairEvents(eventsOf(p), lab, 0.25);
      expect(pairs.filter((q) => q.diffS !== null)).toHaveLength(expectPaired);
      expect(pairs.filter((q) => q.referenceS === null)).toEqual([]); // no event the lab lacks
      // measured toe-off −11..+20 ms; heel strike −8..−1 ms (heel on the floor, refineHeelStrikes;
      // Zeni alone was 51–64 ms early)
      console.log(
        `PiG excerpt ${fromS}–${toS} s: toe-off − Vicon ${diffs(eventsOf(p), lab, 'toe-off').map((d) => (d * 1000).toFixed(0))} ms; ` +
          `heel strike − Vicon ${diffs(eventsOf(p), lab, 'heel-strike').map((d) => (d * 1000).toFixed(0))} ms`,
      );
      for (const d of diffs(eventsOf(p), lab, 'toe-off'))
        expect(Math.abs(d)).toBeLessThanOrEqual(0.025);
      for (const d of diffs(eventsOf(p), lab, 'heel-strike'))
        expect(Math.abs(d)).toBeLessThanOrEqual(0.01);
      for (const c of p.lab.cycles) expect(c.flags).toContain('few-cycles');
    },
  );

  it("gaitlens analyze PiG.c3d shows the file's events beside GaitLens's; --events file analyses with the file's", () => {
    const lab = pigEvents();
    const detected = JSON.parse(run([PIG, '--json']).out) as Printed;
    expect(detected.lab.events_used).toBe('detected');
    expect(detected.lab.file_events.map((e) => e.time_s).sort()).toEqual(
      lab.map((e) => e.timeS).sort(),
    );
    const paired = detected.lab.event_pairs.filter((q) => q.diff_ms !== null);
    expect(paired).toHaveLength(12);
    for (const q of paired) expect(q.diff_ms).toBeCloseTo((q.gaitlens_s! - q.file_s!) * 1000, 0);
    const table = run([PIG]).out;
    expect(table).toContain("the file's events beside GaitLens's");
    expect(table).toMatch(/left\s+heel-strike\s+7\.850\s+7\.\d{3}\s+-\d+/);
    const used = run([PIG, '--json', '--events', 'file']);
    const p = JSON.parse(used.out) as Printed;
    expect(used.code).toBe(0);
    expect(p.lab.events_used).toBe('file');
    expect(eventsOf(p).map((e) => e.timeS)).toEqual(lab.map((e) => e.timeS).sort((a, b) => a - b));
    expect(p.events.every((e) => e.source === 'import')).toBe(true);
    // stride times from the lab's own foot strikes: 1.07–1.08 s (EVENT group, 7.31 → 8.38 s …)
    const stride = p.parameters.find((q) => q.key === 'strideTimeS')!;
    expect(stride.all.mean).toBeCloseTo((1.07 + 1.08 + 1.08 + 1.08) / 4, 3);
    const none = run([`${OPENSIM}/subject01_walk1.trc`, '--events', 'file']);
    expect(none.code).toBe(64);
    expect(none.err).toContain('[no-file-events]');
  });

  it('OpenSim trial: readRecording recognises the OpenSim heel, toe and pelvis markers and Y up', () => {
    const rec = readRecording(
      'subject01_walk1.trc',
      readFileSync(`${OPENSIM}/subject01_walk1.trc`),
    );
    if (rec.kind !== 'markers') throw new Error('expected markers');
    expect(rec.input.left).toMatchObject({ heel: 'L.Heel', toe: 'L.Toe.Tip' });
    expect(rec.input.right).toMatchObject({ heel: 'R.Heel', toe: 'R.Toe.Tip' });
    expect(rec.input.pelvis).toEqual(['L.ASIS', 'R.ASIS', 'V.Sacral']);
    expect([rec.input.verticalAxis, rec.input.verticalSign]).toEqual(['y', 1]);
  });

  it('renamed heel markers: the lab markers were not recognised, with --map, never "from GaitLens"', () => {
    const renamed = readFileSync(`${OPENSIM}/subject01_walk1.trc`, 'utf8').replaceAll(
      'Heel',
      'Calx',
    );
    const file = join(dir, 'renamed-heels.trc');
    writeFileSync(file, renamed);
    const r = run([file, '--json']);
    expect(r.code).toBe(65);
    expect(r.err).toContain('[unknown-markers]');
    expect(r.err).toContain('--map');
    expect(r.err).not.toContain('from GaitLens');
  });
});
