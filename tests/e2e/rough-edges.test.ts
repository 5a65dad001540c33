// The rough edges a new teacher and class met, each checked in a real browser: the teacher's key card and
// opening the dashboard from another browser, a warning toward "anyone", Enter to send, focus after Approve,
// the reflection checkbox's name, the proposals panel's padding, closed forms with their reason, a headline
// without a body, "Sent." clearing itself, and a removed student losing the game.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningServer } from '../../server/app.ts';
import { framesContain, launchClassroom, startE2EServer, type Participant } from './harness.ts';

const WAIT = { timeout: 45_000, interval: 200 };
const STEP = 150_000;

let server: RunningServer;
let classroom: Awaited<ReturnType<typeof launchClassroom>>;
let host: Participant;
let student: Participant;
let other: Participant;
let code = '';
let hostKey = '';
let privateLinkText = '';

async function waitPhase(p: Participant, word: string): Promise<void> {
  await vi.waitFor(async () => expect(await p.page.locator('.status-bar .clock').innerText()).toContain(word), WAIT);
}

describe('rough edges, mended', () => {
  beforeAll(async () => {
    server = await startE2EServer();
    classroom = await launchClassroom();
    host = await classroom.join('host');
    student = await classroom.join('student', { viewport: { width: 390, height: 844 } });
    other = await classroom.join('other');
  }, STEP);

  afterAll(async () => {
    await Promise.all([host, student, other].filter(Boolean).map((p) => p.close()));
    await classroom?.close();
    await server?.close();
  }, STEP);

  it(
    'shows the teacher key once, on a card with copy and download, and the reflection checkbox has a name',
    async () => {
      await host.page.goto(`${server.url}/host`);
      await host.page.waitForSelector('form.create-form select option', { state: 'attached' });
      expect(await host.page.getByLabel('Reflection prompt each round').isChecked()).toBe(true);
      for (const phase of ['briefing', 'news', 'deliberation', 'decision', 'resolution', 'reflection'])
        await host.page.fill(`input[name=phase-${phase}]`, '900');
      await host.page.click('form.create-form button[type=submit]');
      await host.page.waitForSelector('.key-card .key-value');
      code = (await host.page.getAttribute('.code[data-code]', 'data-code')) ?? '';
      hostKey = (await host.page.locator('.key-card .key-value').innerText()).trim();
      privateLinkText = (await host.page.locator('.key-card .key-link').innerText()).trim();
      expect(hostKey.length).toBeGreaterThan(20);
      expect(privateLinkText).toContain(`#key=${hostKey}`);
      expect(await host.page.locator('.key-card a.key-download[download]').count()).toBe(1);
      expect(await host.page.locator('.key-card .key-copy').count()).toBe(1);
      // The card's heading takes focus so a screen reader hears it first.
      expect(await host.page.evaluate(() => document.activeElement?.id)).toBe('key-card-title');
      // The visible join link is the address the QR encodes, and the projector view is one click away.
      const status = (await (await fetch(`${server.url}/api/sessions/${code}`)).json()) as { joinUrl: string };
      expect(await host.page.locator('.join-url').innerText()).toBe(status.joinUrl);
      expect(await host.page.locator('a.projector-link').innerText()).toBe('Open the projector view');
      // Private channels stay folded until the teacher opens them (a projected dashboard shows nothing private).
      expect(await host.page.locator('.private-channels').getAttribute('open')).toBeNull();
      await host.page.click('.key-card .key-done');
      expect(await host.page.locator('.key-card').count()).toBe(0);
      await host.page.reload();
      await host.page.waitForSelector('.ctl-start');
      expect(await host.page.locator('.key-card').count()).toBe(0);
    },
    STEP,
  );

  it(
    'opens the dashboard from another browser, by the private link or by pasting the key',
    async () => {
      const elsewhere = await classroom.join('home-laptop');
      await elsewhere.page.goto(`${server.url}/host?code=${code}`);
      await elsewhere.page.waitForSelector('#host-key');
      await elsewhere.page.fill('#host-key', hostKey);
      await elsewhere.page.click('form.key-form button[type=submit]');
      await elsewhere.page.waitForSelector('.ctl-start');
      await elsewhere.close();

      const chromebook = await classroom.join('wiped-chromebook');
      await chromebook.page.goto(privateLinkText);
      await chromebook.page.waitForSelector('.ctl-start');
      expect(new URL(chromebook.page.url()).hash).toBe('');
      await chromebook.close();
    },
    STEP,
  );

  it(
    'closes forms with their reason before the game starts, and the key never reaches a student',
    async () => {
      for (const [p, name] of [
        [student, 'Phone Student'],
        [other, 'Other Student'],
      ] as const) {
        await p.page.goto(`${server.url}/join/${code}`);
        await p.page.fill('input[name=name]', name);
        await p.page.click('form.join-form button[type=submit]');
        await p.page.waitForSelector('.meter-text li', { timeout: 45_000 });
      }
      expect(await student.page.locator('.statements textarea').isDisabled()).toBe(true);
      expect(await student.page.locator('.statements .gate-reason').innerText()).toMatch(/starts/);
      expect(await student.page.locator('.now-line').innerText()).toMatch(/Wait for your teacher/);
      expect((await student.page.content()).includes(hostKey) || framesContain(student, hostKey)).toBe(false);
    },
    STEP,
  );

  it(
    'sends a warning toward the default target, sends chat with Enter, and clears "Sent."',
    async () => {
      await host.page.click('.ctl-start');
      await waitPhase(student, 'Briefing');
      await host.page.click('.ctl-skip');
      await waitPhase(student, 'News');
      await host.page.click('.ctl-skip');
      await waitPhase(student, 'Deliberation');
      expect(await student.page.locator('.statements textarea').isDisabled()).toBe(false);

      await student.page.selectOption('.statements select >> nth=0', 'warning');
      await student.page.fill('.statements textarea', 'Any provocation will be answered.');
      await student.page.click('.statements form button[type=submit]');
      await student.page.waitForSelector('.statements .form-status.ok:has-text("Sent")', { timeout: 30_000 });
      await student.page.waitForSelector('.statements .log li .badge.warning', { timeout: 30_000 });

      await student.page.fill('.team-chat textarea', 'Enter sends this line');
      await student.page.press('.team-chat textarea', 'Enter');
      await student.page.waitForSelector('.team-chat .log >> text=Enter sends this line', { timeout: 30_000 });
      expect(await student.page.inputValue('.team-chat textarea')).toBe('');
      // "Sent." has done its job once read: it clears itself instead of lingering all game.
      await vi.waitFor(
        async () => expect(await student.page.locator('.statements .form-status').innerText()).toBe(''),
        WAIT,
      );
    },
    STEP,
  );

  it(
    'keeps keyboard focus on the button after Approve, and the proposals panel has its padding',
    async () => {
      const padding = await student.page
        .locator('section.proposals')
        .evaluate((el) => parseFloat(getComputedStyle(el).paddingLeft));
      expect(padding).toBeGreaterThan(4);
      await student.page.fill('.proposals input[type=text]', 'Show we mean it.');
      await student.page.click('.proposals form button[type=submit]');
      await student.page.waitForSelector('.proposals li.proposal button.approve');
      await student.page.focus('.proposals li.proposal button.approve');
      await student.page.keyboard.press('Enter');
      await student.page.waitForSelector('.proposals li.proposal button.withdraw');
      const focused = await student.page.evaluate(() => ({
        cls: document.activeElement?.className,
        name: document.activeElement?.getAttribute('aria-label'),
      }));
      expect(focused.cls).toBe('withdraw');
      expect(focused.name).toMatch(/^Withdraw approval: .+\(Phone Student/);
    },
    STEP,
  );

  it(
    'shows a headline without a body on its own line, above its round',
    async () => {
      await host.page.fill('.inject-news input[type=text]', 'Talks rumoured in Geneva');
      await host.page.click('.inject-news form button[type=submit]');
      const item = student.page.locator('.news-panel li', { hasText: 'Talks rumoured in Geneva' });
      await item.waitFor({ timeout: 30_000 });
      const [headline, round] = await Promise.all([
        item.locator('.headline').boundingBox(),
        item.locator('.news-round').boundingBox(),
      ]);
      expect(round!.y).toBeGreaterThanOrEqual(headline!.y + headline!.height - 1);
    },
    STEP,
  );

  it(
    'takes the game away from a removed student',
    async () => {
      host.page.once('dialog', (d) => void d.accept());
      const row = host.page.locator('.roster .seat', { hasText: 'Other Student' });
      await row.locator('summary').click();
      await row.locator('.seat-remove').click();
      await other.page.waitForSelector('.removed', { timeout: 30_000 });
      expect(await other.page.locator('.meter-text, .proposals, .team-chat').count()).toBe(0);
      expect(await other.page.locator('.now-line').innerText()).toMatch(/removed/);
    },
    STEP,
  );
});
