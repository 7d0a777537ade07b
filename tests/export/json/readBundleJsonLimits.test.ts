/**
 * The malformed-input table of readBundleJson on a real bundle: values no gait can have, and values that
 * contradict the rest of the file (the main table, on the synthetic bundle, is readBundleJson.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InputFormatError } from '../../../src/core/errors';
import type { InputFormatCode } from '../../../src/core/errors';
import { analyzeRecording } from '../../../src/core/pipeline/analyzeRecording';
import type { GaitBundle } from '../../../src/export/json/bundleTypes';
import { readBundleJson } from '../../../src/export/json/readBundleJson';
import { readSkeletonJson } from '../../../src/export/json/readSkeletonJson';
import { writeBundleJson } from '../../../src/export/json/writeBundleJson';
import { toJsonValue } from '../../../src/store/toJsonValue';
import { makeSyntheticBundle } from '../fixtures/syntheticBundle';
import { caughtInputFormatError } from '../../helpers/caughtInputFormatError';

/** A mutable JSON tree of the bundle, for breaking it in one place. */
type Tree = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function refusal(text: string): InputFormatError {
  return caughtInputFormatError(() => readBundleJson(text));
}

// Malformed-input table on a real bundle: the demo skeleton (Sports2D video, 230 frames, 0–7.63 s)
// with its analysis, as `gaitlens export demo --format json` writes it; each case changes one value.
const demo = readSkeletonJson(readFileSync('tests/fixtures/sports2d-demo/skeleton.json', 'utf8'));
const demoBundleText = (() => {
  const m = analyzeRecording(demo).measurements;
  const bundle: GaitBundle = {
    ...makeSyntheticBundle(),
    patient: null,
    skeleton: demo,
    events: m.events,
    eventEdits: [],
    measurements: toJsonValue(m),
  };
  return writeBundleJson(bundle);
})();
const demoTree = (): Tree => JSON.parse(demoBundleText) as Tree;
const param = (t: Tree, key: string): Tree =>
  (t.measurements.parameters as Tree[]).find((p) => p.key === key)!;
const at = (t: Tree, key: string): number =>
  (t.measurements.parameters as Tree[]).findIndex((p) => p.key === key);
type RealCase = [
  name: string,
  f: (t: Tree) => void,
  code: InputFormatCode,
  path: (t: Tree) => string,
  says: RegExp,
];
const P = (key: string, rest: string) => (t: Tree) =>
  `measurements.parameters[${at(t, key)}].${rest}`;
