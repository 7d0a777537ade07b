import { describe, expect, it } from 'vitest';
import { computePhaseCoordinationPlotnik } from '../../../src/core/ted/plotnik';
import { eventsFromRows, readStrideRows } from './gaitndd';
import { ev, gauss, prng, steadyEvents } from './synthetic';

describe('computePhaseCoordinationPlotnik', () => {
  it('computePhaseCoordinationPlotnik(perfect alternation) gives PCI ≈ 0 % and mean phase 180°', () => {
    const r = computePhaseCoordinationPlotnik(steadyEvents(1.1, 30));
    expect(Math.abs(r.meanPhaseDeg.value - 180)).toBeLessThan(1e-6);
    expect(r.pciPct.value).toBeLessThan(1e-6);
    expect(r.pciPct.nUsed).toBeGreaterThanOrEqual(25);
    expect(r.pciPct.confidence).toBe('ok');
  });

  it('computePhaseCoordinationPlotnik(constant phase 198°) gives P_φ_ABS = 10 %, φ_CV = 0, PCI = 10 %', () => {
    const r = computePhaseCoordinationPlotnik(steadyEvents(1.0, 30, 198 / 360));
    expect(Math.abs(r.pciPct.value - 10)).toBeLessThan(1e-6);
    expect(Math.abs(r.meanPhaseDeg.value - 198)).toBeLessThan(1e-6);
  });

  it('computePhaseCoordinationPlotnik(jittered phases) matches φ_CV + P_φ_ABS computed by hand', () => {
    const rand = prng(3);
    const phases = Array.from({ length: 40 }, () => 180 + 12 * gauss(rand));
    const events = phases.flatMap((p, i) => [
      ev('left', 'heel-strike', i),
      ev('right', 'heel-strike', i + p / 360),
    ]);
    events.push(ev('left', 'heel-strike', 40));
    const mean = phases.reduce((s, v) => s + v, 0) / phases.length;
    const sd = Math.sqrt(phases.reduce((s, v) => s + (v - mean) ** 2, 0) / (phases.length - 1));
    const abs = phases.reduce((s, v) => s + Math.abs(v - 180), 0) / phases.length;
    const expected = (100 * sd) / mean + (100 * abs) / 180;
    const r = computePhaseCoordinationPlotnik(events);
    expect(Math.abs(r.pciPct.value - expected)).toBeLessThan(1e-9);
  });

  it('computePhaseCoordinationPlotnik(events) uses the longer-swing leg as reference', () => {
    const events = steadyEvents(1.0, 20, 0.5, 0.6).map((e) =>
      e.side === 'right' && e.type === 'toe-off' ? { ...e, timeS: e.timeS - 0.1 } : e,
    );
    expect(computePhaseCoordinationPlotnik(events).referenceSide).toBe('right');
  });

  it('computePhaseCoordinationPlotnik(2 strides) returns NaN with too-few-strides, not a throw', () => {
    const r = computePhaseCoordinationPlotnik(steadyEvents(1.0, 2.5));
    expect(r.pciPct.value).toBeNaN();
    expect(r.pciPct.reasons).toContain('too-few-strides');
  });

  it('computePhaseCoordinationPlotnik(gaitndd heel strikes) is higher on average in Parkinson and Huntington than in controls', () => {
    const bySubject = readStrideRows();
    const groups = new Map<string, number[]>();
    for (const [subject, rows] of bySubject) {
      if (subject === 'hunt20') continue; // right-foot columns invalid (data README)
      const r = computePhaseCoordinationPlotnik(eventsFromRows(rows));
      expect(r.pciPct.confidence).toBe('ok');
      const g = rows[0]!.group;
      groups.set(g, [...(groups.get(g) ?? []), r.pciPct.value]);
    }
    const mean = (g: string): number =>
      groups.get(g)!.reduce((s, v) => s + v, 0) / groups.get(g)!.length;
    // Heel strikes are reconstructed from interval data assuming equal initial and terminal double support
    // (gaitndd.ts), which biases each subject's mean phase by a few degrees and inflates P_φ_ABS. So we require
    // the group ordering and a control mean in the healthy range widened by that bias (2–6 %; measured 4.8 %).
    expect(mean('control')).toBeGreaterThan(2);
    expect(mean('control')).toBeLessThan(6);
    expect(mean('park')).toBeGreaterThan(mean('control'));
    expect(mean('hunt')).toBeGreaterThan(mean('control'));
    console.info(
      'gaitndd mean PCI %',
      Object.fromEntries([...groups.keys()].map((g) => [g, mean(g).toFixed(2)])),
    );
  });
});
