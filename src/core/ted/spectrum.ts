/** Dominant frequency of a series from a fine-grid, Hann-windowed discrete-time Fourier transform. */

/** Parameters of {@link estimateDominantFrequency}. */
export interface DominantFrequencyParams {
  /** Lowest frequency searched, Hz (> 0). 0.75 Hz = 45 steps/min. */
  minHz: number;
  /** Highest frequency searched, Hz. 4 Hz = 240 steps/min. */
  maxHz: number;
  /** Spacing of the frequency grid, Hz (> 0). */
  resolutionHz: number;
  /** Half-width of the band counted as the peak when computing `peakPowerFrac`, Hz. */
  peakHalfWidthHz: number;
}

/** Defaults of {@link estimateDominantFrequency}: the step-frequency band of adult walking. */
export const DEFAULT_DOMINANT_FREQUENCY_PARAMS: Readonly<DominantFrequencyParams> = Object.freeze({
  minHz: 0.75,
  maxHz: 4,
  resolutionHz: 0.005,
  peakHalfWidthHz: 0.15,
});

/** Result of {@link estimateDominantFrequency}. */
export interface DominantFrequency {
  /** Frequency of the highest power in the band (parabolic refinement), Hz; NaN when none. */
  frequencyHz: number;
  /** Power within ±peakHalfWidthHz of the peak over the power in the band, 0–1 (peak prominence). */
  peakPowerFrac: number;
  nUsed: number;
  nDropped: number;
}

/**
 * Find the frequency with the highest spectral power inside a band.
 * @param values - uniformly sampled series; NaN = missing; not modified
 * @param fsHz - sample rate, Hz (> 0)
 * @param params - band and grid
 * @returns frequency (Hz), peak prominence (0–1), nUsed / nDropped samples
 * @remarks The valid samples are detrended (least-squares line), multiplied by a Hann window, and
 * missing samples contribute zero. Power is evaluated directly on a grid finer than 1/duration
 * (equivalent to zero padding), so a 5-s clip still gives a smooth peak, though its true resolution
 * stays about 1/duration. Fewer than 8 valid samples, or a band above Nyquist, give NaN.
 */
export function estimateDominantFrequency(
  values: Float64Array,
  fsHz: number,
  params: DominantFrequencyParams = DEFAULT_DOMINANT_FREQUENCY_PARAMS,
): DominantFrequency {
  const n = values.length;
  const x = detrend(values);
  const nUsed = x.valid;
  const none = { frequencyHz: NaN, peakPowerFrac: NaN, nUsed, nDropped: n - nUsed };
  const maxHz = Math.min(params.maxHz, fsHz / 2);
  if (nUsed < 8 || !(fsHz > 0) || maxHz <= params.minHz) return none;
  for (let i = 0; i < n; i++) x.values[i]! *= 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (n - 1));
  const nf = Math.floor((maxHz - params.minHz) / params.resolutionHz) + 1;
  const power = new Float64Array(nf);
  let best = 0;
  let total = 0;
  for (let k = 0; k < nf; k++) {
    power[k] = powerAt(x.values, (params.minHz + k * params.resolutionHz) / fsHz);
    total += power[k]!;
    if (power[k]! > power[best]!) best = k;
  }
  if (!(total > 0)) return none;
  let offset = 0;
  if (best > 0 && best < nf - 1) {
    const a = power[best - 1]!;
    const b = power[best]!;
    const c = power[best + 1]!;
    const den = a - 2 * b + c;
    if (den < 0) offset = (0.5 * (a - c)) / den;
  }
  const half = Math.round(params.peakHalfWidthHz / params.resolutionHz);
  let peak = 0;
  for (let k = Math.max(0, best - half); k <= Math.min(nf - 1, best + half); k++) peak += power[k]!;
  return {
    frequencyHz: params.minHz + (best + offset) * params.resolutionHz,
    peakPowerFrac: peak / total,
    nUsed,
    nDropped: n - nUsed,
  };
}

// Power of x at a normalised frequency (cycles per sample).
function powerAt(x: Float64Array, cyclesPerSample: number): number {
  let re = 0;
  let im = 0;
  const w = 2 * Math.PI * cyclesPerSample;
  for (let i = 0; i < x.length; i++) {
    re += x[i]! * Math.cos(w * i);
    im -= x[i]! * Math.sin(w * i);
  }
  return re * re + im * im;
}

// Remove the least-squares line through the valid samples; NaN becomes 0.
function detrend(values: Float64Array): { values: Float64Array; valid: number } {
  let sn = 0;
  let st = 0;
  let sv = 0;
  let stt = 0;
  let stv = 0;
  values.forEach((v, i) => {
    if (Number.isNaN(v)) return;
    sn++;
    st += i;
    sv += v;
    stt += i * i;
    stv += i * v;
  });
  const den = sn * stt - st * st;
  const slope = den > 0 ? (sn * stv - st * sv) / den : 0;
  const icpt = sn > 0 ? (sv - slope * st) / sn : 0;
  const out = Float64Array.from(values, (v, i) => (Number.isNaN(v) ? 0 : v - icpt - slope * i));
  return { values: out, valid: sn };
}
