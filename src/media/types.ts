/** A decoded, downscaled video frame ready for pose estimation. */
export interface DecodedFrame {
  /** 0-based frame index in presentation order. */
  index: number;
  /** Presentation time from the first frame, s. */
  timeS: number;
  bitmap: ImageBitmap;
}

/** A source of decoded frames with what is known about the video up front. */
export interface FrameSource {
  /** How the frames are decoded. */
  decoder: 'webcodecs' | 'video-element';
  /** Nominal frame rate, Hz. */
  fpsHz: number;
  /** Expected number of frames (for progress). */
  frameCount: number;
  durationS: number;
  sourceWidthPx: number;
  sourceHeightPx: number;
  /** Size of the frames handed out (≤ 640 px wide). */
  widthPx: number;
  heightPx: number;
  frames: AsyncGenerator<DecodedFrame, void, void>;
}

/** Longest side of frames given to the pose model, px. */
export const MAX_POSE_WIDTH_PX = 640;

/**
 * Size of a frame scaled down to at most MAX_POSE_WIDTH_PX wide, aspect kept, even numbers.
 * @param widthPx - source width, px
 * @param heightPx - source height, px
 * @returns target width and height, px
 */
export function poseFrameSize(
  widthPx: number,
  heightPx: number,
): { widthPx: number; heightPx: number } {
  const scale = Math.min(1, MAX_POSE_WIDTH_PX / widthPx);
  return {
    widthPx: Math.max(2, Math.round((widthPx * scale) / 2) * 2),
    heightPx: Math.max(2, Math.round((heightPx * scale) / 2) * 2),
  };
}
