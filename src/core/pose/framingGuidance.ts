import { hipCentreNorm, poseBoxNorm, torsoLengthNorm } from './poseGeometry';
import type { PoseCandidate } from './types';

/** One framing check for live capture. */
export type FramingCheck = 'person' | 'whole-body' | 'side-on' | 'light' | 'distance';

/** Result of one framing check with the advice to show. */
export interface FramingHint {
  check: FramingCheck;
  ok: boolean;
  advice: string;
}

/** Thresholds of {@link framingGuidance}. */
export interface FramingParams {
  /** Margin the body must keep from the image border, fraction of width/height. */
  borderMarginFrac: number;
  /** Shoulder width / torso length above which the person faces the camera (not side-on). */
  maxShoulderWidthTorsoRatio: number;
  /** Mean luma below which the room is too dark, 0–1. */
  minLumaFrac: number;
  /** Allowed body height, fraction of image height. */
  minBodyHeightFrac: number;
  maxBodyHeightFrac: number;
}

/** Defaults of {@link framingGuidance}. */
export const DEFAULT_FRAMING_PARAMS: Readonly<FramingParams> = Object.freeze({
  borderMarginFrac: 0.01,
  maxShoulderWidthTorsoRatio: 0.45,
  minLumaFrac: 0.2,
  minBodyHeightFrac: 0.35,
  maxBodyHeightFrac: 0.9,
});

/**
 * Live framing advice for the webcam: person found, whole body in view, side-on walking,
 * enough light, right distance.
 * @param pose - the subject's pose in the latest frame, or null
 * @param meanLumaFrac - mean luma of the frame, 0–1 (NaN = unknown, then `light` passes)
 * @param params - thresholds
 * @returns one hint per check, in display order
 */
export function framingGuidance(
  pose: PoseCandidate | null,
  meanLumaFrac: number,
  params: FramingParams = DEFAULT_FRAMING_PARAMS,
): FramingHint[] {
  const light = !(meanLumaFrac < params.minLumaFrac);
  const hints: FramingHint[] = [
    {
      check: 'light',
      ok: light,
      advice: light
        ? 'Light is sufficient'
        : 'Too dark: turn on the lights or face away from windows',
    },
  ];
  if (!pose) {
    hints.unshift({
      check: 'person',
      ok: false,
      advice: 'No person in view: step into the picture',
    });
    return hints;
  }
  const box = poseBoxNorm(pose);
  const m = params.borderMarginFrac;
  const whole = box.minX > m && box.maxX < 1 - m && box.minY > m && box.maxY < 1 - m;
  const heightFrac = box.maxY - box.minY;
  const shoulders = Math.abs(pose.image[11]![0] - pose.image[12]![0]);
  const sideOn = shoulders / torsoLengthNorm(pose) <= params.maxShoulderWidthTorsoRatio;
  const [hx] = hipCentreNorm(pose);
  const distanceOk =
    heightFrac >= params.minBodyHeightFrac && heightFrac <= params.maxBodyHeightFrac;
  hints.unshift(
    {
      check: 'person',
      ok: true,
      advice: `Person found (hips at ${Math.round(hx * 100)} % of width)`,
    },
    {
      check: 'whole-body',
      ok: whole,
      advice: whole
        ? 'Whole body in view'
        : 'Head or feet cut off: move the camera back or tilt it',
    },
    {
      check: 'side-on',
      ok: sideOn,
      advice: sideOn ? 'Side-on view' : 'Walk across the picture (side-on), not towards the camera',
    },
    {
      check: 'distance',
      ok: distanceOk,
      advice: distanceOk
        ? 'Distance is good'
        : heightFrac < params.minBodyHeightFrac
          ? 'Too far: come closer to the camera'
          : 'Too close: step back from the camera',
    },
  );
  return hints;
}
