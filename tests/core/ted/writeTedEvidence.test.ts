import { describe, expect, it } from 'vitest';
import { analyzeRecording } from '../../../src/core/pipeline/analyzeRecording';
import { synthesizeSkeleton } from '../../../src/core/synthetic/synthesizeSkeleton';
import { writeTedEvidence } from '../../../src/core/ted/writeTedEvidence';
import { missingTedValue } from '../../../src/core/ted/types';

const walk = synthesizeSkeleton({ cadenceStepsPerMin: 110, durationS: 10 });
const ted = analyzeRecording(walk.skeleton).ted;

describe('writeTedEvidence(ted)', () => {
  it('writeTedEvidence(ted) prints each value with its unit decimals and sample count', () => {
    const text = writeTedEvidence(ted);
    const lines = text.split('\n');
    expect(lines[0]).toBe('# gaitlens.ted/1');
    const hz = ted.stepFrequencyHz;
    expect(text).toContain(`step_frequency=${hz.value.toFixed(2)} Hz (n=${hz.nUsed})`);
    // 110 steps/min is 1.83 Hz: the printed number reads back within rounding (0.005 Hz).
    const printed = Number(/step_frequency=([\d.]+) Hz/.exec(text)![1]);
    expect(Math.abs(printed - 110 / 60)).toBeLessThan(0.02);
    expect(text).toContain(`trend=${ted.trendPattern}`);
    expect(text).toContain(`cycles=${ted.keyFrames.nCycles}`);
    expect(lines.at(-1)).toBe(
      ted.quality.ok ? 'quality=ok' : expect.stringMatching(/^quality=refused/),
    );
  });

  it('writeTedEvidence(ted) gives the key frames of the representative and most abnormal cycle', () => {
    const rep = ted.keyFrames.representative!;
    const text = writeTedEvidence(ted);
    expect(text).toContain(
      `representative (${rep.side}): heel strike frame ${rep.heelStrikeFrame} (${rep.heelStrikeTimeS.toFixed(2)} s)`,
    );
    expect(text).toContain(`mid-swing frame ${rep.midSwingFrame}`);
    expect(text).toMatch(/most_abnormal \((left|right)\): heel strike frame \d+/);
  });

  it('writeTedEvidence(ted) prints missing values as not measured with reasons and never NaN', () => {
    const missing = {
      ...ted,
      phaseCoordinationIndexPct: missingTedValue('%', ['too-few-strides']),
    };
    const text = writeTedEvidence(missing);
    expect(text).toContain('pci=not measured (too-few-strides)');
    expect(text).not.toMatch(/NaN/);
  });
});
