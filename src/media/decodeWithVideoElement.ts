/**
 * Fallback decoding for containers WebCodecs cannot demux here (WebM, MOV…): a hidden `<video>`
 * is seeked frame by frame and each presented frame is taken with requestVideoFrameCallback.
 * Slower (~58 ms a frame) but works for anything the browser can play.
 */
import { MediaError } from '../core/errors';
import type { DecodedFrame, FrameSource } from './types';
import { poseFrameSize } from './types';

type RvfcVideo = HTMLVideoElement & {
  requestVideoFrameCallback(cb: (now: number, meta: { mediaTime: number }) => void): number;
};

function once(target: EventTarget, ok: string, fail = 'error'): Promise<Event> {
  return new Promise((resolve, reject) => {
    const done = (e: Event) => {
      target.removeEventListener(ok, done);
      target.removeEventListener(fail, done);
      if (e.type === fail) reject(e);
      else resolve(e);
    };
    target.addEventListener(ok, done);
    target.addEventListener(fail, done);
  });
}

function nextFrame(video: RvfcVideo, timeoutMs = 2000): Promise<number> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(NaN), timeoutMs);
    video.requestVideoFrameCallback((_now, meta) => {
      clearTimeout(timer);
      resolve(meta.mediaTime);
    });
  });
}

async function estimateFpsHz(video: RvfcVideo): Promise<number> {
  const times: number[] = [];
  await video.play().catch(() => undefined);
  for (let i = 0; i < 10; i++) {
    const t = await nextFrame(video, 500);
    if (Number.isFinite(t)) times.push(t);
  }
  video.pause();
  const deltas = times
    .slice(1)
    .map((t, i) => t - times[i]!)
    .filter((d) => d > 0.004);
  deltas.sort((a, b) => a - b);
  const median = deltas[Math.floor(deltas.length / 2)];
  return median ? Math.round((1 / median) * 100) / 100 : 30;
}

/**
 * Open any browser-playable video for frame-by-frame decoding through a `<video>` element.
 * @param file - the video file (stays in memory; an object URL is used and revoked after)
 * @returns a frame source; frames are downscaled to ≤ 640 px wide
 * @throws MediaError `not-a-video` when the browser cannot open it
 */
export async function openWithVideoElement(file: Blob): Promise<FrameSource> {
  const url = URL.createObjectURL(file);
  const video = document.createElement('video') as RvfcVideo;
  video.muted = true;
  video.playsInline = true;
  video.preload = 'auto';
  video.src = url;
  try {
    await once(video, 'loadeddata');
  } catch {
    URL.revokeObjectURL(url);
    throw new MediaError('not-a-video', 'the browser cannot open this file as a video');
  }
  if (!video.videoWidth || !Number.isFinite(video.duration)) {
    URL.revokeObjectURL(url);
    throw new MediaError('not-a-video', 'the file has no playable video track');
  }
  const fpsHz = await estimateFpsHz(video);
  const frameCount = Math.max(1, Math.round(video.duration * fpsHz));
  const size = poseFrameSize(video.videoWidth, video.videoHeight);
  async function* frames(): AsyncGenerator<DecodedFrame, void, void> {
    try {
      for (let i = 0; i < frameCount; i++) {
        const wanted = (i + 0.5) / fpsHz;
        const shown = nextFrame(video);
        video.currentTime = Math.min(wanted, video.duration);
        await shown;
        const bitmap = await createImageBitmap(video, {
          resizeWidth: size.widthPx,
          resizeHeight: size.heightPx,
          resizeQuality: 'medium',
        });
        yield { index: i, timeS: Math.round((i / fpsHz) * 1e6) / 1e6, bitmap };
      }
    } finally {
      video.removeAttribute('src');
      video.load();
      URL.revokeObjectURL(url);
    }
  }
  return {
    decoder: 'video-element',
    fpsHz,
    frameCount,
    durationS: video.duration,
    sourceWidthPx: video.videoWidth,
    sourceHeightPx: video.videoHeight,
    ...size,
    frames: frames(),
  };
}
