/** Shared set-up of the gaitmap event-validation tests and the bench. */
import { fromMarkers } from '../../../src/core/preprocess/fromMarkers';
import type { MarkerTrajectory } from '../../../src/core/preprocess/fromMarkers';
import type { GaitTrajectories } from '../../../src/core/preprocess/types';
import { gaussianPrng } from '../../../src/core/math/prng';
import { resampleLinear } from '../../../src/core/math/resampleLinear';
import { GAITMAP_MOCAP_FPS_HZ, loadGaitmapMocap } from '../../fixtures/load';

/** Foot-only gaitmap trajectories (heel FCC, toe TOE), metres, no pelvis. */
export function gaitmapTrajectories(
  markers: Record<string, MarkerTrajectory>,
  fpsHz: number,
): GaitTrajectories {
  return fromMarkers({
    markers,
    unit: 'mm',
    fpsHz,
    verticalAxis: 'z',
    verticalSign: 1,
    left: { heel: 'L_FCC', toe: 'L_TOE' },
    right: { heel: 'R_FCC', toe: 'R_TOE' },
  });
}

/**
 * gaitmap markers resampled to `fpsHz` with Gaussian noise of `noiseMm` (seeded), as a camera would give.
 * @param fpsHz - target rate, Hz
 * @param noiseMm - SD of the added noise per coordinate, mm
 * @param seed - PRNG seed
 */
export function gaitmapAsVideo(fpsHz: number, noiseMm: number, seed: number): GaitTrajectories {
  const src = loadGaitmapMocap();
  const first = Object.values(src)[0]!;
  const t0 = Float64Array.from(first.x, (_, i) => i / GAITMAP_MOCAP_FPS_HZ);
  const n = Math.floor(t0[t0.length - 1]! * fpsHz + 1);
  const t1 = Float64Array.from({ length: n }, (_, i) => i / fpsHz);
  const noise = gaussianPrng(seed);
  const out: Record<string, MarkerTrajectory> = {};
  for (const [name, m] of Object.entries(src)) {
    const rs = (v: Float64Array): Float64Array =>
      resampleLinear(t0, v, t1).map((x) => x + noiseMm * noise());
    out[name] = { x: rs(m.x), y: rs(m.y), z: rs(m.z) };
  }
  return gaitmapTrajectories(out, fpsHz);
}
