// The viewing student's own reflection time when they have extra time (an accommodation): during the class's
// reflection their deadline is the class's plus their extra; after it, their personal deadline. Pure (unit-tested).
// Must not import Phaser, the SDK or the DOM.
import type { View } from '../../shared/rules/view-types.ts';

export interface OwnReflection {
  /** 'phase': the class's reflection is on and this student has more; 'late': the class moved on, theirs is open. */
  kind: 'phase' | 'late';
  round: number;
  /** Time left on the student's own deadline (frozen while the class clock is paused during the phase). */
  leftMs: number;
  /** The student's own deadline as a server time, or null while the class clock is paused. */
  endsAt: number | null;
  /** What their extra time adds to the reflection. */
  extraMs: number;
}

/** The student's own reflection deadline at `now` (server time), or null when it is the class's or none. */
export function ownReflection(view: View | null, now: number): OwnReflection | null {
  const you = view?.you;
  if (!view || !you) return null;
  const extraMs = view.extraTime?.[you.seatId]?.reflectionMs ?? 0;
  const answered = (round: number) => view.reflections.some((r) => r.round === round && r.seatId === you.seatId);
  if (view.phase === 'reflection' && extraMs > 0 && !answered(view.round)) {
    const { clock } = view;
    if (clock.paused)
      return { kind: 'phase', round: view.round, leftMs: (clock.remainingMs ?? 0) + extraMs, endsAt: null, extraMs };
    if (clock.endsAt === null) return null;
    const endsAt = clock.endsAt + extraMs;
    return { kind: 'phase', round: view.round, leftMs: Math.max(0, endsAt - now), endsAt, extraMs };
  }
  const late = view.personalDeadlines?.find((d) => d.seatId === you.seatId);
  if (!late || late.until < now || answered(late.round)) return null;
  // The class's own reflection comes first (the rules say the same).
  if (view.phase === 'reflection' && !answered(view.round)) return null;
  return { kind: 'late', round: late.round, leftMs: late.until - now, endsAt: late.until, extraMs };
}
