import type { GaitEvent } from '../events/types';
import { gaussianPrng } from '../math/prng';
import { emptySkeletonFrame } from '../skeleton/emptyFrame';
import { BLAZEPOSE_LANDMARKS } from '../skeleton/landmarks';
import type { ImagePointNorm, Skeleton, SkeletonFrame, WorldPointM } from '../skeleton/types';
import { SKELETON_FORMAT } from '../skeleton/types';
import { gaitSchedule } from './gaitSchedule';
import { frontalImagePoint } from './frontalCamera';
import { walkerLandmarks } from './walkerBody';

/** A time window, s. */
export interface TimeWindow {
  startS: number;
  durationS: number;
}

/** Parameters of {@link synthesizeSkeleton}. */
export interface SyntheticWalkParams {
  /** PRNG seed (noise). */
  seed: number;
  durationS: number;
  fpsHz: number;
  cadenceStepsPerMin: number;
  /** Left minus right step time, s. */
  stepTimeAsymmetryS: number;
  /** Total double support, % of cycle. */
  doubleSupportPct: number;
  speedMPerS: number;
  heightM: number;
  /** Side view crossing the image, or a camera straight ahead (toward) / behind (away). */
  direction: 'left-to-right' | 'right-to-left' | 'toward-camera' | 'away-from-camera';
  /** SD of Gaussian landmark noise, pixels. */
  noisePx: number;
  /** Windows in which the subject is not found (frames null). */
  dropouts: TimeWindow[];
  /** Windows in which the estimator exchanges the left and right legs. */
  legSwaps: TimeWindow[];
  widthPx: number;
  heightPx: number;
  /** Image scale, pixels per metre at the walker's distance (side views). */
  pixelsPerM: number;
  /** Focal length, pixels, and camera height, m (toward / away views). */
  focalPx: number;
  cameraHeightM: number;
  /** Nearest distance between the camera and the pelvis in toward / away views, m. */
  nearestM: number;
}

/** Default synthetic walk: 10 s side view at 30 fps, 110 steps/min, symmetric, 20 % double support. */
export const DEFAULT_SYNTHETIC_WALK_PARAMS: Readonly<SyntheticWalkParams> = Object.freeze({
  seed: 1,
  durationS: 10,
  fpsHz: 30,
  cadenceStepsPerMin: 110,
  stepTimeAsymmetryS: 0,
  doubleSupportPct: 20,
  speedMPerS: 1.2,
  heightM: 1.75,
  direction: 'right-to-left',
  noisePx: 0,
  dropouts: [],
  legSwaps: [],
  widthPx: 1280,
  heightPx: 720,
  pixelsPerM: 170,
  focalPx: 1100,
  cameraHeightM: 1,
  nearestM: 3,
});

/** A synthetic skeleton and the events it was built from. */
export interface SyntheticWalk {
  skeleton: Skeleton;
  /** True events (source `import`, frame = nearest frame). */
  events: GaitEvent[];
  stepTimeS: { left: number; right: number };
}

const LEG_PAIRS: [number, number][] = [[23, 24], [25, 26], [27, 28], [29, 30], [31, 32]]; // prettier-ignore

/**
 * A seeded synthetic walker seen from the side, as a BlazePose skeleton with known events.
 * @param params - see {@link SyntheticWalkParams} (times s, cadence steps/min, speed m/s, noise px)
 * @returns the skeleton (format gaitlens.skeleton/1, source `synthetic`), true events and step times
 * @remarks The walker (see `walkerLandmarks`) crosses the image horizontally; the far leg gets
 *   visibility 0.6 and positive depth, the near leg 0.95. With `toward-camera` / `away-from-camera`
 *   a pinhole camera looks along the walking line instead (see `frontalImagePoint`; visibility 0.9). Gaussian pixel noise is added to image
 *   coordinates; in dropout windows frames have no subject (null arrays); in swap windows the leg
 *   landmarks of both sides are exchanged, as pose estimators do in sagittal views. World
 *   coordinates are hip-centred metres with y down. The walker is not clipped to the image.
 */
