/**
 * Lab files as labs write them: OpenSim's gait2354 example trial (OpenSim marker names, 60 Hz,
 * walked on a treadmill, one stride a side) checked against its own force plates, which no marker
 * trajectory produced.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFile, runAnalyzeCommand } from '../../cli/commands/analyze';
import { readRecording } from '../../cli/readRecording';

const DIR = 'tests/fixtures/opensim-gait2354';
const TRC = readFileSync(`${DIR}/subject01_walk1.trc`);

/** Force-plate contacts: vertical force (`…vy`, N) crossing 20 N; right foot plate `ground_force`, left `1_ground_force`. */
function plateEvents(): {
  side: 'left' | 'right';
  type: 'heel-strike' | 'toe-off';
  timeS: number;
}[] {
  const lines = readFileSync(`${DIR}/subject01_walk1_grf.mot`, 'utf8').split('\n');
  const h = lines.findIndex((l) => l.startsWith('time'));
  const cols = lines[h]!.split('\t');
  const rows = lines
    .slice(h + 1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t').map(Number));
  const out: ReturnType<typeof plateEvents> = [];
  for (const [col, side] of [
    ['ground_force_vy', 'right'],
    ['1_ground_force_vy', 'left'],
  ] as const) {
    const k = cols.indexOf(col);
    for (let i = 1; i < rows.length; i++) {
      const [was, is] = [rows[i - 1]![k]! > 20, rows[i]![k]! > 20];
      if (was !== is) out.push({ side, type: is ? 'heel-strike' : 'toe-off', timeS: rows[i]![0]! });
    }
  }
  return out;
}

describe('OpenSim gait2354 trial (subject01_walk1.trc) read as it comes', () => {
  it('readRecording(trc) recognises the OpenSim heel, toe and pelvis markers and Y up', () => {
    const rec = readRecording('subject01_walk1.trc', TRC);
    if (rec.kind !== 'markers') throw new Error('expected markers');
    expect(rec.input.left).toMatchObject({ heel: 'L.Heel', toe: 'L.Toe.Tip' });
    expect(rec.input.right).toMatchObject({ heel: 'R.Heel', toe: 'R.Toe.Tip' });
    expect(rec.input.pelvis).toEqual(['L.ASIS', 'R.ASIS', 'V.Sacral']);
    expect([rec.input.verticalAxis, rec.input.verticalSign]).toEqual(['y', 1]);
  });

  it('analyzeFile(trc) finds the force plates’ contacts: heel strike within 35 ms, toe-off within 15 ms', () => {
    const { result } = analyzeFile('subject01_walk1.trc', TRC);
    expect(result.quality.reasons).not.toContain('not-walking');
    expect(result.quality.reasons).not.toContain('pelvis-proxy');
    // Contacts more than 0.3 s inside the 2.5-s trial; the plates' first toe-off (0.165 s) and last
    // heel strike (2.460 s) lie at the ends, where no extremum can be seen.
    const plates = plateEvents().filter((p) => p.timeS > 0.3 && p.timeS < 2.2);
    expect(plates).toHaveLength(6);
    for (const p of plates) {
      const hit = result.events.filter((e) => e.side === p.side && e.type === p.type);
      const err = Math.min(...hit.map((e) => Math.abs(e.timeS - p.timeS)));
      // Measured: heel strike 19, 30, 25 ms early (Zeni on a slowly landing heel); toe-off 7–12 ms.
      expect(err).toBeLessThanOrEqual(p.type === 'heel-strike' ? 0.035 : 0.015);
    }
    expect(result.events).toHaveLength(6);
  });

  it('runAnalyzeCommand(renamed markers) says the lab markers were not recognised, with --map, never "from GaitLens"', () => {
    const renamed = TRC.toString('utf8').replaceAll('Heel', 'Calx');
    const file = '/tmp/gaitlens-renamed-heels.trc';
    writeFileSync(file, renamed);
    let err = '';
    const code = runAnalyzeCommand(
      { file, json: true, patient: {} },
      () => undefined,
      (s) => (err += s),
    );
    expect(code).toBe(65);
    expect(err).toContain('[lab-markers]');
    expect(err).toContain('--map');
    expect(err).not.toContain('from GaitLens');
  });
});
