// Node 20 has no global WebSocket, but Colyseus reads it (server reconnection checks, SDK transport).
// Must not import anything but `ws`; import it before any @colyseus module in entry points and tests.
import WebSocket from 'ws';

/** Installs `ws` as the global WebSocket when the runtime lacks one; idempotent. */
export function installNodeWebSocket(): void {
  const g = globalThis as { WebSocket?: unknown };
  if (typeof g.WebSocket === 'undefined') g.WebSocket = WebSocket;
}

installNodeWebSocket();
