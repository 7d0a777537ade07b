import { describe, expect, it } from 'vitest';
import { applyEventEdits } from '../../../src/core/events/applyEventEdits';
import { enforceEventOrder } from '../../../src/core/events/enforceEventOrder';
import type { GaitEvent } from '../../../src/core/events/types';

const ev = (
  side: 'left' | 'right',
  type: 'heel-strike' | 'toe-off',
  timeS: number,
  confidenceFrac = 0.9,
): GaitEvent => ({
  side,
  type,
  timeS,
  frame: Math.round(timeS * 30),
  confidenceFrac,
  source: 'zeni', // prettier-ignore
});

describe('applyEventEdits / enforceEventOrder', () => {
  it('applyEventEdits(events, edits) adds, deletes and moves by nearest match without touching the input', () => {
    const events = [
      ev('left', 'heel-strike', 1.0),
      ev('left', 'toe-off', 1.7),
      ev('right', 'heel-strike', 1.5),
    ];
    const frozen = JSON.stringify(events);
    const r = applyEventEdits(
      events,
      [
        { op: 'delete', side: 'right', type: 'heel-strike', timeS: 1.51 },
        { op: 'move', side: 'left', type: 'toe-off', fromTimeS: 1.7, toTimeS: 1.8 },
        { op: 'add', event: ev('right', 'toe-off', 1.2, 0.1) },
        { op: 'delete', side: 'left', type: 'heel-strike', timeS: 3 },
      ],
      { fpsHz: 30 },
    );
    expect(JSON.stringify(events)).toBe(frozen);
    expect(r.applied).toBe(3);
    expect(r.unmatched).toHaveLength(1);
    expect(r.events.map((e) => [e.side, e.type, e.timeS, e.source])).toEqual([
      ['left', 'heel-strike', 1.0, 'zeni'],
      ['right', 'toe-off', 1.2, 'manual'],
      ['left', 'toe-off', 1.8, 'manual'],
    ]);
    expect(r.events[2]!.frame).toBe(54);
    expect(r.events[1]!.confidenceFrac).toBe(1);
  });

  it('enforceEventOrder(events) drops a duplicate heel strike and keeps the more confident one', () => {
    const events = [0, 1.1, 2.2, 3.3].flatMap((t) => [
      ev('left', 'heel-strike', t),
      ev('left', 'toe-off', t + 0.7),
    ]);
    events.push(ev('left', 'heel-strike', 2.3, 0.2));
    const r = enforceEventOrder(events);
    expect(r.events).toHaveLength(8);
    expect(r.dropped).toEqual([{ event: events[8], reason: 'duplicate' }]);
  });
});
