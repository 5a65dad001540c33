// The review's participation table: what each student sent, counted by what each command's definition says it
// counts toward (shared/commands/). Pure.
import { commandDef } from '../commands/index.ts';
import type { Command } from '../rules/commands.ts';
import type { SeatId } from '../rules/types.ts';
import type { Participation, ReviewPerson } from './review-types.ts';

type Tally = Omit<Participation, 'seatId' | 'delegation'>;

const empty = (): Tally => ({
  messages: { team: 0, diplomatic: 0, public: 0 },
  proposals: 0,
  approvals: 0,
  reflections: 0,
});

export class ParticipationCounter {
  private readonly tallies = new Map<SeatId, Tally>();

  count(command: Command): void {
    if (command.by.kind !== 'seat') return;
    const seatId = command.by.seatId;
    let t = this.tallies.get(seatId);
    if (!t) {
      t = empty();
      this.tallies.set(seatId, t);
    }
    const counted = commandDef(command.type)?.counts ?? null;
    if (counted === 'team' || counted === 'diplomatic' || counted === 'public') t.messages[counted]++;
    else if (counted !== null) t[counted]++;
  }

  /** One row per person, removed students included. */
  table(people: readonly ReviewPerson[]): Participation[] {
    return people.map((p) => ({
      seatId: p.seatId,
      delegation: p.delegation,
      ...(this.tallies.get(p.seatId) ?? empty()),
    }));
  }
}
