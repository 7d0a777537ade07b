/** Props of the history view. */
export interface HistoryProps {
  onBack: () => void;
}

/**
 * Patient history (placeholder until the store-backed views land).
 * @param props - a way back
 */
export function History(props: HistoryProps) {
  return (
    <section class="card history" data-testid="history">
      <h2>History</h2>
      <button type="button" onClick={props.onBack}>
        Back
      </button>
    </section>
  );
}
