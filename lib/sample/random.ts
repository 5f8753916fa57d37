/**
 * A small seeded PRNG (mulberry32): the same seed gives the same dataset on every machine,
 * so benchmarks and the sample workspace are reproducible. Not for anything secret.
 */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    /** Roughly normal (Irwin–Hall of 3), mean 0, sd ≈ sd. */
    normal: (sd: number) => ((next() + next() + next() - 1.5) / 0.5) * sd,
  };
}
