// Durability: a real server process is killed with SIGKILL twice in the middle of play. After each restart
// the clients rejoin with their seat tokens and play on; every acknowledged command is in the transcript,
// exactly once, with no gaps in seq.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Participant } from '../../server/bots/participant.ts';
import { openStore } from '../../server/store/index.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/messages.ts';
import type { CreateSessionReply } from '../../shared/protocol/api.ts';
import { skipTo, sleep } from './harness.ts';
import { freePort, startServerProcess, type ServerProcess } from './server-process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'peninsula-crash-'));
let running: ServerProcess | null = null;
afterAll(async () => {
  await running?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('kill -9 recovery', () => {
  it('loses no acknowledged command and applies none twice across two SIGKILLs', async () => {
    const port = await freePort();
    running = await startServerProcess(port, { DATA_DIR: dataDir });
    const res = await fetch(`${running.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenarioId: 'korea', rounds: 3, phaseSeconds: { deliberation: 1800, decision: 1800 } }),
    });
    expect(res.status).toBe(201);
    const { code, hostKey } = (await res.json()) as CreateSessionReply;
    const options = { rejoin: true, sdkReconnect: false, record: true };
    const host = await Participant.join(
      running.url,
      { role: 'host', protocol: PROTOCOL_VERSION, code, hostKey },
      options,
    );
    const students: Participant[] = [];
    for (const name of ['Ana', 'Ben', 'Chen', 'Dee', 'Eli']) {
      students.push(
        await Participant.join(running.url, { role: 'student', protocol: PROTOCOL_VERSION, code, name }, options),
      );
    }
    await skipTo(host, 'deliberation');

    // Each student chats ten times a second (half the flood limit); a failed send gets a new text, so nothing is resent.
    const acked = new Set<string>();
    let stop = false;
    const loops = students.map(async (s, i) => {
      for (let n = 0; !stop; n++) {
        const text = `s${i}-${n}`;
        const reply = await s.intent({ type: 'sendTeamMessage', text }, 3000).catch(() => null);
        if (reply?.ok) acked.add(text);
        await sleep(100);
      }
    });
    const allBack = () => [host, ...students].every((p) => p.room.connection.isOpen && p.phase === 'deliberation');

    for (let crash = 0; crash < 2; crash++) {
      // Crash while chats are flowing: after some more acknowledgements, not after a fixed time.
      const flowing = acked.size;
      await expect.poll(() => acked.size, { timeout: 20_000, interval: 20 }).toBeGreaterThan(flowing + 15);
      const before = acked.size;
      await running.kill9();
      running = await startServerProcess(port, { DATA_DIR: dataDir });
      await expect
        .poll(allBack, { timeout: 20_000, interval: 100 })
        .toBe(true)
        .catch((error: unknown) => {
          console.log(
            [host, ...students].map((p) => `${p.room.connection.isOpen} ${p.phase} ${p.received.length}`),
            running?.output.join(''),
          );
          throw error;
        });
      await expect.poll(() => acked.size, { timeout: 10_000 }).toBeGreaterThan(before + 10);
    }
    // Play goes on after the restarts: the host moves the session forward.
    await skipTo(host, 'decision');
    stop = true;
    await Promise.all(loops);
    await Promise.all([host, ...students].map((p) => p.leave()));
    await running.stop();
    running = null;

    const store = await openStore({ dataDir });
    const entries = await store.readEntries(code);
    await store.close();
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
    const texts = entries.flatMap((e) => (e.command.type === 'sendTeamMessage' ? [e.command.text] : []));
    expect(new Set(texts).size).toBe(texts.length);
    // Every acknowledged chat is stored (a student's reply carries no seq: it would count other teams' actions).
    const stored = new Set(texts);
    for (const text of acked) expect(stored.has(text), text).toBe(true);
    // Seats survived: still five joins, no duplicates from the rejoins.
    expect(entries.filter((e) => e.command.type === 'joinSeat')).toHaveLength(5);
    console.log(`crash: ${acked.size} acknowledged chats across 2 SIGKILLs, ${entries.length} entries`);
  }, 120_000);
});
