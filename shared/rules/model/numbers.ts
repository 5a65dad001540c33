// Rounding and clamping: one place so every stored meter is rounded the same way.
// Pure; must not import anything impure.

/** Meters are stored at one decimal so that events and state agree exactly. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

export function clamp(lo: number, hi: number, x: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** The next stored value of a 0–100 meter after adding `delta`. */
export function step100(value: number, delta: number): number {
  return round1(clamp(0, 100, value + delta));
}
