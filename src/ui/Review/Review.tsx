import { useEffect, useState } from 'preact/hooks';
import type { PoseRun } from '../session';
import { messageFor } from '../messages';
import { frameRanges } from './frameRanges';
import { SkeletonView } from './SkeletonView';

/**
 * Review of a pose run: scrub frame by frame, see who is followed, pick another person, save
 * the skeleton (never the video).
 * @param props - the run, a callback to re-choose the subject, and a way home
 */
export function Review(props: {
  run: PoseRun;
  onPick: (frame: number, xFrac: number, yFrac: number) => void;
  onAnalyse: () => void;
  onDone: () => void;
}) {
  const { run } = props;
  const n = run.candidates.length;
  const [frame, setFrame] = useState(0);
  const [playing, setPlaying] = useState(false);
  const q = run.choice.quality;
  const tracked = run.choice.skeleton.frames[frame]?.quality.subjectFound ?? false;

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(
      () => setFrame((f) => (f + 1 < n ? f + 1 : (setPlaying(false), f))),
      1000 / run.fpsHz,
    );
    return () => clearInterval(timer);
  }, [playing, n, run.fpsHz]);

  const download = () => {
    const blob = new Blob([JSON.stringify(run.choice.skeleton)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${(run.capture.fileName ?? 'webcam').replace(/\.[^.]+$/, '')}.skeleton.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  return (
    <section class="card review" data-testid="review">
      <h2>Skeleton review</h2>
      <SkeletonView run={run} frame={frame} onPick={(x, y) => props.onPick(frame, x, y)} />
      <div class="scrub">
        <button
          type="button"
          onClick={() => setFrame(Math.max(0, frame - 1))}
          aria-label="Previous frame"
        >
          ◀
        </button>
        <button type="button" onClick={() => setPlaying(!playing)}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          onClick={() => setFrame(Math.min(n - 1, frame + 1))}
          aria-label="Next frame"
        >
          ▶
        </button>
        <input
          type="range"
          min={0}
          max={n - 1}
          value={frame}
          aria-label="Frame"
          data-testid="frame-slider"
          onInput={(e) => setFrame(Number((e.currentTarget as HTMLInputElement).value))}
        />
        <span data-testid="frame-label">
          Frame {frame + 1}/{n} · {(run.candidates[frame]?.timeS ?? 0).toFixed(2)} s ·{' '}
          {tracked ? 'subject tracked' : 'subject not found'}
        </span>
      </div>
      <dl class="facts" data-testid="pose-facts">
        <dt>Subject tracked</dt>
        <dd data-testid="tracked-frames">
          {q.trackedFrames} of {n} frames; whole lower body in view in {q.lowerBodyFrames} (
          {q.lowerBodyS.toFixed(1)} s)
        </dd>
        <dt>Subject lost</dt>
        <dd>
          {q.lostFrames.length ? `frames ${frameRanges(q.lostFrames.map((f) => f + 1))}` : 'never'}
        </dd>
        <dt>Processing</dt>
        <dd>
          {n} frames in {run.processingS.toFixed(1)} s ({(n / run.processingS).toFixed(1)} frames/s,
          model {run.capture.model}, {run.decoder})
        </dd>
      </dl>
      {q.reasons.includes('several-people') && (
        <p class="note" data-testid="several-people">
          {messageFor('several-people').detail} {messageFor('several-people').action}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={props.onAnalyse} data-testid="analyse">
          Measure gait
        </button>
        <button type="button" onClick={download} data-testid="download-skeleton">
          Save skeleton (JSON, no video)
        </button>
        <button type="button" onClick={props.onDone}>
          New recording
        </button>
      </div>
    </section>
  );
}
