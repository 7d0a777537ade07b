import { messageFor } from '../messages';
import type { Problem } from './problemOf';

/**
 * A failure shown to the user: the table's sentence, what to do, and for a malformed file where it is.
 * @param props - the problem; `testid` names the element for tests
 */
export function ProblemNote(props: { problem: Problem; testid?: string }) {
  const m = messageFor(props.problem.code);
  return (
    <div
      class="note problem-note"
      role="alert"
      data-testid={props.testid ?? 'problem-note'}
      data-code={props.problem.code}
    >
      <strong>{m.title}.</strong> {m.detail} {m.action}
      {props.problem.found && (
        <p>
          What is wrong: <span data-testid="problem-found">{props.problem.found}</span>
          {props.problem.where && (
            <>
              {' '}
              — where: <code data-testid="problem-where">{props.problem.where}</code>
            </>
          )}
        </p>
      )}
    </div>
  );
}