export function synthesizeSkeleton(params: Partial<SyntheticWalkParams> = {}): SyntheticWalk {
  const p = { ...DEFAULT_SYNTHETIC_WALK_PARAMS, ...params };
  const strideS = 120 / p.cadenceStepsPerMin;
  const sched = gaitSchedule({
    cadenceStepsPerMin: p.cadenceStepsPerMin,
    stepTimeAsymmetryS: p.stepTimeAsymmetryS, // prettier-ignore
    doubleSupportPct: p.doubleSupportPct,
    firstHeelStrikeS: -2 * strideS + 0.137,
    endS: p.durationS, // prettier-ignore
  });
  const noise = gaussianPrng(p.seed);
  const frontal = p.direction === 'toward-camera' || p.direction === 'away-from-camera';
  const dir = p.direction === 'left-to-right' ? 1 : -1;
  const farLat = p.direction === 'right-to-left' ? 1 : -1; // far leg: left when walking right to left
  const x0Px = p.direction === 'left-to-right' ? 0.1 * p.widthPx : 0.9 * p.widthPx;
  const inWindow = (t: number, ws: readonly TimeWindow[]): boolean =>
    ws.some((w) => t >= w.startS && t < w.startS + w.durationS);
  const n = Math.round(p.durationS * p.fpsHz);
  const frames: SkeletonFrame[] = [];
  for (let i = 0; i < n; i++) {
    const t = i / p.fpsHz;
    if (inWindow(t, p.dropouts)) {
      frames.push(emptySkeletonFrame(t, 0));
      continue;
    }
    const pts = walkerLandmarks(t, sched.allEvents, {
      heightM: p.heightM,
      speedMPerS: p.speedMPerS,
      strideS,
    });
    const pelvis = [(pts[23]![0] + pts[24]![0]) / 2, (pts[23]![1] + pts[24]![1]) / 2];
    let image: ImagePointNorm[] = frontal
      ? pts.map((pt) => frontalImagePoint(pt, pelvis[0]!, p, noise))
      : pts.map(([f, u, l]) => [
          (x0Px + dir * f * p.pixelsPerM + p.noisePx * noise()) / p.widthPx,
          (0.8 * p.heightPx - u * p.pixelsPerM + p.noisePx * noise()) / p.heightPx,
          (farLat * l * p.pixelsPerM) / p.widthPx,
        ]);
    let world: WorldPointM[] = pts.map(([f, u, l]) => [
      dir * (f - pelvis[0]!),
      -(u - pelvis[1]!),
      farLat * l,
    ]);
    let visibility = pts.map(([, , l]) => (frontal ? 0.9 : l * farLat > 0 ? 0.6 : 0.95));
    if (inWindow(t, p.legSwaps)) {
      const swap = <T>(a: T[]): T[] => {
        const b = [...a];
        for (const [l, r] of LEG_PAIRS) [b[l], b[r]] = [a[r]!, a[l]!];
        return b;
      };
      [image, world, visibility] = [swap(image), swap(world), swap(visibility)];
    }
    const lower = [23, 24, 25, 26, 27, 28, 29, 30, 31, 32].map((k) => visibility[k]!);
    frames.push({ timeS: t, image, world, visibility, presence: visibility.map(() => 1), quality: {
      subjectFound: true, lowerBodyInView: true, posesInFrame: 1, issues: [], // prettier-ignore
      meanVisibilityFrac: lower.reduce((s, v) => s + v, 0) / lower.length } }); // prettier-ignore
  }
  const skeleton: Skeleton = {
    format: SKELETON_FORMAT,
    fpsHz: p.fpsHz,
    landmarkNames: BLAZEPOSE_LANDMARKS,
    frames,
    capture: { source: 'synthetic', widthPx: p.widthPx, heightPx: p.heightPx, model: 'synthetic-walker',
      createdIso: '2000-01-01T00:00:00.000Z', software: 'gaitlens synthetic walker' }, // prettier-ignore
  };
  const events = sched.events.map((e) => ({ ...e, frame: Math.round(e.timeS * p.fpsHz) }));
  return { skeleton, events, stepTimeS: sched.stepTimeS };
}
