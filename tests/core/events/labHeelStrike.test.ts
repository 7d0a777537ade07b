import { describe, expect, it } from 'vitest';
import { prepareGait } from '../../../src/core/analysis/analyzeGait';
import { compareEvents } from '../../../src/core/events/compareEvents';
import type { EventAgreement, ReferenceEvent } from '../../../src/core/events/compareEvents';
import { correctFilterBias } from '../../../src/core/events/correctFilterBias';
import { refineHeelStrikes } from '../../../src/core/events/refineHeelStrikes';
import { detectEventsZeni } from '../../../src/core/events/zeni';
import type { GaitEvent, GaitEventType } from '../../../src/core/events/types';
import { quantile } from '../../../src/core/math/summarize';
import { loadOpenSim, loadPiG, loadSample09, treadmillPrep } from './labTrials';

// Acceptance target (issue 13 point 3), against references no marker trajectory produced: the
// C3D files' own Vicon events and force-plate contacts (vertical force through 20 N).
const MEDIAN_TARGET_S = 0.01;
const MAX_TARGET_S = 0.033;
const MATCH_S = 0.12; // well under half the shortest step (0.5 s)

const worst = (a: EventAgreement): number => quantile(a.errorsS.map(Math.abs), 1);
function agree(label: string, events: GaitEvent[], refs: ReferenceEvent[], type: GaitEventType) {
  const a = compareEvents(events, refs, type, MATCH_S);
  console.log(
    `${label} ${type}: median |e| ${(a.medianAbsErrorS * 1000).toFixed(1)} ms, p95 ` +
      `${(a.p95AbsErrorS * 1000).toFixed(1)} ms, worst ${(worst(a) * 1000).toFixed(1)} ms, bias ` +
      `${(a.biasS * 1000).toFixed(1)} ms, matched ${a.nMatched} of ${a.nMatched + a.misses}`,
  );
  return a;
}

// The app's pipeline for lab markers (10 Hz low-pass, Zeni, filter-bias correction, heel on floor).
const pig = loadPiG();
const pigEvents = prepareGait(pig.traj).detected.events;
const s09 = loadSample09();
const s09Events = prepareGait(s09.traj).detected.events;

describe('heel strike and toe-off of lab markers against independent references', () => {
  it('PiG_Motion3_FF (100 Hz): heel strike median ≤ 10 ms and none beyond 33 ms of the Vicon events and force plates', () => {
    for (const [label, refs] of [
      ['PiG vs Vicon events', pig.labEvents],
      ['PiG vs force plates', pig.plateEvents],
    ] as const) {
      // measured: heel strike median 6.2 / 8.6 ms, worst 8.0 / 9.6 ms (events / plates); toe-off
      // median 7.4 / 4.2 ms, worst 20.3 / 5.1 ms. Zeni alone: heel strike 60 ms early.
      const hs = agree(label, pigEvents, refs, 'heel-strike');
      expect(hs.misses).toBe(0); // 7.31 s, next to the trial's start, is found as an open-edge extremum
      expect(hs.medianAbsErrorS).toBeLessThanOrEqual(MEDIAN_TARGET_S);
      expect(worst(hs)).toBeLessThanOrEqual(MAX_TARGET_S);
      const to = agree(label, pigEvents, refs, 'toe-off');
      expect(to.medianAbsErrorS).toBeLessThanOrEqual(MEDIAN_TARGET_S);
      expect(worst(to)).toBeLessThanOrEqual(MAX_TARGET_S);
    }
  });

  // Reported, not the 100 Hz target: at 60 Hz this heel reaches its floor 20–30 ms after the
  // plate's contact (heel strike median 21.0 / 28.8 ms, worst 49.2 / 40.2 ms vs events / plates;
  // toe-off median 25.4 / 27.2 ms, worst 34.7 / 46.5 ms). Bounds: the measured values.
  it('PlugInC3D (c3d.org sample09, 60 Hz): every event within 3 frames of the Vicon events and plates', () => {
    for (const [label, refs] of [
      ['sample09 vs Vicon events', s09.labEvents],
      ['sample09 vs force plates', s09.plateEvents],
    ] as const) {
      const hs = agree(label, s09Events, refs, 'heel-strike');
      expect(hs.misses).toBe(0);
      expect(hs.medianAbsErrorS).toBeLessThanOrEqual(0.03);
      expect(worst(hs)).toBeLessThanOrEqual(0.05);
      const to = agree(label, s09Events, refs, 'toe-off');
      expect(to.misses).toBe(0);
      expect(to.medianAbsErrorS).toBeLessThanOrEqual(0.028);
      expect(worst(to)).toBeLessThanOrEqual(0.047);
    }
  });

  it('OpenSim subject01_walk1 (treadmill, 60 Hz): events within 2 frames of its force plates (reported)', () => {
    const trial = loadOpenSim();
    const prep = treadmillPrep(trial); // treadmill: one bout given by hand
    const zeni = detectEventsZeni(prep);
    const corrected = correctFilterBias(zeni.events, prep, detectEventsZeni).events;
    const { events } = refineHeelStrikes({ ...zeni, events: corrected }, prep); // as prepareGait
    // measured: heel strike median 23.9 ms early, worst 28.6 ms (the heel is already at its floor
    // height at Zeni's instant, so the refinement keeps it); toe-off median 9.8, worst 13.0 ms
    for (const [type, medianS, worstS] of [
      ['heel-strike', 0.025, 0.03],
      ['toe-off', 0.01, 0.014],
    ] as const) {
      const a = agree('OpenSim vs force plates', events, trial.plateEvents, type);
      expect(a.misses).toBeLessThanOrEqual(1); // a contact in the last 0.05 s is outside the bout
      expect(a.medianAbsErrorS).toBeLessThanOrEqual(medianS);
      expect(worst(a)).toBeLessThanOrEqual(worstS);
    }
  });
});
