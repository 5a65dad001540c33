// The floor for `npm run bench:server`: a bare Colyseus 0.18 server in its own process whose room relays each
// team message to the sender's teammates and acknowledges it — no rules, no store, no redaction, no schema
// state — answering the parent's IPC questions about its CPU time like server-child.ts does.
import { loopDelay, watchLoop } from './loop-delay.ts';
import { startProfile, stopProfile } from './profiler.ts';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Room, Server, type Client } from '@colyseus/core';
import { PacedTransport } from '../../server/transport.ts';

export const BARE_ROOM = 'bare';

interface Member {
  team: number;
}

/** One classroom: members carry a team number; a message goes to the sender's teammates, then the reply. */
class BareRoom extends Room {
  override maxClients = 100;

  override onCreate(): void {
    this.onMessage('chat', (client: Client, message: { text?: unknown }) => {
      const team = (client.userData as Member | undefined)?.team;
      const text = typeof message?.text === 'string' ? message.text : '';
      for (const other of this.clients) {
        if (other !== client && (other.userData as Member | undefined)?.team === team)
          other.send('chat', { from: client.sessionId, text });
      }
      return { ok: true };
    });
  }

  override onJoin(client: Client, options: { team?: unknown }): void {
    client.userData = { team: Number(options?.team) || 0 } satisfies Member;
  }
}

const loop = watchLoop();
// The same transport and heartbeat as the real server: the floor differs only in what the room does.
const transport = new PacedTransport({});
const server = new Server({ transport, greet: false, gracefullyShutdown: false });
server.define(BARE_ROOM, BareRoom).filterBy(['group']);
await server.listen(0, '127.0.0.1');
const port = ((transport.server as HttpServer).address() as AddressInfo).port;

// A bench that died leaves no process behind: a server still listening would take later runs' ports and joins.
process.on('disconnect', () => process.exit(0));
process.on('message', (message: { cmd: string; gc?: boolean }) => {
  if (message.cmd === 'stats') {
    // Memory samples (idle, joined) collect garbage first, so per-room figures count what rooms hold, not what
    // the joins left behind to collect (the bench starts this process with --expose-gc).
    if (message.gc) (globalThis as { gc?: () => void }).gc?.();
    process.send?.({
      cpu: process.cpuUsage(),
      mem: process.memoryUsage(),
      ...loopDelay(loop),
      longestGap: 0,
      pauses: 0,
      ticks: 0,
    });
    loop.reset();
  } else if (message.cmd === 'profile-start') {
    void startProfile().then(() => process.send?.({ profiling: true }));
  } else if (message.cmd === 'profile-stop') {
    void stopProfile('server').then((file) => process.send?.({ profile: file }));
  } else if (message.cmd === 'stop') {
    void server.gracefullyShutdown(false).finally(() => process.exit(0));
  }
});
process.send?.({ port });
