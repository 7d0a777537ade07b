import { useState } from 'preact/hooks';
import type { EventEdit, GaitEvent, GaitEventType, Side } from '../../core/events/types';
import { describeEdit, shiftByFrames, withAdd, withDelete, withMove } from './eventEdits';
import { formatNumber } from './formatParameter';
import { EVENT_LABELS, SIDE_LABELS } from './labels';

/** Below this confidence an event is marked "low" (the quality gate in params/gradeStat drops a grade there). */
const LOW_CONFIDENCE_FRAC = 0.5;

/**
 * Manual event editor: the event list with confidence, moving the selected event by frames,
 * deleting it, adding an event, the list of edits made by hand and undo of the last one.
 * @param props - events, edits, timing (fps Hz, duration s), selection and callbacks
 */
export function EventEditor(props: {
  events: GaitEvent[];
  edits: EventEdit[];
  unmatched: EventEdit[];
  fpsHz: number;
  durationS: number;
  selected: number | null;
  pendingS: number | null;
  cursorS: number;
  busy: boolean;
  onSelect: (index: number | null) => void;
  onPending: (timeS: number | null) => void;
  onEdits: (edits: EventEdit[]) => void;
}) {
  const [side, setSide] = useState<Side>('left');
  const [type, setType] = useState<GaitEventType>('heel-strike');
  const sel = props.selected !== null ? (props.events[props.selected] ?? null) : null;
  const at = props.pendingS ?? sel?.timeS ?? 0;
  const nudge = (frames: number) =>
    props.onPending(shiftByFrames(at, frames, props.fpsHz, props.durationS));
  const unmatched = new Set(props.unmatched.map((e) => JSON.stringify(e)));
  const frameOf = (t: number) => Math.round(t * props.fpsHz);
  return (
    <div class="event-editor">
      {sel ? (
        <div class="selected-event" data-testid="selected-event">
          <strong>
            {SIDE_LABELS[sel.side]} {EVENT_LABELS[sel.type].toLowerCase()}
          </strong>{' '}
          at {formatNumber(at, 3)} s (frame {frameOf(at)})
          {props.pendingS !== null &&
            ` — moved from ${formatNumber(sel.timeS, 3)} s, not applied yet`}{' '}
          · confidence {Math.round(100 * sel.confidenceFrac)} %
          <div class="actions">
            <button
              type="button"
              disabled={props.busy}
              onClick={() => nudge(-1)}
              data-testid="event-earlier"
            >
              ◀ 1 frame
            </button>
            <button
              type="button"
              disabled={props.busy}
              onClick={() => nudge(1)}
              data-testid="event-later"
            >
              1 frame ▶
            </button>
            <button
              type="button"
              class="primary"
              disabled={props.busy || props.pendingS === null}
              onClick={() => props.onEdits(withMove(props.edits, sel, at))}
              data-testid="event-apply-move"
            >
              Apply move
            </button>
            <button
              type="button"
              disabled={props.busy}
              onClick={() => props.onEdits(withDelete(props.edits, sel))}
              data-testid="event-delete"
            >
              Delete event
            </button>
            <button type="button" onClick={() => props.onSelect(null)}>
              Deselect
            </button>
          </div>
        </div>
      ) : (
        <p class="meta">Select an event in the timeline or the list to move or delete it.</p>
      )}
      <form
        class="add-event"
        onSubmit={(e) => {
          e.preventDefault();
          props.onEdits(withAdd(props.edits, side, type, props.cursorS, props.fpsHz));
        }}
      >
        <label>
          Foot
          <select
            value={side}
            onChange={(e) => setSide((e.currentTarget as HTMLSelectElement).value as Side)}
          >
            <option value="left">left</option>
            <option value="right">right</option>
          </select>
        </label>
        <label>
          Event
          <select
            value={type}
            onChange={(e) => setType((e.currentTarget as HTMLSelectElement).value as GaitEventType)}
          >
            <option value="heel-strike">heel strike</option>
            <option value="toe-off">toe-off</option>
          </select>
        </label>
        <span>
          at the cursor, {formatNumber(props.cursorS, 3)} s (frame {frameOf(props.cursorS)})
        </span>
        <button type="submit" disabled={props.busy} data-testid="event-add">
          Add event
        </button>
      </form>
      <table class="event-list" data-testid="event-list">
        <thead>
          <tr>
            <th scope="col">Time (s)</th>
            <th scope="col">Frame</th>
            <th scope="col">Foot</th>
            <th scope="col">Event</th>
            <th scope="col">Confidence</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {props.events.map((e, i) => (
            <tr
              key={`${e.side}${e.type}${e.timeS}`}
              class={i === props.selected ? 'selected' : ''}
              data-testid={`event-row-${i}`}
              tabIndex={0}
              aria-selected={i === props.selected}
              onClick={() => props.onSelect(i)}
              onKeyDown={(k) => {
                if (k.key === 'Enter' || k.key === ' ') {
                  k.preventDefault();
                  props.onSelect(i);
                }
              }}
            >
              <td>{formatNumber(e.timeS, 3)}</td>
              <td>{e.frame}</td>
              <td>{SIDE_LABELS[e.side]}</td>
              <td>{EVENT_LABELS[e.type]}</td>
              <td>
                {Math.round(100 * e.confidenceFrac)} %
                {e.confidenceFrac < LOW_CONFIDENCE_FRAC && <span class="warn"> low</span>}
              </td>
              <td>{e.source === 'manual' ? <strong>edited by hand</strong> : e.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Edits by hand ({props.edits.length})</h4>
      {props.edits.length === 0 ? (
        <p class="meta">None: all events are as detected.</p>
      ) : (
        <ol class="edits" data-testid="edits-list">
          {props.edits.map((e, i) => (
            <li key={i}>
              {describeEdit(e)}
              {unmatched.has(JSON.stringify(e)) && (
                <span class="warn"> — not applied: no such event any more</span>
              )}
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        disabled={props.busy || props.edits.length === 0}
        onClick={() => props.onEdits(props.edits.slice(0, -1))}
        data-testid="edit-undo"
      >
        Undo last edit
      </button>
    </div>
  );
}
