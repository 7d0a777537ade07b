/** Analyses the results-page tests share: the demo skeleton (30 fps video) and a synthetic walk. */
import { readFileSync } from 'node:fs';
import { analyzeRecording } from '../../../src/core/pipeline/analyzeRecording';
import type { AnalysisResult } from '../../../src/core/pipeline/types';
import type { Skeleton } from '../../../src/core/skeleton/types';
import { synthesizeSkeleton } from '../../../src/core/synthetic/synthesizeSkeleton';

/** The demo skeleton (pose pipeline on sports2d-demo.mp4, 230 frames at 30 fps). */
export const demo = JSON.parse(
  readFileSync('tests/fixtures/sports2d-demo/skeleton.json', 'utf8'),
) as Skeleton;

/** Patient of the e2e test: 30 y, female, 165 cm. */
export const ADULT = { ageYears: 30, sex: 'f', heightCm: 165 } as const;

/** Demo analysed without patient (no norms, no scale). */
export const demoBare: AnalysisResult = analyzeRecording(demo);
/** Demo analysed for {@link ADULT}. */
export const demoAdult: AnalysisResult = analyzeRecording(demo, { patient: ADULT });

/** A 12 s synthetic side-view walk (30 fps, 110 steps/min, 0.04 s step-time asymmetry). */
export const walk = synthesizeSkeleton({
  durationS: 12,
  stepTimeAsymmetryS: 0.04,
  seed: 3,
}).skeleton;
/** The synthetic walk analysed for {@link ADULT} with its true height. */
export const walkAdult: AnalysisResult = analyzeRecording(walk, {
  patient: { ...ADULT, heightCm: 175 },
});
