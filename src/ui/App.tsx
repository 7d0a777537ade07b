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
import { lazyView } from './lazyView';
import type { ResultsProps } from './Results/Results';
import type { ReportViewProps } from './Report/ReportView';
import type { HistoryProps } from './History/History';
import type { SaveSessionProps } from './Save/SaveSession';
import { analyzeInWorker } from '../../workers/analysis.client';
import type { Patient } from '../core/norms/types';
import type { EventEdit } from '../core/events/types';
import type { Skeleton } from '../core/skeleton/types';
import { publishScreen } from './automation';
import type { AnalysedRecording, PoseRun, Screen } from './session';
import { SOFTWARE } from './session';

// Views after the first screen load on demand, keeping the first-load bundle small.
const Results = lazyView<ResultsProps>(
  () => import('./Results/Results').then((m) => m.Results),
  'results',
);
const ReportView = lazyView<ReportViewProps>(
  () => import('./Report/ReportView').then((m) => m.ReportView),
  'report',
);
const History = lazyView<HistoryProps>(
  () => import('./History/History').then((m) => m.History),
  'history',
);
const SaveSession = lazyView<SaveSessionProps>(
  () => import('./Save/SaveSession').then((m) => m.SaveSession),
  'save',
);

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
  const [patient, setPatient] = useState<Patient>({});
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
      const candidates = await runPose(source, model, controller.signal, (p) => {
        if (!controller.signal.aborted)
          setScreen({ name: 'processing', fileName: file.name, ...p });
      });
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

  const analyse = async (
    skeleton: Skeleton,
    videoUrl: string | null,
    who: Patient,
    edits: EventEdit[],
    sessionId?: string,
  ) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    // A recompute from the results page keeps the page (selection, scroll) and marks it busy.
    setScreen((cur) =>
      cur.name === 'results' ? { ...cur, recomputing: true } : { name: 'analysing' },
    );
    try {
      const analysis = await analyzeInWorker(controller.signal, skeleton, { patient: who, edits });
      const rec: AnalysedRecording = {
        skeleton,
        analysis,
        patient: who,
        edits,
        videoUrl,
        sessionId,
      };
      setScreen({ name: 'results', rec });
    } catch (e) {
      if ((e as Error | null)?.name === 'AbortError') return;
      console.error(e);
      setScreen({ name: 'problem', codes: [errorCode(e)] });
    }
  };

  const home = () => {
    abort.current?.abort();
    const url =
      screen.name === 'review'
        ? screen.run.videoUrl
        : screen.name === 'results' || screen.name === 'report'
          ? screen.rec.videoUrl
          : null;
    if (url) URL.revokeObjectURL(url);
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
            onHistory={() => setScreen({ name: 'history' })}
          />
        )}
        {screen.name === 'processing' && <Processing {...screen} onCancel={home} />}
        {screen.name === 'review' && (
          <Review
            run={screen.run}
            onPick={(f, x, y) => onPick(screen.run, f, x, y)}
            onAnalyse={() =>
              void analyse(screen.run.choice.skeleton, screen.run.videoUrl, patient, [])
            }
            onDone={home}
          />
        )}
        {screen.name === 'analysing' && (
          <section class="card" data-testid="analysing">
            <h2>Measuring the gait…</h2>
          </section>
        )}
        {screen.name === 'results' && (
          <Results
            {...screen.rec}
            recomputing={screen.recomputing === true}
            onPatient={(p) => {
              setPatient(p);
              const { skeleton, videoUrl, edits, sessionId } = screen.rec;
              void analyse(skeleton, videoUrl, p, edits, sessionId);
            }}
            onEdits={(edits) =>
              void analyse(
                screen.rec.skeleton,
                screen.rec.videoUrl,
                screen.rec.patient,
                edits,
                screen.rec.sessionId,
              )
            }
            onReport={() => setScreen({ name: 'report', rec: screen.rec })}
            onBack={home}
          />
        )}
        {screen.name === 'report' && (
          <ReportView
            {...screen.rec}
            onBack={() => setScreen({ name: 'results', rec: screen.rec })}
          />
        )}
        {screen.name === 'results' && (
          <SaveSession
            key={screen.rec.sessionId ?? 'unsaved'}
            rec={screen.rec}
            onSaved={(rec) => setScreen({ name: 'results', rec })}
          />
        )}
        {screen.name === 'history' && (
          <History onBack={home} onOpen={(rec) => setScreen({ name: 'results', rec })} />
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
