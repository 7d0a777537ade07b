/** Draw one key frame on a canvas: the video picture (on this device only) plus the skeleton. */
import type { Skeleton } from '../../core/skeleton/types';
import { drawSkeleton } from '../draw/drawSkeleton';

/** How long to wait for the video to seek before drawing the skeleton alone, ms. */
const SEEK_TIMEOUT_MS = 5000;

/**
 * Seek a video element to a time and wait until the picture is there.
 * @param video - a loaded video element
 * @param timeS - time, s
 * @returns true when seeked, false on error or timeout
 */
export function seekVideo(video: HTMLVideoElement, timeS: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      video.removeEventListener('seeked', onSeeked);
      video.removeEventListener('error', onError);
      resolve(ok);
    };
    const onSeeked = () => done(true);
    const onError = () => done(false);
    const timer = setTimeout(() => done(false), SEEK_TIMEOUT_MS);
    video.addEventListener('seeked', onSeeked);
    video.addEventListener('error', onError);
    video.currentTime = timeS;
  });
}

/**
 * Draw a key frame.
 * @param canvas - target canvas (its size sets the drawing size)
 * @param skeleton - the subject's skeleton
 * @param frame - frame index
 * @param video - a video element already seeked to the frame, or null to draw the skeleton alone
 * @returns what was drawn: `video` (picture and skeleton) or `skeleton` (skeleton on a plain background)
 */
export function drawKeyFrame(
  canvas: HTMLCanvasElement,
  skeleton: Skeleton,
  frame: number,
  video: HTMLVideoElement | null,
): 'video' | 'skeleton' {
  const ctx = canvas.getContext('2d');
  if (!ctx) return 'skeleton';
  ctx.fillStyle = '#1d2b33';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  if (video) ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
  const points = skeleton.frames[frame]?.image;
  if (points) drawSkeleton(ctx, points, 'subject');
  return video ? 'video' : 'skeleton';
}

/**
 * Open a video for key-frame drawing (muted, never shown, never uploaded).
 * @param url - object URL of the video file
 * @returns the loaded element, or null when the browser cannot play it
 */
export function openKeyFrameVideo(url: string): Promise<HTMLVideoElement | null> {
  return new Promise((resolve) => {
    const video = document.createElement('video');
    video.muted = true;
    video.preload = 'auto';
    video.playsInline = true;
    const timer = setTimeout(() => resolve(null), SEEK_TIMEOUT_MS);
    video.addEventListener('loadeddata', () => (clearTimeout(timer), resolve(video)), {
      once: true,
    });
    video.addEventListener('error', () => (clearTimeout(timer), resolve(null)), { once: true });
    video.src = url;
  });
}
