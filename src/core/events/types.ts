/** Gait events (heel strike / toe-off) per side. */

/** Body side. */
export type Side = 'left' | 'right';

/** Event type: heel strike (initial contact) or toe-off (terminal contact / foot off). */
export type GaitEventType = 'heel-strike' | 'toe-off';

/** How an event was obtained. */
export type EventSource = 'zeni' | 'foot-velocity' | 'manual' | 'import';

/** One gait event. */
export interface GaitEvent {
  side: Side;
  type: GaitEventType;
  /** Time of the event, seconds from the start of the recording (sub-frame refined). */
  timeS: number;
  /** Nearest frame index (integer; never used as a time). */
  frame: number;
  /** Confidence 0–1 that the event is real and well placed. */
  confidenceFrac: number;
  source: EventSource;
}

/** A manual edit on top of detected events (stored so recomputation stays possible). */
export type EventEdit =
  | { op: 'add'; event: GaitEvent }
  | { op: 'delete'; side: Side; type: GaitEventType; timeS: number }
  | { op: 'move'; side: Side; type: GaitEventType; fromTimeS: number; toTimeS: number };
