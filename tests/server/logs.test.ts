// Nothing secret reaches the server's log: a real server process (its default pino logger) sees refused joins
// that carry a real host key and seat token (a stale teacher tab after an upgrade sends exactly that), and its
// whole output is scanned for every key and token the test used; a burst of refusals stays under the line cap.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JoinError, Participant } from '../../server/bots/participant.ts';
import { PROTOCOL_VERSION, type JoinOptions } from '../../shared/protocol/messages.ts';
import type { CreateSessionReply } from '../../shared/protocol/api.ts';
import { freePort, startServerProcess, type ServerProcess } from './server-process.ts';

let proc: ServerProcess;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'peninsula-logs-'));
  proc = await startServerProcess(await freePort(), { DATA_DIR: dataDir, REDIS_URL: '', DATABASE_URL: '' });
}, 60_000);
afterAll(async () => {
  await proc?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const refused = (options: JoinOptions) =>
  Participant.join(proc.url, options).then(
    async (p) => {
      await p.leave();
      return 'joined';
    },
    (e: unknown) => (e instanceof JoinError ? e.code : String(e)),
  );

describe('the server log', () => {
  it('holds no host key or seat token after refused joins, and caps a burst of them', { timeout: 60_000 }, async () => {
    const res = await fetch(`${proc.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenarioId: 'korea' }),
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as CreateSessionReply;
    const { code, hostKey } = created;
    const ana = await Participant.join(proc.url, { role: 'student', protocol: PROTOCOL_VERSION, code, name: 'Ana' });
    const seatToken = ana.seat!.seatToken;
    await ana.leave();

    // A stale tab: the right secrets with an old protocol version.
    expect(await refused({ role: 'host', protocol: PROTOCOL_VERSION - 1, code, hostKey } as JoinOptions)).toBe(
      'protocol/version',
    );
    expect(await refused({ role: 'rejoin', protocol: PROTOCOL_VERSION - 1, code, seatToken } as JoinOptions)).toBe(
      'protocol/version',
    );
    // Secrets in a malformed join, and a right key for another code.
    expect(
      await refused({
        role: 'projector',
        protocol: PROTOCOL_VERSION,
        code,
        hostKey,
        seatToken,
      } as unknown as JoinOptions),
    ).toBe('protocol/invalid');
    expect(await refused({ role: 'host', protocol: PROTOCOL_VERSION, code, hostKey: hostKey.slice(1) + 'A' })).toBe(
      'protocol/unauthorized',
    );
    // A burst: 110 refusals.
    for (let i = 0; i < 110; i++)
      await refused({ role: 'host', protocol: PROTOCOL_VERSION - 1, code, hostKey } as JoinOptions);

    // The child writes its log asynchronously: wait until the refusals are in it, not for a time.
    await expect.poll(() => proc.output.join(''), { timeout: 10_000 }).toContain('protocol/version');
    const output = proc.output.join('');
    expect(output).not.toContain(hostKey);
    expect(output).not.toContain(seatToken);
    expect(output).not.toContain(hostKey.slice(1));
    // The cap: about a minute's worth of lines, not one (or forty) per refusal.
    expect(output.split('\n').length).toBeLessThan(100);
    // Refusals name the session and the code.
    expect(output).toContain(`session ${code}`);
    expect(output).toContain('protocol/version');
  });
});
