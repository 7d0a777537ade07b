import type { SchwartzSpeedBand } from './normData';
import { SPATIOTEMPORAL_NORMS } from './normData';

/** Gravitational acceleration, m/s² (standard gravity). */
const G_M_PER_S2 = 9.80665;

/**
 * Upper limits of the dimensionless speed v / √(g·L) for VerySlow, Slow, Free and Fast (VeryFast
 * above). NOT VERIFIED here against the text of Schwartz et al. 2008 (the paper could not be read
 * in this environment); see docs/norms.md and check before clinical use.
 */
export const SCHWARTZ_BAND_UPPER_LIMITS: readonly number[] = Object.freeze([
  0.227, 0.363, 0.5, 0.636,
]);

const BANDS: readonly SchwartzSpeedBand[] = ['VerySlow', 'Slow', 'Free', 'Fast', 'VeryFast'];

/** The chosen band, the dimensionless speed it was chosen from (NaN if none) and a note. */
export interface SpeedBandChoice {
  band: SchwartzSpeedBand;
  dimensionlessSpeed: number;
  note: string;
}

/**
 * Pick the Schwartz 2008 walking-speed band for a child's measured speed.
 * @param speedMPerS - walking speed, m/s (0–3); undefined or NaN gives the `Free` band
 * @param heightCm - standing height, cm (50–250); undefined or NaN gives the `Free` band
 * @returns band, dimensionless speed v / √(g·L) (NaN when not computed) and a note saying what
 *   was assumed
 * @remarks
 * Schwartz et al. grouped trials by dimensionless (Froude-scaled) speed, v̂ = v / √(g·L) with L the
 * leg length (Hof 1996). Leg length is not measured here, so L = height × the mean leg-length /
 * height ratio of the Fukuchi 2018 adults (computed from their data by the build script). Children
 * have relatively shorter legs than adults, so this overestimates L and underestimates v̂ slightly.
 * The band limits are {@link SCHWARTZ_BAND_UPPER_LIMITS} (unverified, see there).
 * @see Schwartz MH, Rozumalski A, Trost JP (2008). J Biomech 41(8):1639-1650.
 *   doi:10.1016/j.jbiomech.2008.03.015
 * @see Hof AL (1996). Scaling gait data to body size. Gait Posture 4(3):222-223.
 *   doi:10.1016/0966-6362(95)01057-2
 */
export function schwartzSpeedBand(speedMPerS?: number, heightCm?: number): SpeedBandChoice {
  if (speedMPerS === undefined || !Number.isFinite(speedMPerS)) {
    return { band: 'Free', dimensionlessSpeed: NaN, note: 'speed unknown; free-speed band used' };
  }
  if (heightCm === undefined || !Number.isFinite(heightCm) || heightCm <= 0) {
    return { band: 'Free', dimensionlessSpeed: NaN, note: 'height unknown; free-speed band used' };
  }
  const legLengthM = (heightCm / 100) * SPATIOTEMPORAL_NORMS.legLengthPerHeight.mean;
  const v = speedMPerS / Math.sqrt(G_M_PER_S2 * legLengthM);
  const index = SCHWARTZ_BAND_UPPER_LIMITS.findIndex((limit) => v < limit);
  const band = BANDS[index < 0 ? BANDS.length - 1 : index] as SchwartzSpeedBand;
  return {
    band,
    dimensionlessSpeed: v,
    note: `speed band ${band} from dimensionless speed ${v.toFixed(3)} (leg length estimated from height)`,
  };
}
