import { messageFor } from '../messages';

/**
 * A clear, specific problem message with the next step; no half-made result is shown.
 * @param props - message codes (the first is the headline) and a way back
 */
export function Problem(props: { codes: string[]; onBack: () => void }) {
  const [first, ...rest] = props.codes;
  const m = messageFor(first ?? 'unexpected');
  return (
    <section class="card problem" role="alert" data-testid="problem" data-code={first}>
      <h2>{m.title}</h2>
      <p>{m.detail}</p>
      <p class="action">{m.action}</p>
      {rest.length > 0 && (
        <ul>
          {rest.map((c) => (
            <li key={c} data-code={c}>
              {messageFor(c).title}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={props.onBack}>
        Try another recording
      </button>
    </section>
  );
}
