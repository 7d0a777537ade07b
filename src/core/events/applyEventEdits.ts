import { findEvent } from './findEvent';
import type { EventEdit, GaitEvent } from './types';

/** Options of {@link applyEventEdits}. */
export interface ApplyEventEditsParams {
  /** Frame rate used to recompute `frame` of moved events, Hz (> 0). */
  fpsHz: number;
  /** A delete / move matches the nearest event of that side and type within this distance, s (> 0). */
  matchToleranceS: number;
}

/** Result of {@link applyEventEdits}. */
export interface ApplyEventEditsResult {
  /** Events after the edits, sorted by time. */
  events: GaitEvent[];
  /** Number of edits applied. */
  applied: number;
  /** Edits whose target event was not found (kept so the UI can show them). */
  unmatched: EventEdit[];
}

/**
 * Apply manual edits (add, delete, move) on top of detected events, in order.
 * @param events - detected events; not modified
 * @param edits - edits in the order they were made; not modified
 * @param params - `fpsHz` (Hz) for frame numbers of moved events; `matchToleranceS` (s, default 0.02)
 * @returns the edited events (sorted by time), the number applied and the unmatched edits
 * @remarks Added and moved events get `source: 'manual'` and confidence 1. A delete or move refers to
 *   an event by side, type and time; the nearest event of that side and type within the tolerance
 *   is the target, so edits stay valid when detection is re-run with slightly different timing.
 *   Missing data: an edit with a NaN time matches nothing and is returned as unmatched.
 */
export function applyEventEdits(
  events: GaitEvent[],
  edits: EventEdit[],
  params: Partial<ApplyEventEditsParams> = {},
): ApplyEventEditsResult {
  const tol = params.matchToleranceS ?? 0.02;
  const out = events.map((e) => ({ ...e }));
  const unmatched: EventEdit[] = [];
  let applied = 0;
  for (const edit of edits) {
    if (edit.op === 'add') {
      if (!Number.isFinite(edit.event.timeS)) {
        unmatched.push(edit);
        continue;
      }
      out.push({ ...edit.event, source: 'manual', confidenceFrac: 1 });
      applied++;
      continue;
    }
    const at = edit.op === 'delete' ? edit.timeS : edit.fromTimeS;
    const i = findEvent(out, edit.side, edit.type, at, tol);
    if (i < 0 || (edit.op === 'move' && !Number.isFinite(edit.toTimeS))) {
      unmatched.push(edit);
      continue;
    }
    const [target] = out.splice(i, 1);
    if (edit.op === 'move') {
      const fps = params.fpsHz ?? (target!.timeS > 0 ? target!.frame / target!.timeS : 30);
      const frame = Math.round(target!.frame + (edit.toTimeS - target!.timeS) * fps);
      out.push({ ...target!, timeS: edit.toTimeS, frame, source: 'manual', confidenceFrac: 1 });
    }
    applied++;
  }
  return { events: out.sort((a, b) => a.timeS - b.timeS), applied, unmatched };
}
