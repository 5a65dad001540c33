// What the connections of one room receive: after each command, the events each viewer may see (encoded once
// per distinct payload, so thirty students who may see the same public statement share one frame), a fresh
// snapshot for a viewer who needs one, the roster of who is connected (gathered, not one message per join), and
// the notice to a removed seat. Frames written to a socket in one turn of the event loop leave in one write: a
// student's own message and the reply to it, or several commits a busy store settled together.
// Holds no rule (redaction is the rules'), no store and no game state of its own: the room lends it those.
import { localizeScenario } from '../../shared/scenario/localize.ts';
import { CloseCode, Protocol, getMessageBytes, type Client } from '@colyseus/core';
import type { Socket } from 'node:net';
import type { Actor } from '../../shared/rules/commands.ts';
import type { GameEvent } from '../../shared/rules/events.ts';
import type { GameState } from '../../shared/rules/types.ts';
import type { Scenario } from '../../shared/scenario/types.ts';
import type { Viewer } from '../../shared/rules/view-types.ts';
import { PROTOCOL_VERSION, SERVER_MESSAGE, type ServerMessage } from '../../shared/protocol/messages.ts';
import type { RulesPort } from './services.ts';

/** Who a connection is, decided at join from its credentials and never from message payloads. */
export interface Member {
  viewer: Viewer;
  /** null for the projector, which may only watch. */
  actor: Actor | null;
  /** The language this reader picked; the scenario's text goes out in it when the scenario has it. */
  lang?: string;
}

/** What the fan-out reads of its room, asked at each call (the room's game and connections change). */
export interface Audience {
  clients(): Iterable<Client>;
  members(): ReadonlyMap<string, Member>;
  game(): GameState;
  scenario(): Scenario;
  rules(): RulesPort;
  now(): number;
  log(message: string, error?: unknown): void;
}

/** How long presence changes are gathered before one update goes out. */
const PRESENCE_DELAY_MS = 100;

/**
 * A key shared by every viewer whose redaction kept the same untouched events (same objects, same order);
 * null when redaction rewrote one, since that copy may be tailored to this viewer.
 */
function shareKey(all: readonly GameEvent[], visible: readonly GameEvent[]): string | null {
  let key = '';
  let from = 0;
  for (const event of visible) {
    const index = all.indexOf(event, from);
    if (index < 0) return null;
    key += `${index},`;
    from = index + 1;
  }
  return key;
}

