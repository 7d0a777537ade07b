/**
 * Lab files as labs write them: OpenSim's gait2354 example trial (OpenSim marker names, 60 Hz,
 * walked on a treadmill, one stride a side) checked against its own force plates, which no marker
 * trajectory produced (contacts from `loadOpenSim`, vertical force crossing 20 N).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFile, runAnalyzeCommand } from '../../cli/commands/analyze';
import { readRecording } from '../../cli/readRecording';
import { loadOpenSim } from '../core/events/labTrials';

const DIR = 'tests/fixtures/opensim-gait2354';
const TRC = readFileSync(`${DIR}/subject01_walk1.trc`);

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
    const plates = loadOpenSim().plateEvents.filter((p) => p.timeS > 0.3 && p.timeS < 2.2);
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
