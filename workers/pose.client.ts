/**
 * Main-thread side of the pose worker: starts it lazily as a module worker, transfers frames,
 * and stops it on cancel (the worker checks nothing itself: the client simply stops sending
 * frames, so a cancelled run never leaves a half-made result).
 */
import * as Comlink from 'comlink';
import type { PoseWorkerApi } from './pose.worker';
import { registerTransferHandlers } from './transfer';

let worker: Worker | null = null;
let api: Comlink.Remote<PoseWorkerApi> | null = null;

/**
 * The pose worker's API, starting the worker on first use.
 * @returns the comlink proxy
 */
export function poseWorker(): Comlink.Remote<PoseWorkerApi> {
  if (!api) {
    registerTransferHandlers();
    worker = new Worker(new URL('./pose.worker.ts', import.meta.url), {
      type: 'module',
      name: 'pose',
    });
    api = Comlink.wrap<PoseWorkerApi>(worker);
  }
  return api;
}

/**
 * Detect poses in one frame in the worker; the bitmap is transferred, not copied.
 * @param bitmap - the downscaled frame (closed by the worker)
 * @param timeS - frame time, s
 * @returns the worker's result for this frame
 */
export function detectPosesInWorker(bitmap: ImageBitmap, timeS: number) {
  return poseWorker().detectPoses(Comlink.transfer(bitmap, [bitmap]), timeS);
}

/** Stop the worker now (used on cancel and when leaving the app). */
export function terminatePoseWorker(): void {
  worker?.terminate();
  worker = null;
  api = null;
}
