import { useEffect, useRef, useState } from 'preact/hooks';
import { chooseSubject } from '../../core/pose/chooseSubject';
import type { FramingHint } from '../../core/pose/framingGuidance';
import { framingGuidance } from '../../core/pose/framingGuidance';
import type { PoseCandidateFrame } from '../../core/pose/types';
import { poseFrameSize } from '../../media/types';
import { detectPosesInWorker, poseWorker } from '../../../workers/pose.client';
import type { PoseModel } from '../../../workers/shared/poseRunner';
import { drawSkeleton } from '../draw/drawSkeleton';
import type { PoseRun } from '../session';
import { SOFTWARE } from '../session';

function cameraErrorCode(e: unknown): 'camera-denied' | 'no-camera' {
  const name = (e as { name?: string } | null)?.name;
  return name === 'NotAllowedError' || name === 'SecurityError' ? 'camera-denied' : 'no-camera';
}

/**
 * Live webcam capture: preview with the skeleton and framing advice; records the skeleton only
 * (the video itself is never stored or sent anywhere).
 * @param props - pose model and callbacks
 */
export function Webcam(props: {
  model: PoseModel;
  onRecorded: (run: PoseRun) => void;
  onProblem: (code: string) => void;
  onCancel: () => void;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const recorded = useRef<PoseCandidateFrame[] | null>(null);
  const [hints, setHints] = useState<FramingHint[]>([]);
  const [ready, setReady] = useState(false);
  const [recording, setRecording] = useState(false);
  const [count, setCount] = useState(0);
  const size = useRef({ widthPx: 640, heightPx: 360 });

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    const t0 = performance.now();
    const loop = async () => {
      const v = video.current;
      while (!stopped && v) {
        await new Promise<void>((r) =>
          (v as HTMLVideoElement).requestVideoFrameCallback(() => r()),
        );
        if (stopped) break;
        const timeS = (performance.now() - t0) / 1000;
        const bitmap = await createImageBitmap(v, {
          resizeWidth: size.current.widthPx,
          resizeHeight: size.current.heightPx,
        });
        const frame = await detectPosesInWorker(bitmap, timeS);
        if (stopped) break;
        if (recorded.current) {
          recorded.current.push(frame);
          setCount(recorded.current.length);
        }
        const c = canvas.current;
        const ctx = c?.getContext('2d');
        if (c && ctx) {
          ctx.clearRect(0, 0, c.width, c.height);
          frame.poses.forEach((p, i) => drawSkeleton(ctx, p.image, i === 0 ? 'subject' : 'other'));
        }
        setHints(framingGuidance(frame.poses[0] ?? null, frame.meanLumaFrac));
      }
    };
    (async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia)
          throw Object.assign(new Error(), { name: 'NotFoundError' });
        stream = await navigator.mediaDevices.getUserMedia({
          video: { width: { ideal: 1280 }, height: { ideal: 720 } },
          audio: false,
        });
      } catch (e) {
        props.onProblem(cameraErrorCode(e));
        return;
      }
      const v = video.current!;
      v.srcObject = stream;
      await v.play();
      size.current = poseFrameSize(v.videoWidth, v.videoHeight);
      await poseWorker().startPoseSession({
        model: props.model,
        numPoses: 2,
        baseUrl: document.baseURI,
      });
      if (stopped) return;
      setReady(true);
      await loop();
    })().catch((e) => {
      console.error(e);
      if (!stopped) props.onProblem('model-load-failed');
    });
    return () => {
      stopped = true;
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, []);

  const stop = () => {
    const frames = recorded.current ?? [];
    recorded.current = null;
    setRecording(false);
    if (frames.length === 0) return props.onProblem('no-frames');
    const t0 = frames[0]!.timeS;
    const rebased = frames.map((f) => ({ ...f, timeS: Math.round((f.timeS - t0) * 1e6) / 1e6 }));
    const spanS = rebased[rebased.length - 1]!.timeS;
    const fpsHz = spanS > 0 ? Math.round(((rebased.length - 1) / spanS) * 100) / 100 : 30;
    const capture = {
      source: 'webcam' as const,
      ...size.current,
      model: `pose_landmarker_${props.model}`,
      delegate: 'CPU' as const,
      createdIso: new Date().toISOString(),
      software: SOFTWARE,
    };
    props.onRecorded({
      candidates: rebased,
      capture,
      fpsHz,
      choice: chooseSubject(rebased, capture, fpsHz),
      videoUrl: null,
      decoder: 'webcam',
      processingS: spanS,
    });
  };

  return (
    <section class="card webcam" data-testid="webcam">
      <h2>Webcam capture</h2>
      <div class="stage">
        <video ref={video} muted playsInline />
        <canvas ref={canvas} width={size.current.widthPx} height={size.current.heightPx} />
      </div>
      <ul class="hints" data-testid="framing-hints">
        {hints.map((h) => (
          <li
            key={h.check}
            class={h.ok ? 'ok' : 'warn'}
            data-check={h.check}
            data-ok={String(h.ok)}
          >
            {h.ok ? '✓' : '!'} {h.advice}
          </li>
        ))}
      </ul>
      <p class="note">
        Only the skeleton is recorded. The camera picture is never stored or sent anywhere.
      </p>
      <div class="actions">
        {!recording ? (
          <button
            type="button"
            class="primary"
            disabled={!ready}
            data-testid="start-recording"
            onClick={() => {
              recorded.current = [];
              setCount(0);
              setRecording(true);
            }}
          >
            Start recording
          </button>
        ) : (
          <button type="button" class="primary" data-testid="stop-recording" onClick={stop}>
            Stop ({count} frames)
          </button>
        )}
        <button type="button" onClick={props.onCancel}>
          Back
        </button>
      </div>
    </section>
  );
}
