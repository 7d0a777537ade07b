/**
 * Smoothstep: 3u² − 2u³, rising from 0 to 1 with zero slope at both ends.
 * @param u - position in [0, 1] (not clamped)
 * @returns the eased value, dimensionless
 */
export const smooth = (u: number): number => u * u * (3 - 2 * u);
