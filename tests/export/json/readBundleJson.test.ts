import { describe, expect, it } from 'vitest';
import type { InputFormatError } from '../../../src/core/errors';
import type { InputFormatCode } from '../../../src/core/errors';
import { readBundleJson } from '../../../src/export/json/readBundleJson';
import { writeBundleJson } from '../../../src/export/json/writeBundleJson';
import { makeSyntheticBundle } from '../fixtures/syntheticBundle';
import { caughtInputFormatError } from '../../helpers/caughtInputFormatError';

/** A mutable JSON tree of the fixture bundle, for breaking it in one place. */
type Tree = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function tree(): Tree {
  return JSON.parse(writeBundleJson(makeSyntheticBundle())) as Tree;
}

function expectReject(text: string, code: InputFormatCode, pathPart: string): InputFormatError {
  const err = caughtInputFormatError(() => readBundleJson(text));
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
