// Accessibility in a real browser, beyond the per-phase axe runs of screens.test.ts: axe on the join page (also
// with an error), the teacher's home, key form and review; focus after joining, Start and Pause/Resume; the
// announcer's lines; live regions sending only new text while a team chats; a teacher's open roster editor
// surviving the class's activity; the review timeline as one Tab stop. Counts go to test-results/a11y-report.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app.ts';
import { launchClassroom, SCREENSHOTS, startE2EServer, type Participant } from './harness.ts';
import { axeViolations, layoutProblems, serious } from './audit.ts';

const WAIT = { timeout: 45_000, interval: 200 };
const STEP = 150_000;
const report: Record<string, unknown> = {};

let server: RunningServer;
let classroom: Awaited<ReturnType<typeof launchClassroom>>;
let host: Participant;
let alice: Participant;
let bob: Participant;
let code = '';
let hostKey = '';

const said = (p: Participant) => p.page.evaluate(() => document.getElementById('announcer')?.dataset.said ?? '');
const active = (page: Page) =>
  page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    cls: document.activeElement?.className ?? '',
    text: document.activeElement?.textContent ?? '',
  }));

async function noSerious(page: Page, where: string): Promise<void> {
  const found = serious(await axeViolations(page));
  report[where] = found.map((v) => `${v.id} (${v.impact}) ×${v.nodes}`);
  expect(
    found.map((v) => `${v.id}: ${v.sample}`),
    where,
  ).toEqual([]);
}

async function waitPhase(p: Participant, word: string): Promise<void> {
  await vi.waitFor(async () => expect(await p.page.locator('.status-bar .clock').innerText()).toContain(word), WAIT);
}

