/** Seeded pseudo-random numbers for synthetic data and tests. */

/**
 * A seeded uniform generator (mulberry32).
 * @param seed - any 32-bit integer; the same seed gives the same sequence
 * @returns a function returning uniform numbers in [0, 1)
 * @remarks Not cryptographic. Period 2³².
 * @see Ettinger T. mulberry32, public domain (2017). https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seeded standard normal generator (Box–Muller on mulberry32).
 * @param seed - any 32-bit integer
 * @returns a function returning N(0, 1) samples
 * @see Box GEP, Muller ME. A note on the generation of random normal deviates. Ann Math Stat.
 *   1958;29(2):610–611. doi:10.1214/aoms/1177706645
 */
export function gaussianPrng(seed: number): () => number {
  const uniform = mulberry32(seed);
  return () => {
    const u1 = Math.max(uniform(), 1e-12);
    const u2 = uniform();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  };
}
