import { useEffect, useRef, useState } from 'preact/hooks';
import { MediaError } from '../core/errors';
import { chooseSubject } from '../core/pose/chooseSubject';
import { selectTrackAt } from '../core/pose/selectTrackAt';
import { openVideoFile } from '../media/openVideoFile';
import { runPose } from '../media/runPose';
import type { PoseModel } from '../../workers/shared/poseRunner';
import { Home } from './Home/Home';
import { Processing } from './Processing/Processing';
import { Problem } from './Problem/Problem';
import { Review } from './Review/Review';
import { Webcam } from './Webcam/Webcam';
import { publishScreen } from './automation';
import type { PoseRun, Screen } from './session';
import { SOFTWARE } from './session';

/** Minimum recording length GaitLens analyses, s (a few steps). */
const MIN_DURATION_S = 2;

function errorCode(e: unknown): string {
  if (e instanceof MediaError) return e.code;
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unexpected';
}

/** The GaitLens app shell: one screen at a time. */
export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'home' });
  const [model, setModel] = useState<PoseModel>('lite');
  const abort = useRef<AbortController | null>(null);
  useEffect(() => publishScreen(screen), [screen]);

  const finish = (run: PoseRun) => {
    const q = run.choice.quality;
    if (!q.ok) {
      if (run.videoUrl) URL.revokeObjectURL(run.videoUrl);
      setScreen({ name: 'problem', codes: q.reasons });
    } else setScreen({ name: 'review', run });
  };

  const onFile = async (file: File) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setScreen({ name: 'processing', fileName: file.name, done: 0, total: 0, fps: 0, etaS: 0 });
    try {
      const source = await openVideoFile(file);
      if (source.durationS < MIN_DURATION_S) {
        await source.frames.return(undefined);
        setScreen({ name: 'problem', codes: ['too-short'] });
        return;
      }
      const started = performance.now();
      const candidates = await runPose(source, model, controller.signal, (p) =>
        setScreen({ name: 'processing', fileName: file.name, ...p }),
      );
      const capture = {
        source: 'file' as const,
        fileName: file.name,
        widthPx: source.widthPx,
        heightPx: source.heightPx,
        sourceWidthPx: source.sourceWidthPx,
        sourceHeightPx: source.sourceHeightPx,
        model: `pose_landmarker_${model}`,
        delegate: 'CPU' as const,
        createdIso: new Date().toISOString(),
        software: SOFTWARE,
      };
      finish({
        candidates,
        capture,
        fpsHz: source.fpsHz,
        choice: chooseSubject(candidates, capture, source.fpsHz),
        videoUrl: URL.createObjectURL(file),
        decoder: source.decoder,
        processingS: (performance.now() - started) / 1000,
      });
    } catch (e) {
      if ((e as Error | null)?.name === 'AbortError') return;
      console.error(e);
      setScreen({ name: 'problem', codes: [errorCode(e)] });
    }
  };

  const onPick = (run: PoseRun, frame: number, x: number, y: number) => {
    const id = selectTrackAt(run.candidates, run.choice.tracks, frame, x, y);
    if (id === null || id === run.choice.trackId) return;
    setScreen({
      name: 'review',
      run: { ...run, choice: chooseSubject(run.candidates, run.capture, run.fpsHz, id) },
    });
  };

  const home = () => {
    abort.current?.abort();
    if (screen.name === 'review' && screen.run.videoUrl) URL.revokeObjectURL(screen.run.videoUrl);
    setScreen({ name: 'home' });
  };

  return (
    <div class="app" data-screen={screen.name}>
      <header>
        <h1>GaitLens</h1>
        <p class="disclaimer" data-testid="disclaimer">
          Not a diagnostic device · video never leaves this device
        </p>
      </header>
      <main>
        {screen.name === 'home' && (
          <Home
            model={model}
            onModel={setModel}
            onFile={onFile}
            onWebcam={() => setScreen({ name: 'webcam' })}
          />
        )}
        {screen.name === 'processing' && <Processing {...screen} onCancel={home} />}
        {screen.name === 'review' && (
          <Review
            run={screen.run}
            onPick={(f, x, y) => onPick(screen.run, f, x, y)}
            onDone={home}
          />
        )}
        {screen.name === 'webcam' && (
          <Webcam
            model={model}
            onRecorded={finish}
            onProblem={(code) => setScreen({ name: 'problem', codes: [code] })}
            onCancel={home}
          />
        )}
        {screen.name === 'problem' && <Problem codes={screen.codes} onBack={home} />}
      </main>
    </div>
  );
}
