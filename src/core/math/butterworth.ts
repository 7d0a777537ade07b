/** Second-order Butterworth low-pass run forward and backward (zero lag). */

/** Biquad coefficients, normalised so that a0 = 1. */
export interface BiquadCoeffs {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/**
 * Coefficients of a 2nd-order Butterworth low-pass filter (bilinear transform with pre-warping).
 * @param cutoffHz - cut-off frequency, Hz (0 < cutoffHz < fpsHz / 2)
 * @param fpsHz - sampling rate, Hz (> 0)
 * @returns biquad coefficients `{ b0, b1, b2, a1, a2 }` with unit gain at DC
 * @remarks Bilinear transform of the analogue prototype 1 / (s² + √2 s + 1), frequency pre-warped
 *   so the −3 dB point of one pass is exactly `cutoffHz`.
 * @see Winter DA. Biomechanics and Motor Control of Human Movement, 4th ed. Wiley; 2009. §3.4.
 *   doi:10.1002/9780470549148
 */
export function butterworthLowpassCoeffs(cutoffHz: number, fpsHz: number): BiquadCoeffs {
  const k = Math.tan((Math.PI * cutoffHz) / fpsHz);
  const k2 = k * k;
  const norm = 1 / (1 + Math.SQRT2 * k + k2);
  const b0 = k2 * norm;
  return {
    b0,
    b1: 2 * b0,
    b2: b0,
    a1: 2 * (k2 - 1) * norm,
    a2: (1 - Math.SQRT2 * k + k2) * norm,
  };
}

// One causal pass over `x[from..to)` written into `out`, starting in steady state at `x[from]`.
function biquadPass(x: Float64Array, c: BiquadCoeffs): Float64Array {
  const out = new Float64Array(x.length);
  const x0 = x[0] ?? 0;
  let z1 = (c.b1 + c.b2 - c.a1 - c.a2) * x0;
  let z2 = (c.b2 - c.a2) * x0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    const yi = c.b0 * xi + z1;
    z1 = c.b1 * xi - c.a1 * yi + z2;
    z2 = c.b2 * xi - c.a2 * yi;
    out[i] = yi;
  }
  return out;
}

// Zero-lag filter of one finite run, padded at both ends by odd reflection.
function filtfiltRun(run: Float64Array, c: BiquadCoeffs, padFrames: number): Float64Array {
  const n = run.length;
  const pad = Math.min(padFrames, n - 1);
  const ext = new Float64Array(n + 2 * pad);
  const first = run[0]!;
  const last = run[n - 1]!;
  for (let i = 0; i < pad; i++) {
    ext[i] = 2 * first - run[pad - i]!;
    ext[n + pad + i] = 2 * last - run[n - 2 - i]!;
  }
  ext.set(run, pad);
  const fwd = biquadPass(ext, c).reverse();
  const back = biquadPass(fwd, c).reverse();
  return back.subarray(pad, pad + n).slice();
}

/**
 * Zero-lag low-pass filter: 2nd-order Butterworth applied forward then backward.
 * @param values - samples at a constant rate; NaN marks missing samples; not modified
 * @param cutoffHz - cut-off of one pass, Hz (> 0); at or above 0.49·fpsHz the input is copied unfiltered
 * @param fpsHz - sampling rate, Hz (> 0)
 * @returns a new Float64Array of the same length
 * @remarks Missing data: each run of finite samples is filtered on its own (NaN stays NaN, no
 *   value crosses a gap). Runs shorter than 3 samples are copied unchanged. Each run is padded with
 *   an odd reflection of up to 3·fpsHz/cutoffHz samples and the filter starts in steady state,
 *   which keeps the ends free of transients. The forward-backward pass doubles the order (4th order
 *   overall) and moves the −3 dB point to about 0.80·cutoffHz; like most gait software we quote the
 *   cut-off of one pass.
 * @see Winter DA. Biomechanics and Motor Control of Human Movement, 4th ed. Wiley; 2009. §3.4.
 *   doi:10.1002/9780470549148
 */
export function lowpassFiltfilt(
  values: Float64Array,
  cutoffHz: number,
  fpsHz: number,
): Float64Array {
  const out = Float64Array.from(values);
  if (!(cutoffHz > 0) || !(fpsHz > 0) || cutoffHz >= 0.49 * fpsHz) return out;
  const c = butterworthLowpassCoeffs(cutoffHz, fpsHz);
  const padFrames = Math.ceil((3 * fpsHz) / cutoffHz);
  let start = -1;
  for (let i = 0; i <= values.length; i++) {
    const finite = i < values.length && Number.isFinite(values[i]!);
    if (finite && start < 0) start = i;
    if (!finite && start >= 0) {
      if (i - start >= 3) out.set(filtfiltRun(values.subarray(start, i), c, padFrames), start);
      start = -1;
    }
  }
  return out;
}
