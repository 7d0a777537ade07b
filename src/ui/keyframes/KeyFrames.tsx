import { useEffect, useRef, useState } from 'preact/hooks';
import type { Skeleton } from '../../core/skeleton/types';
import type { KeyFrames as KeyFramesData } from '../../core/ted/types';
import { drawKeyFrame, openKeyFrameVideo, seekVideo } from './drawKeyFrame';
import type { KeyFrameShot } from './keyFrameShots';
import { keyFrameShots } from './keyFrameShots';

/** Props of the key-frame strip. */
export interface KeyFramesProps {
  keyFrames: KeyFramesData;
  skeleton: Skeleton;
  /** Object URL of the video (null: webcam or history; the skeleton is drawn alone). */
  videoUrl: string | null;
}

const WIDTH_PX = 320;

/**
 * Key frames of the representative and most abnormal cycle (heel strike, toe-off, mid-swing),
 * drawn on this device from the video with the skeleton overlay. Images leave the device only
 * when the user saves one.
 * @param props - key frames, skeleton and video
 */
export function KeyFrames(props: KeyFramesProps) {
  const { skeleton, videoUrl } = props;
  const shots = keyFrameShots(props.keyFrames, skeleton);
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  const [drawn, setDrawn] = useState<Record<string, 'video' | 'skeleton'>>({});
  const aspect =
    (skeleton.capture.sourceHeightPx ?? skeleton.capture.heightPx) /
    (skeleton.capture.sourceWidthPx ?? skeleton.capture.widthPx);

  useEffect(() => {
    let stop = false;
    void (async () => {
      const video = videoUrl ? await openKeyFrameVideo(videoUrl) : null;
      for (const [i, shot] of shots.entries()) {
        const canvas = canvases.current[i];
        if (stop || !canvas) continue;
        const ok = video ? await seekVideo(video, shot.timeS + 0.5 / skeleton.fpsHz) : false;
        if (stop) break;
        const what = drawKeyFrame(canvas, skeleton, shot.frame, ok ? video : null);
        setDrawn((d) => ({ ...d, [shot.id]: what }));
      }
      video?.removeAttribute('src');
    })();
    return () => {
      stop = true;
    };
  }, [props.keyFrames, skeleton, videoUrl]);

  if (shots.length === 0)
    return <p data-testid="key-frames-none">No complete gait cycle, so no key frames.</p>;
  return (
    <div class="key-frames" data-testid="key-frames">
      {shots.map((s, i) => (
        <figure key={s.id} class="key-frame">
          <canvas
            ref={(c) => {
              canvases.current[i] = c;
            }}
            width={WIDTH_PX}
            height={Math.round(WIDTH_PX * aspect)}
            data-testid="key-frame-canvas"
            data-drawn={drawn[s.id] ?? ''}
          />
          <figcaption>
            {caption(s)}
            {drawn[s.id] === 'skeleton' && videoUrl === null && ' · skeleton only (no video kept)'}
            <button
              type="button"
              class="save-image"
              onClick={() => saveImage(canvases.current[i], s)}
            >
              Save image
            </button>
          </figcaption>
        </figure>
      ))}
    </div>
  );
}

// Caption: cycle, side, event, frame and time.
function caption(s: KeyFrameShot): string {
  const cycle = s.cycle === 'representative' ? 'Representative' : 'Most abnormal';
  return `${cycle} cycle (${s.side}): ${s.event}, frame ${s.frame} (${s.timeS.toFixed(2)} s)`;
}

// Save one key frame as a PNG, only when the user asks.
function saveImage(canvas: HTMLCanvasElement | null | undefined, s: KeyFrameShot): void {
  canvas?.toBlob((blob) => {
    if (!blob) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `gaitlens-keyframe-${s.id}-frame${s.frame}.png`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }, 'image/png');
}
