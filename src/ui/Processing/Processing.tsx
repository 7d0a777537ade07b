/**
 * Progress of a pose run: frames done, speed, time left, and a cancel button.
 * @param props - progress figures and the cancel callback
 */
export function Processing(props: {
  fileName: string;
  done: number;
  total: number;
  fps: number;
  etaS: number;
  onCancel: () => void;
}) {
  const pct = props.total > 0 ? Math.round((100 * props.done) / props.total) : 0;
  return (
    <section class="card processing" data-testid="processing">
      <h2>Finding the skeleton in {props.fileName}</h2>
      <progress max={props.total || 1} value={props.done} aria-label="Pose estimation progress" />
      <p data-testid="progress-text">
        Frame {props.done} of {props.total || '…'} ({pct} %) · {props.fps.toFixed(1)} frames/s ·
        about {Math.ceil(props.etaS)} s left
      </p>
      <button type="button" onClick={props.onCancel} data-testid="cancel">
        Cancel
      </button>
    </section>
  );
}
