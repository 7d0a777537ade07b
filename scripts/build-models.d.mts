export const NORMALIZATION: Readonly<{
  detector: { mean: number[]; std: number[] };
  landmarks: { mean: number[]; std: number[] };
}>;
export function buildNormalizationMetadata(norm: { mean: number[]; std: number[] }): Uint8Array;
export function appendTfliteMetadata(model: Uint8Array, metadata: Uint8Array): Uint8Array;
export function readPoseDetector(poseDir?: string): Uint8Array;
export function buildPoseTask(variant: 'lite' | 'full' | 'heavy', poseDir?: string): Uint8Array;
