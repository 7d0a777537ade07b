import { describe, expect, it } from 'vitest';
import { computeAsymmetry } from '../../../src/core/params/computeAsymmetry';
import { GATE_CYCLES } from '../../../src/core/params/gradeStat';
import {
  formatAsymmetry,
  formatNumber,
  formatStatCell,
  parameterRows,
} from '../../../src/ui/Results/formatParameter';
import { demoAdult, demoBare, walkAdult } from './analyses';

const param = (r: typeof demoBare, key: string) =>
  r.measurements.parameters.find((p) => p.key === key)!;

describe('formatParameter', () => {
  it('formatNumber(value, decimals) uses a true minus sign and a dash for missing values', () => {
    expect(formatNumber(-1.806, 2)).toBe('−1.81');
    expect(formatNumber(0.5647, 3)).toBe('0.565');
    expect(formatNumber(null, 1)).toBe('—');
    expect(formatNumber(NaN, 1)).toBe('—');
  });

  it('parameterRows(demo, no patient) labels cadence with its unit and gives each value or why not', () => {
    const p = param(demoBare, 'cadenceStepsPerMin');
    const row = parameterRows(demoBare.measurements.parameters).find((r) => r.key === p.key)!;
    expect(row.label).toBe('Cadence (steps/min)');
    const cells = [
      [p.all, row.all],
      [p.left!, row.left!],
      [p.right!, row.right!],
    ] as const;
    expect(cells.some(([stat]) => stat.mean !== null)).toBe(true);
    for (const [stat, cell] of cells) {
      expect(cell.nUsed).toBe(stat.nUsed);
      if (stat.mean === null) {
        expect(cell.value).toBe('—');
        expect(cell.notes[0]).toMatch(/^not measured: /);
      } else {
        expect(Number(cell.value)).toBeCloseTo(stat.mean, 1);
        expect(cell.notes.some((t) => t.startsWith('not measured'))).toBe(false);
      }
    }
    expect(row.norm.reference).toBe('');
    expect(row.norm.note).toBe('age unknown');
  });

  it('parameterRows(demo) words the few-cycles caution and the cycles SD and CV need', () => {
    const rows = parameterRows(demoBare.measurements.parameters);
    const few = demoBare.measurements.parameters.flatMap((p, i) =>
      (['all', 'left', 'right'] as const).flatMap((k) =>
        p[k]?.reasons.includes('few-cycles')
          ? [{ stat: p[k]!, cell: rows[i]![k]!, row: rows[i]! }]
          : [],
      ),
    );
    expect(few.length).toBeGreaterThan(0);
    for (const { stat, cell, row } of few) {
      // said in the cell, or once for the row when every measured value of the row shares it
      const said = [...cell.notes, ...row.notes];
      expect(said).toContain(
        `fewer than ${GATE_CYCLES.fewBelow} gait cycles: interpret with caution`,
      );
      if (stat.reasons.includes('variability-needs-more-cycles')) {
        expect(stat.sd).toBeNull();
        expect(cell.spread).toBe('');
        expect(said).toContain(
          `SD and CV need at least ${GATE_CYCLES.minForVariability} gait cycles`,
        );
      }
    }
    const cadence = rows.find((r) => r.key === 'cadenceStepsPerMin')!;
    // the demo's cadence values all have few cycles: the caution is given once, not three times
    expect(cadence.notes).toContain(
      `fewer than ${GATE_CYCLES.fewBelow} gait cycles: interpret with caution`,
    );
    for (const c of [cadence.all, cadence.left, cadence.right]) {
      expect(c!.notes.some((n) => n.startsWith('fewer than'))).toBe(false);
    }
  });

  it('parameterRows(demo, 30 y f 165 cm) names the norm and gives z and flag in words', () => {
    const p = param(demoAdult, 'cadenceStepsPerMin');
    const n = p.norm!.left!;
    const row = parameterRows(demoAdult.measurements.parameters).find((r) => r.key === p.key)!;
    expect(row.norm.reference).toBe(n.reference);
    expect(row.norm.referenceName).not.toBe('');
    expect(row.norm.meanSd).toBe(`${n.mean!.toFixed(1)} ± ${n.sd!.toFixed(1)}`);
    expect(row.norm.population).toBe(n.population);
    expect(row.left!.z).toBe(`z ${formatNumber(n.z, 2)}`);
    const expected = Math.abs(n.z!) <= 2 ? 'within norm' : n.z! > 0 ? 'above norm' : 'below norm';
    expect(row.left!.flagText).toBe(expected);
  });

  it('parameterRows(synthetic 12 s walk) gives SD and CV once enough cycles exist', () => {
    const p = param(walkAdult, 'stepTimeS');
    expect(p.all.sd).not.toBeNull();
    const row = parameterRows(walkAdult.measurements.parameters).find(
      (r) => r.key === 'stepTimeS',
    )!;
    expect(row.all.spread).toBe(
      `SD ${formatNumber(p.all.sd, 3)} · CV ${formatNumber(p.all.cvPct, 1)} %`,
    );
    expect(row.all.nUsed).toBe(p.all.nUsed);
    expect(row.all.notes.some((t) => t.startsWith('not measured'))).toBe(false);
  });

  it('formatStatCell(stat, undefined, unit) reads no norm and keeps every reason', () => {
    const stat = param(demoBare, 'speedMPerS').all;
    const cell = formatStatCell(stat, undefined, 'm/s');
    expect(cell.flagText).toBe('no norm');
    expect(cell.z).toBe('');
    expect(cell.notes).toEqual(['not measured: no scale: enter the patient’s height']);
  });

  it('formatAsymmetry(stepTime) gives index, ratio and difference, or why it is refused', () => {
    const a = walkAdult.measurements.asymmetry.stepTime;
    expect(a.symmetryIndexPct).not.toBeNull();
    expect(formatAsymmetry(a)).toBe(
      `symmetry index ${formatNumber(a.symmetryIndexPct, 1)} % · ratio ${formatNumber(a.symmetryRatio, 2)} · left − right ${formatNumber(a.differenceS, 3)} s`,
    );
    // The synthetic walk has 0.04 s of step-time asymmetry built in.
    expect(Math.abs(a.differenceS!)).toBeGreaterThan(0.02);
    const none = computeAsymmetry(
      walkAdult.measurements.parameters.filter((q) => q.key !== 'stepTimeS'),
    );
    expect(formatAsymmetry(none)).toBe('not measured: no gait events on this side');
  });
});
