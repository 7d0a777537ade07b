/**
 * Runs MediaPipe PoseLandmarker (tasks-vision, CPU delegate, VIDEO mode) on ImageBitmaps.
 * Loaded only inside the pose worker; the model and WASM come from the app's own origin.
 */
import type { PoseLandmarker, PoseLandmarkerResult } from '@mediapipe/tasks-vision';
import type { PoseCandidate, PoseCandidateFrame } from '../../src/core/pose/types';
import type { ImagePointNorm, WorldPointM } from '../../src/core/skeleton/types';

/** Pose model variants built into public/models/. */
export type PoseModel = 'lite' | 'full';

/** Options of one pose session (one video or one webcam recording). */
export interface PoseSessionOptions {
  model: PoseModel;
  /** Most people the model follows per frame (2 lets the app choose the walker). */
  numPoses: number;
  /** Absolute URL of the folder that holds `models/` (the app base). */
  baseUrl: string;
}

const modelBuffers = new Map<PoseModel, Promise<Uint8Array>>();
let landmarker: PoseLandmarker | null = null;
let lastTimestampMs = -1;
/** Added to each session's frame times: graph timestamps must keep increasing across sessions. */
let sessionOffsetMs = 0;
let lumaCanvas: OffscreenCanvas | null = null;

async function loadModel(model: PoseModel, baseUrl: string): Promise<Uint8Array> {
  let p = modelBuffers.get(model);
  if (!p) {
    p = fetch(new URL(`models/pose_landmarker_${model}.task`, baseUrl)).then(async (r) => {
      if (!r.ok) throw new Error(`model file missing (${r.status})`);
      return new Uint8Array(await r.arrayBuffer());
    });
    p.catch(() => modelBuffers.delete(model));
    modelBuffers.set(model, p);
  }
  return p;
}

/**
 * Start a new pose session: fresh graph state so tracking never leaks between videos.
 * @param options - model variant, number of poses, app base URL
 * @returns the delegate in use
 * @remarks The landmarker is created once per worker and re-configured with `setOptions` for each
 * session (which rebuilds its graph). A second `createFromOptions` in the same module worker fails
 * with "ModuleFactory not set" in tasks-vision 0.10.35, so the instance is kept, never closed.
 */
export async function startPoseSession(options: PoseSessionOptions): Promise<{ delegate: 'CPU' }> {
  const modelAssetBuffer = await loadModel(options.model, options.baseUrl);
  const settings = {
    baseOptions: { modelAssetBuffer, delegate: 'CPU' as const },
    runningMode: 'VIDEO' as const,
    numPoses: options.numPoses,
    minPoseDetectionConfidence: 0.3,
    minPosePresenceConfidence: 0.3,
    minTrackingConfidence: 0.5,
  };
  if (landmarker) {
    await landmarker.setOptions(settings);
  } else {
    const { FilesetResolver, PoseLandmarker } = await import('@mediapipe/tasks-vision');
    const fileset = await FilesetResolver.forVisionTasks(
      new URL('models/wasm', options.baseUrl).href,
      true,
    );
    landmarker = await PoseLandmarker.createFromOptions(fileset, settings);
  }
  sessionOffsetMs = lastTimestampMs + 1000;
  return { delegate: 'CPU' };
}

function meanLuma(bitmap: ImageBitmap): number {
  lumaCanvas ??= new OffscreenCanvas(32, 18);
  const ctx = lumaCanvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return NaN;
  ctx.drawImage(bitmap, 0, 0, 32, 18);
  const d = ctx.getImageData(0, 0, 32, 18).data;
  let sum = 0;
  for (let i = 0; i < d.length; i += 4)
    sum += 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;
  return sum / (d.length / 4) / 255;
}

function toCandidates(result: PoseLandmarkerResult): PoseCandidate[] {
  return result.landmarks.map((lm, i) => ({
    image: lm.map((p): ImagePointNorm => [p.x, p.y, p.z]),
    world: (result.worldLandmarks[i] ?? []).map((p): WorldPointM => [p.x, p.y, p.z]),
    visibility: lm.map((p) => p.visibility ?? 0),
    presence: lm.every((p) => typeof (p as { presence?: number }).presence === 'number')
      ? lm.map((p) => (p as unknown as { presence: number }).presence)
      : null,
  }));
}

/**
 * Find every person in one frame. Closes the bitmap.
 * @param bitmap - the frame, already downscaled (≤ 640 px wide)
 * @param timeS - frame time from the start of the recording, s
 * @returns the poses found and the frame's mean luma
 */
export function detectPoses(bitmap: ImageBitmap, timeS: number): PoseCandidateFrame {
  if (!landmarker) throw new Error('pose session not started');
  // VIDEO mode needs strictly increasing timestamps (ms), also across sessions.
  const ts = Math.max(Math.round(timeS * 1000) + sessionOffsetMs, lastTimestampMs + 1);
  lastTimestampMs = ts;
  try {
    const result = landmarker.detectForVideo(bitmap, ts);
    return { timeS, poses: toCandidates(result), meanLumaFrac: meanLuma(bitmap) };
  } finally {
    bitmap.close();
  }
}
