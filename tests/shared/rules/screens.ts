// A class in progress as its screens see it: the rules' state, and each viewer's View kept the way the client
// keeps it (a snapshot when it joins or changes delegation, otherwise its redacted events folded in).
// Test helper only: imports the pure rules, never the server or the client.
import { applyCommand } from '../../../shared/rules/apply.ts';
import type { Actor, Command } from '../../../shared/rules/commands.ts';
import type { GameEvent } from '../../../shared/rules/events.ts';
import type { GameState } from '../../../shared/rules/types.ts';
import type { Scenario } from '../../../shared/scenario/types.ts';
import { applyEventsToView } from '../../../shared/rules/view-fold.ts';
import type { View, Viewer } from '../../../shared/rules/view-types.ts';
import { needsSnapshot, redactEvents, viewFor } from '../../../shared/rules/views.ts';

export type CommandSpec = Record<string, unknown> & Pick<Command, 'type' | 'by'>;
export const HOST: Actor = { kind: 'host' };
export const SYSTEM: Actor = { kind: 'system' };
export const seat = (seatId: string): Actor => ({ kind: 'seat', seatId });

export class Screens {
  readonly views: View[];
  readonly viewers: Viewer[];
  readonly commands: Command[] = [];
  readonly events: GameEvent[] = [];
  at = 1_800_000_000_000;

  constructor(
    readonly scenario: Scenario,
    public state: GameState,
    viewers: readonly Viewer[],
  ) {
    this.viewers = [...viewers];
    this.views = viewers.map((viewer) => viewFor(scenario, state, viewer));
  }

  /** A screen opens (a student's once their seat exists): it starts from a snapshot. */
  watch(viewer: Viewer): void {
    this.viewers.push(viewer);
    this.views.push(viewFor(this.scenario, this.state, viewer));
  }

  /** The view a screen shows now. */
  viewOf(viewer: Viewer): View {
    const i = this.viewers.findIndex((v) => JSON.stringify(v) === JSON.stringify(viewer));
    if (i < 0) throw new Error(`no screen for ${JSON.stringify(viewer)}`);
    return this.views[i]!;
  }

  /** Applies one command as the server would and updates every screen; throws with the refusal. */
  send(spec: CommandSpec, advanceMs = 1000): GameEvent[] {
    this.at += advanceMs;
    const command = { ...spec, at: this.at } as Command;
    const result = applyCommand(this.scenario, this.state, command);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error} ${result.detail ?? ''}`);
    this.state = result.state;
    this.commands.push(command);
    this.events.push(...result.events);
    this.viewers.forEach((viewer, i) => {
      this.views[i] = needsSnapshot(viewer, result.events)
        ? viewFor(this.scenario, this.state, viewer)
        : applyEventsToView(this.scenario, this.views[i]!, redactEvents(this.state, viewer, result.events));
    });
    return result.events;
  }

  /** The refusal a command would meet now, or null (the state is not changed either way). */
  refusal(spec: CommandSpec): string | null {
    const result = applyCommand(this.scenario, this.state, { ...spec, at: this.at + 1 } as Command);
    return result.ok ? null : result.error;
  }

  /** Each screen's view beside the snapshot the rules would send it now, `seq` aside (the fold does not track it). */
  pairs(): { viewer: Viewer; folded: View; fresh: View }[] {
    return this.viewers.map((viewer, i) => ({
      viewer,
      folded: { ...this.views[i]!, seq: 0 },
      fresh: { ...viewFor(this.scenario, this.state, viewer), seq: 0 },
    }));
  }
}
