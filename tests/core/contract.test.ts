/**
 * The contract every core algorithm keeps (style guide §18): frozen defaults whose numeric keys
 * name their unit, inputs left unchanged, deterministic output, empty input refused through
 * `quality` (not thrown), and results that survive structured clone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSkeleton } from '../../src/core/analysis/analyzeSkeleton';
import { computeKinematics } from '../../src/core/kinematics/computeKinematics';
import { kinematicsInputFromSkeleton } from '../../src/core/kinematics/kinematicsInputFromSkeleton';
import { analyzeRecording } from '../../src/core/pipeline/analyzeRecording';
import { chooseSubject } from '../../src/core/pose/chooseSubject';
import type { Skeleton } from '../../src/core/skeleton/types';
import { computeTed } from '../../src/core/ted/computeTed';
import { tedInputFromSkeleton } from '../../src/core/ted/tedInputFromSkeleton';
import { walkerAndJumper } from '../helpers/poseCandidates';

function coreFiles(dir = 'src/core'): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? coreFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Suffixes that name a unit, or say what a dimensionless number is (a count, a regularity, a z tolerance, a PRNG seed). */
const UNIT_SUFFIX =
  /(S|Ms|Hz|M|Cm|Mm|Px|Pct|Frac|Deg|Rad|PerS|PerMin|PerSec|Torso|Per100Ms|Sd|Z|Ratio|Count|Frames|Cycles|Steps|Strides|Samples|Sightings|Points|Order|Bins|Harmonics|Lags|Legs|LegLengths|Factor|Iterations|Years|Medians|Regularity|Tol)$|^seed$/;

const demo = JSON.parse(
  readFileSync('tests/fixtures/sports2d-demo/skeleton.json', 'utf8'),
) as Skeleton;
const empty: Skeleton = {
  ...demo,
  frames: demo.frames.map((f) => ({
    ...f,
    image: null,
    world: null,
    visibility: null,
    presence: null,
  })),
};
const capture = demo.capture;

describe('DEFAULT_…_PARAMS of every src/core module', () => {
  const defaults = coreFiles().flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/export const (DEFAULT_[A-Z_]+)/g)].map((m) => ({
      file,
      name: m[1]!,
    })),
  );

  it('every core module with parameters exports frozen defaults', () => {
    expect(defaults.length).toBeGreaterThan(20);
  });

  it.each(defaults)(
    '$name ($file) is frozen and its numeric keys end in a unit',
    async ({ file, name }) => {
      const mod = (await import(`../../${file.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
      const value = mod[name] as Record<string, unknown>;
      expect(Object.isFrozen(value)).toBe(true);
      const bad = Object.entries(value)
        .filter(([, v]) => typeof v === 'number')
        .map(([k]) => k)
        .filter((k) => !UNIT_SUFFIX.test(k) && !/^(n|min|max)[A-Z]/.test(k));
      expect(bad).toEqual([]);
    },
  );
});

interface Algorithm {
  name: string;
  run: (input: Skeleton) => unknown;
  quality: (result: unknown) => { ok: boolean; reasons: unknown[] };
}

const q = (r: unknown) => (r as { quality: { ok: boolean; reasons: unknown[] } }).quality;
const ALGORITHMS: Algorithm[] = [
  { name: 'analyzeSkeleton', run: (s) => analyzeSkeleton(s), quality: q },
  {
    name: 'computeKinematics',
    run: (s) =>
      computeKinematics(kinematicsInputFromSkeleton(s), {
        left: [1, 2.1, 3.2],
        right: [1.5, 2.6, 3.7],
      }),
    quality: q,
  },
  {
    name: 'computeTed',
    run: (s) => computeTed(tedInputFromSkeleton(s, analyzeSkeleton(s).events)),
    quality: q,
  },
  {
    name: 'analyzeRecording',
    run: (s) => analyzeRecording(s),
    quality: (r) => q((r as { measurements: unknown }).measurements),
  },
  {
    name: 'chooseSubject',
    run: (s) =>
      chooseSubject(s.frames.some((f) => f.image) ? walkerAndJumper(120) : [], capture, 30),
    quality: q,
  },
];

describe.each(ALGORITHMS)('contract of $name', ({ run, quality }) => {
  it('leaves its input unchanged and gives the same output twice', () => {
    const input = structuredClone(demo);
    const a = run(input);
    expect(input).toEqual(demo);
    expect(run(input)).toEqual(a);
  });
  it('returns plain data that survives structured clone', () => {
    const r = run(demo);
    expect(structuredClone(r)).toEqual(r);
  });
  it('refuses an input with no subject through quality, without throwing', () => {
    const r = run(empty);
    expect(quality(r).ok).toBe(false);
    expect(quality(r).reasons.length).toBeGreaterThan(0);
  });
});
