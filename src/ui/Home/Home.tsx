import type { PoseModel } from '../../../workers/shared/poseRunner';

/**
 * Start screen: open a video file or use the webcam.
 * @param props - callbacks and the chosen pose model
 */
export function Home(props: {
  model: PoseModel;
  onModel: (m: PoseModel) => void;
  onFile: (f: File) => void;
  onWebcam: () => void;
  onHistory: () => void;
}) {
  return (
    <section class="card home">
      <h2>Record or open a walking video</h2>
      <p>
        Film the patient from the side while they walk at least 5 steps across the room, whole body
        in view. Everything runs on this computer; the video is never uploaded or stored.
      </p>
      <div class="actions">
        <label class="button primary">
          Open a video file
          <input
            type="file"
            accept="video/*,.mp4,.webm,.mov"
            data-testid="video-file"
            onChange={(e) => {
              const f = (e.currentTarget as HTMLInputElement).files?.[0];
              (e.currentTarget as HTMLInputElement).value = '';
              if (f) props.onFile(f);
            }}
          />
        </label>
        <button type="button" class="button" onClick={props.onWebcam} data-testid="open-webcam">
          Use the webcam
        </button>
        <button type="button" class="button" onClick={props.onHistory} data-testid="open-history">
          Patient history
        </button>
      </div>
      <fieldset class="model">
        <legend>Pose model</legend>
        {(['lite', 'full'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="model"
              value={m}
              checked={props.model === m}
              onChange={() => props.onModel(m)}
            />
            {m === 'lite' ? ' Lite (fast)' : ' Full (more accurate, slower)'}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
