/// <reference lib="webworker" />
// Pose worker: a thin comlink adapter around the pose runner. No logic lives here.
import * as Comlink from 'comlink';
import { detectPoses, startPoseSession } from './shared/poseRunner';
import { guardFetch } from './shared/guardFetch';
import { registerTransferHandlers } from './transfer';

guardFetch(self.location.origin);
registerTransferHandlers();

const api = { startPoseSession, detectPoses };

/** The pose worker's API, as seen through comlink. */
export type PoseWorkerApi = typeof api;

Comlink.expose(api);