export class FanOut {
  private presenceTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly room: Audience) {}

  /**
   * Sends each connection the events it may see; a connection that may see none of them gets nothing.
   * Connections of one audience (the rules' `audienceKey`: the host, the public, a delegation) share one
   * redaction and one frame; with rules that cannot name audiences (frozen engines), each is redacted on its own
   * and identical payloads are still encoded once.
   */
  events(seq: number, events: GameEvent[]): void {
    const rules = this.room.rules();
    const game = this.room.game();
    const members = this.room.members();
    const frames = new Map<string, Buffer>();
    // Per audience and language: the frame, or null when that audience may see none of these events.
    const byAudience = new Map<string, Buffer | null>();
    for (const client of this.room.clients()) {
      const member = members.get(client.sessionId);
      if (!member) continue;
      let frame: Buffer | null | undefined;
      try {
        if (rules.needsSnapshot(member.viewer, events)) {
          this.snapshot(client, member);
          continue;
        }
        const audience = rules.audienceKey
          ? `${rules.audienceKey(game, member.viewer, events)}|${member.lang ?? ''}`
          : null;
        frame = audience === null ? undefined : byAudience.get(audience);
        if (frame === undefined) {
          frame = this.frameFor(seq, events, member, frames);
          if (audience !== null) byAudience.set(audience, frame);
        }
      } catch (error) {
        this.room.log('redactEvents threw', error);
        continue;
      }
      if (frame === null) continue;
      holdForTurn(client);
      client.enqueueRaw(frame);
    }
  }

  /** The encoded events one member may see (null: none), shared through `frames` when the payload is the same. */
  private frameFor(seq: number, events: GameEvent[], member: Member, frames: Map<string, Buffer>): Buffer | null {
    const visible = this.inLanguage(
      this.room.rules().redactEvents(this.room.game(), member.viewer, events),
      member.lang,
    );
    if (visible.length === 0) return null;
    // Only the host's frames carry `seq`: it counts every command, other teams' hidden ones included.
    const host = member.viewer.kind === 'host';
    const shared = shareKey(events, visible);
    const key = shared === null ? null : `${host ? 'host' : ''}|${member.lang ?? ''}|${shared}`;
    let frame = key === null ? undefined : frames.get(key);
    if (!frame) {
      const message: ServerMessage = host
        ? { type: 'events', seq, events: visible }
        : { type: 'events', events: visible };
      frame = getMessageBytes.raw(Protocol.ROOM_DATA, SERVER_MESSAGE, message);
      if (key !== null) frames.set(key, frame);
    }
    return frame;
  }

  /** The whole picture for one viewer: after its join, a reconnect, or a change only a snapshot can carry. */
  snapshot(client: Client, member: Member): void {
    const rules = this.room.rules();
    const game = this.room.game();
    const own = this.room.scenario();
    // The scenario in the reader's language; news already published is named from it too (ids are the same).
    const scenario = member.lang ? localizeScenario(own, member.lang) : own;
    const base = rules.viewFor(own, game, member.viewer);
    const news = new Map(scenario.news.map((n) => [n.id, n]));
    const view =
      scenario === own
        ? base
        : {
            ...base,
            news: base.news.map((n) => ({
              ...n,
              headline: news.get(n.id)?.headline ?? n.headline,
              body: news.get(n.id)?.body ?? n.body,
            })),
          };
    const message: ServerMessage = {
      type: 'snapshot',
      protocol: PROTOCOL_VERSION,
      view,
      scenario: rules.scenarioFor(scenario, member.viewer, game),
      connected: member.viewer.kind === 'projector' ? [] : this.connectedSeats(),
      serverNow: this.room.now(),
    };
    client.send(SERVER_MESSAGE, message);
  }

  /** Someone came or went: one roster goes out after a short gathering, whatever the number of changes. */
  announcePresence(): void {
    if (this.presenceTimer) return;
    this.presenceTimer = setTimeout(() => {
      this.presenceTimer = null;
      this.sendPresence();
    }, PRESENCE_DELAY_MS);
  }

  /** Tells a removed seat's connections so, and closes them. */
  evictSeat(seatId: string): void {
    const members = this.room.members();
    for (const client of this.room.clients()) {
      const viewer = members.get(client.sessionId)?.viewer;
      if (viewer?.kind === 'seat' && viewer.seatId === seatId) {
        client.send(SERVER_MESSAGE, { type: 'removed' } satisfies ServerMessage);
        client.leave(CloseCode.CONSENTED);
      }
    }
  }

  /** Stops the presence timer (room disposal). */
  dispose(): void {
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    this.presenceTimer = null;
  }

  /** Published news named in the reader's language (the state holds the scenario's own text; ids are the same). */
  private inLanguage(events: GameEvent[], lang: string | undefined): GameEvent[] {
    if (!lang || !events.some((e) => e.type === 'newsPublished')) return events;
    const own = this.room.scenario();
    const scenario = localizeScenario(own, lang);
    if (scenario === own) return events;
    return events.map((e) => {
      if (e.type !== 'newsPublished') return e;
      const spec = scenario.news.find((n) => n.id === e.news.id);
      return spec ? { ...e, news: { ...e.news, headline: spec.headline, body: spec.body } } : e;
    });
  }

  private connectedSeats(): string[] {
    const seats = new Set<string>();
    const members = this.room.members();
    for (const client of this.room.clients()) {
      const viewer = members.get(client.sessionId)?.viewer;
      if (viewer?.kind === 'seat') seats.add(viewer.seatId);
    }
    return [...seats];
  }

  private sendPresence(): void {
    const message: ServerMessage = { type: 'presence', connected: this.connectedSeats() };
    const members = this.room.members();
    for (const client of this.room.clients()) {
      const member = members.get(client.sessionId);
      // The projector shows no roster, so it has no use for seat ids.
      if (member && member.viewer.kind !== 'projector') client.send(SERVER_MESSAGE, message);
    }
  }
}

// --- one write per socket per turn ---------------------------------------------------------------------

/** Sockets corked this turn, uncorked together once the turn's promise callbacks (the replies) have run. */
const held = new Set<Socket>();

/**
 * Corks the client's TCP socket until the end of this turn: every frame written to it meanwhile (the events, the
 * reply Colyseus sends when the handler's promise settles, further commits settled in the same turn) goes out
 * in one write instead of one each. Each write is a system call, and on a loaded server they are most of the
 * cost of a chat line. `ws` keeps its socket as `_socket`; without one (another transport) frames go out as before.
 */
function holdForTurn(client: Client): void {
  const socket = (client.ref as { _socket?: Socket } | undefined)?._socket;
  if (!socket || held.has(socket) || socket.destroyed) return;
  socket.cork();
  held.add(socket);
  // A tick scheduled now runs after this turn's promise callbacks, the replies among them.
  if (held.size === 1) process.nextTick(releaseHeld);
}

function releaseHeld(): void {
  for (const socket of held) socket.uncork();
  held.clear();
}
