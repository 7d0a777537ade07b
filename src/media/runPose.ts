/**
 * Runs pose estimation over a frame source in the pose worker: decode on the main thread (fast),
 * pose in the worker, two frames in flight so the worker never waits. Cancellable.
 */
import type { PoseCandidateFrame } from '../core/pose/types';
import { detectPosesInWorker, poseWorker } from '../../workers/pose.client';
import type { PoseModel } from '../../workers/shared/poseRunner';
import type { FrameSource } from './types';

/** Progress of a pose run. */
export interface PoseProgress {
  done: number;
  total: number;
  /** Frames processed per second so far. */
  fps: number;
  /** Estimated time left, s. */
  etaS: number;
}

/**
 * Estimate poses on every frame of a source.
 * @param source - decoded frames
 * @param model - pose model variant
 * @param signal - aborts the run (rejects with AbortError; no partial result)
 * @param onProgress - called after every frame
 * @returns estimator output per frame
 */
export async function runPose(
  source: FrameSource,
  model: PoseModel,
  signal: AbortSignal,
  onProgress: (p: PoseProgress) => void,
): Promise<PoseCandidateFrame[]> {
  await poseWorker().startPoseSession({ model, numPoses: 2, baseUrl: document.baseURI });
  const out: PoseCandidateFrame[] = [];
  const started = performance.now();
  const abort = () => new DOMException('The pose run was cancelled.', 'AbortError');
  // Two frames in flight: the worker starts the next frame while this thread handles a result.
  const inFlight: Promise<PoseCandidateFrame>[] = [];
  const collect = async () => {
    out.push(await inFlight.shift()!);
    if (signal.aborted) throw abort();
    const elapsedS = (performance.now() - started) / 1000;
    const fps = out.length / Math.max(elapsedS, 1e-3);
    const total = Math.max(source.frameCount, out.length);
    onProgress({ done: out.length, total, fps, etaS: (total - out.length) / Math.max(fps, 1e-3) });
  };
  try {
    for await (const frame of source.frames) {
      if (signal.aborted) {
        frame.bitmap.close();
        throw abort();
      }
      inFlight.push(detectPosesInWorker(frame.bitmap, frame.timeS));
      if (inFlight.length >= 2) await collect();
    }
    while (inFlight.length) await collect();
  } finally {
    await Promise.allSettled(inFlight);
    await source.frames.return(undefined);
  }
  if (signal.aborted) throw abort();
  return out;
}
