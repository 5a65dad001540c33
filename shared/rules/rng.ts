// The seeded random generator whose whole state is one uint32 kept in GameState.rng (mulberry32).
// Pure: must not import anything, and never touches Math.random or the clock.

/** One draw: a float in [0, 1) and the generator state to store back into the game state. */
export function nextRandom(rng: number): { value: number; rng: number } {
  const next = (rng + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return { value, rng: next };
}

/** An integer in [0, n) and the next generator state. */
export function nextInt(rng: number, n: number): { value: number; rng: number } {
  const draw = nextRandom(rng);
  return { value: Math.floor(draw.value * n), rng: draw.rng };
}