const realCases: RealCase[] = [
  [
    'cadence −5 steps/min',
    (t) => (param(t, 'cadenceStepsPerMin').all.mean = -5),
    'schema',
    P('cadenceStepsPerMin', 'all.mean'),
    /cadenceStepsPerMin -5 steps\/min is not possible: it must be above 0/,
  ],
  [
    'cadence 0 steps/min',
    (t) => (param(t, 'cadenceStepsPerMin').all.mean = 0),
    'schema',
    P('cadenceStepsPerMin', 'all.mean'),
    /above 0/,
  ],
  [
    'cadence 5000 steps/min',
    (t) => (param(t, 'cadenceStepsPerMin').left.mean = 5000),
    'schema',
    P('cadenceStepsPerMin', 'left.mean'),
    /at most 400/,
  ],
  [
    'left stance 105 %',
    (t) => (param(t, 'stancePct').left.mean = 105),
    'schema',
    P('stancePct', 'left.mean'),
    /stancePct 105 % is not possible.*at most 100/,
  ],
  [
    'double support −3 %',
    (t) => (param(t, 'doubleSupportPct').all.mean = -3),
    'schema',
    P('doubleSupportPct', 'all.mean'),
    /at least 0/,
  ],
  [
    'step time −0.6 s',
    (t) => (param(t, 'stepTimeS').right.mean = -0.6),
    'schema',
    P('stepTimeS', 'right.mean'),
    /stepTimeS -0\.6 s is not possible/,
  ],
  [
    'stride time 0 s',
    (t) => (param(t, 'strideTimeS').all.mean = 0),
    'schema',
    P('strideTimeS', 'all.mean'),
    /above 0/,
  ],
  [
    'swing 90 s',
    (t) => (param(t, 'swingS').all.mean = 90),
    'schema',
    P('swingS', 'all.mean'),
    /at most 60 s/,
  ],
  [
    'speed 40 m/s',
    (t) => (param(t, 'speedMPerS').all.mean = 40),
    'schema',
    P('speedMPerS', 'all.mean'),
    /at most 15/,
  ],
  [
    'cadence as text "98"',
    (t) => (param(t, 'cadenceStepsPerMin').all.mean = '98'),
    'schema',
    P('cadenceStepsPerMin', 'all.mean'),
    /number/,
  ],
  [
    'nUsed as text "7"',
    (t) => (param(t, 'cadenceStepsPerMin').all.nUsed = '7'),
    'schema',
    P('cadenceStepsPerMin', 'all.nUsed'),
    /number/,
  ],
  [
    'nUsed −1',
    (t) => (param(t, 'stepTimeS').all.nUsed = -1),
    'schema',
    P('stepTimeS', 'all.nUsed'),
    /must not be negative/,
  ],
  [
    'nUsed 2.5',
    (t) => (param(t, 'stepTimeS').all.nUsed = 2.5),
    'schema',
    P('stepTimeS', 'all.nUsed'),
    /whole number/,
  ],
  [
    'nDropped null',
    (t) => (param(t, 'stepTimeS').all.nDropped = null),
    'schema',
    P('stepTimeS', 'all.nDropped'),
    /number/,
  ],
  [
    'negative SD',
    (t) => (param(t, 'stepTimeS').all.sd = -0.02),
    'schema',
    P('stepTimeS', 'all.sd'),
    /must not be negative/,
  ],
  [
    'grade "D"',
    (t) => (param(t, 'stepTimeS').all.grade = 'D'),
    'schema',
    P('stepTimeS', 'all.grade'),
    /"A"\|"B"\|"C"|option/,
  ],
  [
    'cycle count −1',
    (t) => (t.measurements.cycles.left = -1),
    'schema',
    () => 'measurements.cycles.left',
    /must not be negative/,
  ],
  [
    'measured event with unknown side',
    (t) => (t.measurements.events[0].side = 'middle'),
    'schema',
    () => 'measurements.events[0].side',
    /left|right/,
  ],
  [
    'measured event at 99 s in a 7.63 s recording',
    (t) => (t.measurements.events[3].timeS = 99),
    'inconsistent',
    () => 'measurements.events[3].timeS',
    /event at 99 s lies outside the recording \(0 to 7\.633333 s\)/,
  ],
  [
    'event at 30 s in a 7.63 s recording',
    (t) => (t.events[0].timeS = 30),
    'inconsistent',
    () => 'events[0].timeS',
    /outside the recording/,
  ],
  [
    'added event at 20 s',
    (t) => t.eventEdits.push({ op: 'add', event: { ...t.events[0], timeS: 20 } }),
    'inconsistent',
    () => 'eventEdits[0].event.timeS',
    /event at 20 s/,
  ],
  [
    'skeleton fpsHz 1000 for 30 Hz frame times',
    (t) => (t.skeleton.fpsHz = 1000),
    'inconsistent',
    () => 'skeleton.fpsHz',
    /fpsHz 1000 disagrees with the frame times/,
  ],
];

describe('readBundleJson(text) refuses implausible or contradictory values in a real bundle', () => {
  it('readBundleJson(demo bundle) reads the real bundle with all its measurements (no false refusal)', () => {
    const b = readBundleJson(demoBundleText);
    expect(b.measurements).toEqual(JSON.parse(demoBundleText).measurements);
    expect(b.events).toHaveLength(16);
  });

  it.each(realCases)('readBundleJson(demo bundle) refuses: %s', (_name, f, code, path, says) => {
    const t = demoTree();
    f(t);
    const err = refusal(JSON.stringify(t));
    expect(err.code).toBe(code);
    expect(err.path).toBe(path(demoTree()));
    expect(err.message).toMatch(says);
    expect(err.message).toContain(err.path);
  });
});
