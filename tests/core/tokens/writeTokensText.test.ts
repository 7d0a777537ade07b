import { describe, expect, it } from 'vitest';
import { computeTed } from '../../../src/core/ted/computeTed';
import { computeTokens } from '../../../src/core/tokens/computeTokens';
import { writeTokensText } from '../../../src/core/tokens/writeTokensText';
import { frameTimes, interAnkle, pelvis, steadyEvents } from '../ted/synthetic';
import { pooled, sided, stat } from './fixtures';

const OK = { ok: true, reasons: [] };

describe('writeTokensText', () => {
  it('writeTokensText(cadence with norm) prints `cadence=173.7 steps/min (z=+2.1, high)`', () => {
    const set = computeTokens({
      parameters: [pooled('cadenceStepsPerMin', 'steps/min', 173.7, [115, 28])],
      quality: OK,
    });
    expect(writeTokensText(set).split('\n')).toEqual([
      '# gaitlens.tokens/1',
      'cadence=173.7 steps/min (z=+2.1, high)',
      'quality=ok',
    ]);
  });

  it('writeTokensText(sided step time) prints pooled, L, R and the asymmetry on one line', () => {
    const set = computeTokens({
      parameters: [sided('stepTimeS', 's', 0.66, 0.5, 0.81)],
      quality: OK,
    });
    expect(writeTokensText(set).split('\n')[1]).toBe(
      'step_time=0.66 s L=0.50 s R=0.81 s (asym 47.3%)',
    );
  });

  it('writeTokensText(percent, refused and low-confidence parameters) follows the documented grammar', () => {
    const set = computeTokens({
      parameters: [
        pooled('doubleSupportPct', '%', 31, [22, 4]),
        { key: 'speedMPerS', unit: 'm/s', all: stat(null, 0, null, ['no-scale']) },
        { key: 'stancePct', unit: '%', all: stat(62.04, 2, 'C', ['few-cycles']) },
      ],
      quality: { ok: false, reasons: ['too-few-cycles'] },
    });
    expect(writeTokensText(set).split('\n')).toEqual([
      '# gaitlens.tokens/1',
      'speed=not measured (no-scale)',
      'stance=62.0% [low confidence: few-cycles]',
      'double_support=31.0% (z=+2.3, high)',
      'quality=refused (too-few-cycles)',
    ]);
  });

  it('writeTokensText(tokens with TED) appends rhythm lines and the trend, deterministically', () => {
    const timesS = frameTimes(30, 20);
    const ted = computeTed({
      timesS,
      interAnkleDistanceM: interAnkle(timesS, 1.8),
      pelvisVerticalFrac: pelvis(timesS, 1.8, 0.004),
      events: steadyEvents(2 / 1.8, 20, 0.5, 0.6, 0),
    });
    const set = computeTokens({ parameters: [], ted, quality: OK });
    const lines = writeTokensText(set).split('\n');
    expect(lines[1]).toBe(`step_frequency=${ted.stepFrequencyHz.value.toFixed(2)} Hz`);
    expect(lines[1]).toMatch(/^step_frequency=1\.8\d Hz$/);
    expect(lines).toContain(`pci=${ted.phaseCoordinationIndexPct.value.toFixed(1)}%`);
    expect(lines.at(-2)).toBe('trend=steady');
    expect(writeTokensText(computeTokens({ parameters: [], ted, quality: OK }))).toBe(
      lines.join('\n'),
    );
  });
});
