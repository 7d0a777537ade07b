import { describe, expect, it } from 'vitest';
import { timingText } from '../../../src/ui/Results/timingText';

describe('timingText', () => {
  it('timingText(corrections) gives signed ms per side and type, and "none" where none was made', () => {
    const t = timingText({
      'left|heel-strike': 0.0084,
      'right|heel-strike': 0.0031,
      'left|toe-off': -0.0021,
      'right|toe-off': 0,
    });
    expect(t).toBe(
      'corrected for the low-pass filter’s bias: heel strike L +8 / R +3 ms, toe-off L −2 / R none ms',
    );
  });

  it('timingText(null / undefined) says the correction was off or predates the result', () => {
    expect(timingText(null)).toMatch(/turned off/);
    expect(timingText(undefined)).toMatch(/before it existed/);
  });
});
