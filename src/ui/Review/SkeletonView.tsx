import { useEffect, useRef } from 'preact/hooks';
import type { PoseRun } from '../session';
import { drawSkeleton } from '../draw/drawSkeleton';

/**
 * The video (when kept) with the skeleton drawn in sync, for one frame. Clicking a person asks to
 * follow them.
 * @param props - the pose run, the frame to show and the click callback (normalised coordinates)
 */
export function SkeletonView(props: {
  run: PoseRun;
  frame: number;
  onPick: (xFrac: number, yFrac: number) => void;
}) {
  const { run, frame } = props;
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const timeS = run.candidates[frame]?.timeS ?? 0;

  useEffect(() => {
    const v = video.current;
    if (v && Math.abs(v.currentTime - (timeS + 0.5 / run.fpsHz)) > 0.5 / run.fpsHz) {
      v.currentTime = timeS + 0.5 / run.fpsHz;
    }
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    ctx.clearRect(0, 0, c.width, c.height);
    if (!run.videoUrl) {
      ctx.fillStyle = '#1d2b33';
      ctx.fillRect(0, 0, c.width, c.height);
    }
    const subject = run.choice.skeleton.frames[frame]?.image;
    run.candidates[frame]?.poses.forEach((p) => {
      if (p.image !== subject) drawSkeleton(ctx, p.image, 'other');
    });
    if (subject) drawSkeleton(ctx, subject, 'subject');
  }, [run, frame, timeS]);

  return (
    <div
      class="stage"
      style={{ aspectRatio: `${run.capture.widthPx} / ${run.capture.heightPx}` }}
      onClick={(e) => {
        const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
        props.onPick((e.clientX - r.left) / r.width, (e.clientY - r.top) / r.height);
      }}
    >
      {run.videoUrl && <video ref={video} src={run.videoUrl} muted playsInline preload="auto" />}
      <canvas
        ref={canvas}
        width={run.capture.widthPx}
        height={run.capture.heightPx}
        data-testid="skeleton-canvas"
      />
    </div>
  );
}
