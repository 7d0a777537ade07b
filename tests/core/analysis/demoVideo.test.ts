import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeSkeleton } from '../../../src/core/analysis/analyzeSkeleton';
import type { MeasurementsResult } from '../../../src/core/analysis/types';
import type { Skeleton } from '../../../src/core/skeleton/types';

// BlazePose lite skeleton of the Sports2D demo (30 fps; subject walks right → left, ~1.8–6.6 s).
const demo = JSON.parse(
  readFileSync('tests/fixtures/sports2d-demo/skeleton.json', 'utf8'),
) as Skeleton;

const param = (r: MeasurementsResult, key: string) => r.parameters.find((p) => p.key === key)!;

// Plausible healthy-adult ranges (GaitLens issue 4 acceptance; Perry & Burnfield 2010 stance ≈ 60 %).
const CADENCE_RANGE = [80, 140] as const;
const STANCE_RANGE = [55, 70] as const;

describe('analyzeSkeleton(demo video skeleton)', () => {
  it('tests/fixtures/sports2d-demo files match SHA256SUMS', () => {
    const dir = 'tests/fixtures/sports2d-demo/';
    const lines = readFileSync(`${dir}SHA256SUMS`, 'utf8').trim().split('\n');
    expect(lines.length).toBe(2);
    for (const line of lines) {
      const [sum, name] = line.split(/\s+/);
      expect(
        createHash('sha256')
          .update(readFileSync(dir + name!))
          .digest('hex'),
      ).toBe(sum);
    }
  });

  it('analyzeSkeleton(demo) gives plausible adult cadence and stance, flagged few-cycles, not refused', () => {
    const r = analyzeSkeleton(demo);
    const cadence = param(r, 'cadenceStepsPerMin');
    const stance = param(r, 'stancePct');
    const hs = r.events.filter((e) => e.type === 'heel-strike');
    console.log(
      `demo: cadence ${cadence.all.mean?.toFixed(1)} steps/min (n ${cadence.all.nUsed}, grade ` +
        `${cadence.all.grade}, L ${cadence.left?.mean?.toFixed(1)} R ${cadence.right?.mean?.toFixed(1)}); ` +
        `stance ${stance.all.mean?.toFixed(1)} % (n ${stance.all.nUsed}, L ${stance.left?.mean?.toFixed(1)} ` +
        `R ${stance.right?.mean?.toFixed(1)}); cycles L ${r.cycles.left} R ${r.cycles.right}; ` +
        `swapped frames ${r.preprocessing.swappedFrames}; heel strikes ` +
        hs.map((e) => `${e.side[0]}${e.timeS.toFixed(2)}`).join(' '),
    );
    expect(r.quality.ok).toBe(true);
    expect(cadence.all.mean!).toBeGreaterThanOrEqual(CADENCE_RANGE[0]);
    expect(cadence.all.mean!).toBeLessThanOrEqual(CADENCE_RANGE[1]);
    expect(cadence.all.reasons).toContain('few-cycles');
    expect(cadence.all.sd).toBeNull();
    expect(stance.all.mean!).toBeGreaterThanOrEqual(STANCE_RANGE[0]);
    expect(stance.all.mean!).toBeLessThanOrEqual(STANCE_RANGE[1]);
    expect(stance.all.reasons).toContain('few-cycles');
    expect(stance.all.grade).toBe('C');
  });

  it('analyzeSkeleton(demo) keeps per-side values honest: a side with fewer than 2 cycles is refused', () => {
    const r = analyzeSkeleton(demo);
    for (const side of ['left', 'right'] as const) {
      const s = param(r, 'stancePct')[side]!;
      if (r.cycles[side] < 2) expect(s).toMatchObject({ mean: null, reasons: ['too-few-cycles'] });
      else expect(s.mean).not.toBeNull();
    }
  });

  it('analyzeSkeleton(demo) heel strikes alternate sides at plausible step times after the leg-swap repair', () => {
    const r = analyzeSkeleton(demo);
    const hs = r.events.filter((e) => e.type === 'heel-strike' && e.timeS < 5.8);
    // 1.99 s (right) to 5.7 s: the subject is fully visible; every step 0.45–0.8 s
    expect(hs.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < hs.length; i++) {
      expect(hs[i]!.side).not.toBe(hs[i - 1]!.side);
      expect(hs[i]!.timeS - hs[i - 1]!.timeS).toBeGreaterThan(0.45);
      expect(hs[i]!.timeS - hs[i - 1]!.timeS).toBeLessThan(0.8);
    }
    expect(r.preprocessing.swappedFrames).toBeGreaterThan(0);
  });
});