describe('accessibility', () => {
  beforeAll(async () => {
    server = await startE2EServer();
    classroom = await launchClassroom();
    [host, alice, bob] = await Promise.all([classroom.join('host'), classroom.join('alice'), classroom.join('bob')]);
  }, STEP);

  afterAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, '..', 'a11y-report.json'), JSON.stringify(report, null, 2));
    await Promise.all([host, alice, bob].filter(Boolean).map((p) => p.close()));
    await classroom?.close();
    await server?.close();
  }, STEP);

  it(
    'the join page and the teacher’s home pass axe; a join error names its field',
    async () => {
      await alice.page.goto(`${server.url}/`);
      await alice.page.waitForSelector('input[name=code]');
      await noSerious(alice.page, 'join');
      await alice.page.fill('input[name=code]', 'XX');
      await alice.page.fill('input[name=name]', 'Alice');
      await alice.page.click('form.join-form button[type=submit]');
      await alice.page.waitForSelector('.form-status.error');
      const codeInput = alice.page.locator('input[name=code]');
      expect(await codeInput.getAttribute('aria-invalid')).toBe('true');
      expect(await codeInput.getAttribute('aria-describedby')).toContain('join-error');
      expect(await alice.page.locator('input[name=name]').getAttribute('aria-invalid')).toBe('false');
      await noSerious(alice.page, 'join with an error');
      expect(await alice.page.locator('a.skip-link').count()).toBeGreaterThan(0);

      await host.page.goto(`${server.url}/host`);
      await host.page.waitForSelector('form.create-form select option', { state: 'attached' });
      await noSerious(host.page, 'host home');
      const phaseSeconds = Object.fromEntries(
        ['briefing', 'news', 'deliberation', 'decision', 'resolution', 'reflection'].map((p) => [p, 900]),
      );
      const res = await fetch(`${server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scenarioId: 'korea', rounds: 1, phaseSeconds }),
      });
      ({ code, hostKey } = (await res.json()) as { code: string; hostKey: string });
      await host.page.goto(`${server.url}/host?code=${code}`);
      await host.page.waitForSelector('#host-key');
      await noSerious(host.page, 'host key form');
      await host.page.fill('#host-key', hostKey);
      await host.page.click('form.key-form button[type=submit]');
      await host.page.waitForSelector('.ctl-start');
      expect(await host.page.locator('a.skip-link[href="#controls"]').count()).toBe(1);
    },
    STEP,
  );

  it(
    'joining puts focus on what to do now, says the delegation, and titles the page',
    async () => {
      for (const [p, name] of [
        [alice, 'Alice'],
        [bob, 'Bob'],
      ] as const) {
        await p.page.goto(`${server.url}/join/${code}`);
        await p.page.fill('input[name=name]', name);
        await p.page.click('form.join-form button[type=submit]');
        await p.page.waitForSelector('#announcer', { state: 'attached', timeout: 45_000 });
      }
      await vi.waitFor(
        async () => expect(await said(alice)).toMatch(/You joined (Washington|Seoul|Pyongyang|Beijing|Moscow)\./),
        WAIT,
      );
      expect((await active(alice.page)).id).toBe('now');
      expect(await alice.page.title()).toMatch(/^Lobby — /);
    },
    STEP,
  );

  it(
    'Start hands focus to Pause; Pause and Resume are one toggle that keeps focus; both are announced',
    async () => {
      await host.page.focus('.ctl-start');
      await host.page.keyboard.press('Enter');
      await waitPhase(alice, 'Briefing');
      await vi.waitFor(async () => expect((await active(host.page)).cls).toContain('ctl-pause'), WAIT);
      await vi.waitFor(async () => expect(await said(alice)).toMatch(/Briefing started: 15 minutes\./), WAIT);
      expect(await alice.page.title()).toMatch(/^Briefing — /);

      await host.page.keyboard.press('Enter');
      await vi.waitFor(async () => expect(await said(alice)).toContain('The teacher paused the clock.'), WAIT);
      await vi.waitFor(async () => expect((await active(host.page)).text).toBe('Resume'), WAIT);
      expect(await host.page.locator('.ctl-pause').getAttribute('aria-pressed')).toBe('true');
      await host.page.keyboard.press('Enter');
      await vi.waitFor(async () => expect(await said(alice)).toContain('The clock is running again.'), WAIT);
      // Alice's page may hear the resume before the host's page redraws its own button: wait for the host too.
      await vi.waitFor(async () => expect((await active(host.page)).text).toBe('Pause'), WAIT);
    },
    STEP,
  );

  it(
    'while a teammate chats, live regions carry only the new text, and the teacher’s open roster editor survives',
    async () => {
      await host.page.click('.ctl-skip');
      await waitPhase(alice, 'News');
      await host.page.click('.ctl-skip');
      await waitPhase(alice, 'Deliberation');
      // Count every character added to a live region on Alice's page (how much a screen reader is sent).
      await alice.page.evaluate(() => {
        const w = window as unknown as { liveChars: number };
        w.liveChars = 0;
        const live = (n: Node | null) =>
          (n instanceof Element ? n : n?.parentElement)?.closest(
            '[aria-live]:not([aria-live="off"]), [role=log], [role=status], [role=alert]',
          );
        new MutationObserver((records) => {
          for (const r of records) {
            if (!live(r.target)) continue;
            if (r.type === 'characterData') w.liveChars += r.target.textContent?.length ?? 0;
            for (const n of r.addedNodes) w.liveChars += n.textContent?.length ?? 0;
          }
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      const row = host.page.locator('.roster .seat', { hasText: 'Alice' });
      await row.locator('summary').click();
      const rename = row.locator('.seat-rename');
      await rename.fill('Alice the Bold');
      const lines = Array.from({ length: 8 }, (_, i) => `Public line number ${i} about our plan`);
      for (const text of lines) {
        await bob.page.fill('.statements textarea', text);
        await bob.page.click('.statements form button[type=submit]');
        await alice.page.waitForSelector(`.statements .log >> text=${text}`, { timeout: 30_000 });
      }
      await bob.page.fill('.proposals input[type=text]', 'Because.');
      await bob.page.click('.proposals form button[type=submit]');
      await vi.waitFor(
        async () => expect(await host.page.locator('.proposals-overview li').count()).toBeGreaterThan(0),
        WAIT,
      );
      const sent = await alice.page.evaluate(() => (window as unknown as { liveChars: number }).liveChars);
      const fresh = lines.join('').length;
      report.liveCharsDuringChat = { sent, newText: fresh };
      // Each new statement arrives once with its author line; nothing already read is sent again.
      expect(sent).toBeLessThan(fresh * 2.5);
      expect(await rename.inputValue()).toBe('Alice the Bold');
      expect(await row.locator('details').getAttribute('open')).not.toBeNull();
      expect(await rename.evaluate((el) => el === document.activeElement)).toBe(true);
      // Every channel's box and button has its own name.
      const names = await alice.page
        .locator('form.compose button[type=submit]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent));
      expect(new Set(names).size).toBe(names.length);
    },
    STEP,
  );

  it(
    'sums up the resolution in one line',
    async () => {
      await host.page.click('.ctl-skip');
      await waitPhase(alice, 'Decision');
      await host.page.click('.ctl-skip');
      await waitPhase(alice, 'Resolution');
      await vi.waitFor(
        async () => expect(await said(alice)).toMatch(/Round 1 resolved: \d+ moves revealed\. Tension \d+/),
        WAIT,
      );
    },
    STEP,
  );

  it(
    'extra time from the roster by keyboard: only the student hears it, sees her own deadline, and may finish after the end',
    async () => {
      const row = host.page.locator('.roster .seat', { hasText: 'Alice' });
      if ((await row.locator('details').getAttribute('open')) === null) await row.locator('summary').click();
      const choice = row.locator('.seat-extra');
      expect(await choice.getAttribute('aria-label')).toBe('Extra time: Alice');
      expect(await choice.evaluate((el) => el.getAttribute('aria-describedby'))).toBeTruthy();
      await choice.focus();
      await choice.selectOption('50');
      await host.page.keyboard.press('Tab');
      expect((await active(host.page)).cls).toContain('seat-extra-go');
      await host.page.keyboard.press('Enter');
      await vi.waitFor(
        async () =>
          expect(await host.page.locator('section.roster-panel > .form-status').innerText()).toBe(
            'Saved. Only this student and you see it.',
          ),
        WAIT,
      );
      expect((await active(host.page)).cls).toContain('seat-extra-go');
      await vi.waitFor(
        async () => expect(await row.locator('.seat-stats').innerText()).toContain('extra time +50%'),
        WAIT,
      );
      await vi.waitFor(
        async () =>
          expect(await said(alice)).toContain('Your teacher gave you extra time for your reflection: 50% more.'),
        WAIT,
      );
      await noSerious(host.page, 'host roster with the extra-time control');
      await host.page.setViewportSize({ width: 360, height: 800 });
      expect(await layoutProblems(host.page), 'host at 360 px').toEqual([]);
      await host.page.setViewportSize({ width: 1280, height: 900 });

      await host.page.click('.ctl-skip');
      await waitPhase(alice, 'Reflection');
      // 15 minutes for the class, 22½ for Alice: said once, shown on her line and in her reflection panel.
      await vi.waitFor(
        async () =>
          expect(await said(alice)).toMatch(
            /Reflection · Round 1 started: 22 minutes (25|30) seconds for you, with your extra time\./,
          ),
        WAIT,
      );
      await vi.waitFor(
        async () =>
          expect(await alice.page.locator('.now-left').innerText()).toMatch(/^22:\d\d left for your reflection$/),
        WAIT,
      );
      expect(await alice.page.locator('#reflection .own-time').innerText()).toBe(
        'You have extra time: 7 minutes 30 seconds more than the class.',
      );
      await noSerious(alice.page, 'student reflection with extra time');
      await alice.page.setViewportSize({ width: 360, height: 800 });
      expect(await layoutProblems(alice.page), 'student at 360 px').toEqual([]);
      await alice.page.setViewportSize({ width: 1280, height: 900 });
      // Bob, on the same team, hears and sees nothing of it.
      await vi.waitFor(async () => expect(await said(bob)).toMatch(/Reflection · Round 1 started: 15 minutes\./), WAIT);
      expect(await said(bob)).not.toMatch(/extra time|for you|your reflection/i);
      expect(await bob.page.locator('.now-left').innerText()).toMatch(/^1[45]:\d\d left$/);
      expect(await bob.page.locator('#reflection .own-time').isHidden()).toBe(true);
      expect(await bob.page.evaluate(() => document.body.innerText)).not.toMatch(/extra time/i);

      // The teacher ends the session during the reflection: Alice's stays open on her own deadline.
      host.page.once('dialog', (d) => void d.accept());
      await host.page.click('.ctl-end');
      await waitPhase(alice, 'Ended');
      await vi.waitFor(async () => expect((await active(host.page)).cls).toContain('ctl-review'), WAIT);
      await vi.waitFor(
        async () =>
          expect(await said(alice)).toMatch(/Your reflection stays open for 7 minutes (25|30) seconds more\./),
        WAIT,
      );
      const panel = alice.page.locator('#reflection');
      expect(await panel.isVisible()).toBe(true);
      expect(await panel.locator('.own-time').innerText()).toMatch(
        /^Your reflection for round 1 is still open: 7:\d\d left\.$/,
      );
      expect(await panel.locator('textarea').isEnabled()).toBe(true);
      expect(await bob.page.locator('#reflection').isHidden()).toBe(true);
      await noSerious(alice.page, 'student after the end with her reflection still open');
      await panel.locator('textarea').fill('Finished on my own time.');
      await panel.locator('button[type=submit]').click();
      await vi.waitFor(
        async () =>
          expect(await panel.locator('.form-status').innerText()).toBe('Thank you, your reflection is saved.'),
        WAIT,
      );
      await vi.waitFor(async () => expect(await panel.isHidden()).toBe(true), WAIT);
    },
    STEP,
  );

  it(
    'the review’s timeline is one Tab stop',
    async () => {
      await host.page.goto(`${server.url}/review/${code}`);
      await host.page.waitForSelector('#timeline .tl-go', { state: 'attached', timeout: 45_000 });
      await noSerious(host.page, 'review');
      const stops = await host.page.locator('#timeline .tl-go[tabindex="0"]').count();
      expect(stops).toBe(1);
      const first = host.page.locator('#timeline .tl-go[tabindex="0"]');
      const name = await first.getAttribute('aria-label');
      await first.focus();
      await host.page.keyboard.press('ArrowDown');
      const next = await host.page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      expect(next).not.toBe(name);
      expect(await host.page.locator('#timeline .tl-go[tabindex="0"]').count()).toBe(1);
      expect(await host.page.locator('.table-scroll table').count()).toBeGreaterThan(0);
    },
    STEP,
  );
});
