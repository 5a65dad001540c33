// What every panel receives: the state to read and a way to send intents; plus change-watching.
// Must not import Phaser or the SDK (panels stay testable and light).
import type { HostIntent, StudentIntent } from '../../shared/protocol/messages.ts';
import type { ClientState, StateSource } from '../state/store.ts';
import { errorText, t } from '../i18n/index.ts';
import type { statusLine } from './dom.ts';

import type { RequestResult } from '../net/connection.ts';
export type { RequestResult };

export interface PanelContext {
  source: StateSource;
  send(intent: StudentIntent | HostIntent): Promise<RequestResult>;
}

/**
 * Calls `render` now and whenever any value returned by `deps` changes (by identity),
 * so a panel redraws only when its own slice of the state changed.
 */
export function watch(
  source: StateSource,
  deps: (s: ClientState) => readonly unknown[],
  render: (s: ClientState) => void,
): () => void {
  let last: readonly unknown[] | null = null;
  const run = (s: ClientState) => {
    const next = deps(s);
    if (last && next.length === last.length && next.every((v, i) => Object.is(v, last?.[i]))) return;
    last = next;
    render(s);
  };
  run(source.get());
  return source.subscribe((s) => run(s));
}

/** Sends an intent and reports the outcome on a status line; resolves true when accepted. */
export async function sendWithStatus(
  ctx: PanelContext,
  intent: StudentIntent | HostIntent,
  status: ReturnType<typeof statusLine>,
  okText = t('sent'),
): Promise<boolean> {
  status.clear();
  const result = await ctx.send(intent);
  if (result.ok) {
    status.ok(okText);
    return true;
  }
  status.error(errorText(result.code));
  return false;
}
