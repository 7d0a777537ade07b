import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeRecording } from '../../../src/core/pipeline/analyzeRecording';
import { InputFormatError } from '../../../src/core/errors';
import type { InputFormatCode } from '../../../src/core/errors';
import type { GaitBundle } from '../../../src/export/json/bundleTypes';
import { readBundleJson } from '../../../src/export/json/readBundleJson';
import { readSkeletonJson } from '../../../src/export/json/readSkeletonJson';
import { writeBundleJson } from '../../../src/export/json/writeBundleJson';
import { toJsonValue } from '../../../src/store/toJsonValue';
import { makeSyntheticBundle } from '../fixtures/syntheticBundle';

/** A mutable JSON tree of the fixture bundle, for breaking it in one place. */
type Tree = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function tree(): Tree {
  return JSON.parse(writeBundleJson(makeSyntheticBundle())) as Tree;
}

function expectReject(text: string, code: InputFormatCode, pathPart: string): InputFormatError {
  let caught: unknown;
  try {
    readBundleJson(text);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(InputFormatError);
  const err = caught as InputFormatError;
  expect(err.name).toBe('InputFormatError');
  expect(err.code).toBe(code);
  expect(err.path).toContain(pathPart);
  expect(err.message.length).toBeGreaterThan(20);
  return err;
}

describe('readBundleJson(writeBundleJson(bundle))', () => {
  it('readBundleJson(writeBundleJson(b)) returns an equal bundle, NaN visibility included', () => {
    const bundle = makeSyntheticBundle();
    const back = readBundleJson(writeBundleJson(bundle));
    expect(back).toEqual(bundle);
    expect(back.skeleton.frames[45]!.quality.meanVisibilityFrac).toBeNaN();
    expect(back.skeleton.frames[10]!.world![29]![1]).toBeCloseTo(
      bundle.skeleton.frames[10]!.world![29]![1],
      12,
    );
  });

  it('readBundleJson(text) keeps "<script>" in notes verbatim as text', () => {
    const t = tree();
    t.patient.notes = '<script>alert(1)</script>';
    t.report = { text: '<img src=x onerror=alert(1)>' };
    const back = readBundleJson(JSON.stringify(t));
    expect(back.patient!.notes).toBe('<script>alert(1)</script>');
    expect(back.report).toEqual({ text: '<img src=x onerror=alert(1)>' });
  });

  it('readBundleJson(text) accepts a bundle without a patient', () => {
    const t = tree();
    t.patient = null;
    expect(readBundleJson(JSON.stringify(t)).patient).toBeNull();
  });
});

type Case = [name: string, make: () => string, code: InputFormatCode, path: string];
const mutate = (f: (t: Tree) => void) => (): string => {
  const t = tree();
  f(t);
  return JSON.stringify(t);
};

const cases: Case[] = [
  ['empty text', () => '', 'not-json', ''],
  ['truncated file', () => writeBundleJson(makeSyntheticBundle()).slice(0, 5000), 'not-json', ''],
  ['not an object', () => '[1,2,3]', 'wrong-format', 'format'],
  [
    'a skeleton file instead of a bundle',
    () => JSON.stringify(makeSyntheticBundle().skeleton),
    'wrong-format',
    'format',
  ],
  ['wrong version', mutate((t) => (t.format = 'gaitlens.bundle/2')), 'wrong-version', 'format'],
  ['missing session', mutate((t) => delete t.session), 'schema', 'session'],
  ['unknown top-level key', mutate((t) => (t.video = 'x')), 'schema', '(root)'],
  ['fps as a string', mutate((t) => (t.skeleton.fpsHz = '30')), 'schema', 'skeleton.fpsHz'],
  ['zero fps', mutate((t) => (t.skeleton.fpsHz = 0)), 'schema', 'skeleton.fpsHz'],
  [
    'Infinity coordinate (1e999)',
    () => writeBundleJson(makeSyntheticBundle()).replace('"world":[[', '"world":[[1e999,0,0],['),
    'schema',
    'skeleton.frames[0].world',
  ],
  [
    'NaN coordinate written as a string',
    mutate((t) => (t.skeleton.frames[3].image[29][0] = 'NaN')),
    'schema',
    'skeleton.frames[3].image[29][0]',
  ],
  [
    'null coordinate',
    mutate((t) => (t.skeleton.frames[3].world[5][2] = null)),
    'schema',
    'skeleton.frames[3].world[5][2]',
  ],
  [
    'missing landmark (32 of 33)',
    mutate((t) => t.skeleton.frames[7].image.pop()),
    'schema',
    'skeleton.frames[7].image',
  ],
  [
    '34 landmarks',
    mutate((t) => t.skeleton.frames[7].world.push([0, 0, 0])),
    'schema',
    'skeleton.frames[7].world',
  ],
  [
    'point with 2 coordinates',
    mutate((t) => (t.skeleton.frames[2].image[0] = [0.5, 0.5])),
    'schema',
    'skeleton.frames[2].image[0]',
  ],
  [
    'wrong landmark names',
    mutate((t) => (t.skeleton.landmarkNames[29] = 'heel')),
    'schema',
    'skeleton.landmarkNames',
  ],
  [
    'wrong landmark-name count',
    mutate((t) => t.skeleton.landmarkNames.pop()),
    'schema',
    'skeleton.landmarkNames',
  ],
  [
    'negative time',
    mutate((t) => (t.skeleton.frames[0].timeS = -0.1)),
    'schema',
    'skeleton.frames[0].timeS',
  ],
  [
    'non-monotonic times',
    mutate((t) => (t.skeleton.frames[20].timeS = 0.1)),
    'schema',
    'skeleton.frames[20].timeS',
  ],
  [
    'duplicate time',
    mutate((t) => (t.skeleton.frames[21].timeS = t.skeleton.frames[20].timeS)),
    'schema',
    'skeleton.frames[21].timeS',
  ],
  [
    'visibility above 1',
    mutate((t) => (t.skeleton.frames[4].visibility[0] = 1.5)),
    'schema',
    'skeleton.frames[4].visibility[0]',
  ],
  [
    'image null but world present',
    mutate((t) => (t.skeleton.frames[4].image = null)),
    'schema',
    'skeleton.frames[4].image',
  ],
  [
    'huge frame array',
    mutate((t) => (t.skeleton.frames = new Array(100_001).fill(0))),
    'schema',
    'skeleton.frames',
  ],
  [
    'event with unknown side',
    mutate((t) => (t.events[2].side = 'middle')),
    'schema',
    'events[2].side',
  ],
  [
    'event with negative time',
    mutate((t) => (t.events[1].timeS = -1)),
    'schema',
    'events[1].timeS',
  ],
  [
    'event edit with unknown op',
    mutate((t) => (t.eventEdits[0].op = 'shift')),
    'schema',
    'eventEdits[0].op',
  ],
  ['empty patient code', mutate((t) => (t.patient.code = '')), 'schema', 'patient.code'],
  [
    'birth year as text',
    mutate((t) => (t.patient.birthYear = '1957')),
    'schema',
    'patient.birthYear',
  ],
  [
    'notes too long',
    mutate((t) => (t.patient.notes = 'x'.repeat(20_001))),
    'schema',
    'patient.notes',
  ],
  [
    'session date not ISO',
    mutate((t) => (t.session.dateIso = '02/01/2025')),
    'schema',
    'session.dateIso',
  ],
  [
    'embedded image data URL',
    mutate((t) => (t.report = { img: 'data:image/png;base64,iVBORw0KGgo=' })),
    'schema',
    'report.img',
  ],
  [
    'embedded video in notes',
    mutate((t) => (t.session.operatorNotes = 'see data:video/mp4;base64,AAAA')),
    'schema',
    'session.operatorNotes',
  ],
  [
    'deeply nested measurements',
    mutate((t) => (t.measurements = JSON.parse('['.repeat(100) + ']'.repeat(100)))),
    'schema',
    'measurements',
  ],
];

describe('readBundleJson(text) rejects malformed bundles', () => {
  it.each(cases)('readBundleJson(text) rejects: %s', (_name, make, code, path) => {
    expectReject(make(), code, path);
  });

  it('readBundleJson(text) rejects text over the size limit with code too-large', () => {
    const big = { length: 300 * 1024 * 1024 } as unknown as string;
    expect(() => readBundleJson(big)).toThrow(
      expect.objectContaining({ code: 'too-large' }) as Error,
    );
  });

  it('readBundleJson(text) reports the JSON path in the message', () => {
    const err = expectReject(cases.find((c) => c[0] === 'non-monotonic times')![1](), 'schema', '');
    expect(err.message).toContain('skeleton.frames[20].timeS');
    expect(err.message).toContain('increase');
  });
});

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
    const err = expectReject(JSON.stringify(t), code, '');
    expect(err.path).toBe(path(demoTree()));
    expect(err.message).toMatch(says);
    expect(err.message).toContain(err.path);
  });
});
