// The review page in a real browser: the teacher opens a recorded session's review with the key, scrubs the
// replay, and shares it with the class in stages; a student's fresh browser sees exactly each released level.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningServer } from '../../server/app.ts';
import { hashSecret } from '../../server/store/secrets.ts';
import { getScenario } from '../../shared/scenario/catalog.ts';
import type { Transcript } from '../../shared/transcript/types.ts';
import { MARK, markedSession, tinyScenario } from '../shared/transcript/review-helpers.ts';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchParticipant, SCREENSHOTS, startE2EServer, type Participant } from './harness.ts';
import { axeViolations, serious } from './audit.ts';

const KEY = 'e2e-teacher-key-0123456789-abcdefghij';
const WAIT = { timeout: 20_000, interval: 150 };
/** Each stage drives a browser on a shared 2-core machine: generous, never a speed assertion. */
const STAGE_MS = 120_000;
const marked = markedSession();
const korea = JSON.parse(
  readFileSync(new URL('../fixtures/sessions/korea-bots.json', import.meta.url), 'utf8'),
) as Transcript;

let server: RunningServer;
let teacher: Participant;
let student: Participant;
let shareUrl = '';
/** The JSON bodies the student's page received from /api/shared, newest last. */
const sharedBodies: string[] = [];

async function seed(transcript: Transcript): Promise<void> {
  const { header, entries } = transcript;
  await server.store.createSession({
    code: header.code,
    header,
    hostKeyHash: hashSecret(KEY),
    createdAt: header.createdAt,
    updatedAt: Date.now(),
    ended: true,
    release: null,
  });
  await server.store.append(header.code, entries);
}

/** A screenshot of one section (the whole review page is tens of thousands of pixels tall). */
async function shot(page: Page, name: string, selector: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.locator(selector).screenshot({ path: join(SCREENSHOTS, `${name}.png`), timeout: 60_000 });
}

// Everything on the page, folded rounds opened (they are one click away, so they count as shown).
const text = (p: Participant) =>
  p.page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    return document.body.innerText;
  });

/** What the student's browser shows and received at the shared link right now. */
async function studentSees(): Promise<string> {
  const before = sharedBodies.length;
  await student.page.goto(shareUrl);
  await student.page.waitForSelector('h2:text("Timeline"), [role=alert]', WAIT);
  await vi.waitFor(() => expect(sharedBodies.length).toBeGreaterThan(before), WAIT);
  return `${await text(student)}\n${sharedBodies[sharedBodies.length - 1] ?? ''}`;
}

async function release(level: 'none' | 'public' | 'diplomatic' | 'team', pseudonyms: boolean): Promise<void> {
  const page = teacher.page;
  await page.check(`#release-${level}`);
  if ((await page.isChecked('#release-pseudonyms')) !== pseudonyms) await page.click('#release-pseudonyms');
  await page.click('.release-form button[type=submit]');
  await page.waitForFunction(
    (want) => document.querySelector('.release-form [role=status]')?.textContent?.startsWith(want),
    level === 'none' ? 'The class link' : 'Shared',
    WAIT,
  );
}

describe('the review page in a real browser', () => {
  beforeAll(async () => {
    server = await startE2EServer({ scenarioById: (id) => (id === tinyScenario.id ? tinyScenario : getScenario(id)) });
    await seed(marked);
    await seed(korea);
    [teacher, student] = await Promise.all([launchParticipant('review-teacher'), launchParticipant('review-student')]);
    student.page.on('response', (res) => {
      if (res.url().includes('/api/shared/'))
        void res.text().then(
          (body) => sharedBodies.push(body),
          () => sharedBodies.push(''),
        );
    });
  }, 180_000);

  afterAll(async () => {
    await Promise.all([teacher, student].filter(Boolean).map((p) => p.close()));
    await server?.close();
  }, STAGE_MS);

  it(
    'a refused key puts focus on the field, marked invalid and described by the error; an accepted one on the review',
    async () => {
      const page = teacher.page;
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement;
          return { id: el?.id ?? '', tag: el?.tagName ?? '', text: el?.textContent ?? '' };
        });
      await page.goto(`${server.url}/review/${korea.header.code}`);
      await page.waitForSelector('#host-key');
      expect((await focused()).id).toBe('host-key');
      expect(await page.locator('#host-key').getAttribute('aria-invalid')).toBeNull();
      await page.fill('#host-key', 'not-the-key-of-this-session-0123');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#host-key-error', WAIT);
      const input = page.locator('#host-key');
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect((await input.getAttribute('aria-describedby'))?.split(' ')).toContain('host-key-error');
      expect(await page.locator('#host-key-error').innerText()).toBe('That key does not open this session.');
      expect((await focused()).id).toBe('host-key');
      expect(serious(await axeViolations(page))).toEqual([]);

      await page.keyboard.type(KEY);
      await page.keyboard.press('Enter');
      await page.waitForSelector('h2:text("Timeline")', WAIT);
      await vi.waitFor(async () => expect(await focused()).toMatchObject({ tag: 'H1' }), WAIT);
      expect((await focused()).text).toBe(await page.locator('header.top h1').innerText());
      // Tab goes on from the heading into the page, not back to its first link.
      await page.keyboard.press('Tab');
      expect((await focused()).tag).not.toBe('BODY');
      await page.evaluate(() => localStorage.clear());
    },
    STAGE_MS,
  );

  it(
    'the teacher opens a bot-recorded session with the key and sees every part of the review',
    async () => {
      const code = korea.header.code;
      await teacher.page.goto(`${server.url}/review/${code}`);
      await teacher.page.fill('#host-key', KEY);
      await teacher.page.click('form.key-form button[type=submit]');
      await teacher.page.waitForSelector('h2:text("Timeline")', WAIT);
      const page = await text(teacher);
      for (const heading of [
        'Tension and world meters',
        'Replay',
        'Round by round',
        'Promise against action',
        'Offers answered and ignored',
        'Participation',
        'Debrief prompts',
        'Exports',
        'Share with the class',
        'Delete',
      ]) {
        expect(page).toContain(heading);
      }
      expect(await teacher.page.locator('svg.meter-chart title').first().textContent()).toContain('Tension');
      expect(await teacher.page.locator('.meter-chart .move-mark').count()).toBeGreaterThan(0);
      expect(await teacher.page.locator('.review-participation tbody tr').count()).toBe(12);
      expect(await teacher.page.locator('.rounds details.round').count()).toBe(4);
      // The filter narrows the timeline and says how many entries are left.
      const all = await teacher.page.locator('.timeline li').count();
      await teacher.page.selectOption('#tl-kind', 'move');
      await vi.waitFor(
        async () => expect(await teacher.page.locator('.timeline li:not([data-kind="move"])').count()).toBe(0),
        WAIT,
      );
      const moves = await teacher.page.locator('.timeline li').count();
      expect(moves).toBeGreaterThanOrEqual(4 * 5); // every delegation moves every round (Hold included)
      expect(moves).toBeLessThan(all);
      expect(await teacher.page.locator('.tl-count').innerText()).toMatch(
        new RegExp(`^${moves} of \\d+ entries shown`),
      );
      await teacher.page.selectOption('#tl-kind', '');
      expect(await teacher.page.locator('.timeline li').count()).toBe(all);
      await shot(teacher.page, 'review-host-chart', '#chart');
    },
    STAGE_MS,
  );

  it(
    'the replay scrubber shows the situation at any step, in words and on the board',
    async () => {
      const page = teacher.page;
      await page.focus('#scrub');
      await page.keyboard.press('Home');
      await vi.waitFor(
        async () =>
          expect(await page.locator('#scrub-status').innerText()).toMatch(
            /^Step 0 of \d+: before the first round, lobby\./i,
          ),
        WAIT,
      );
      const startWords = await page.locator('.scrub-words').innerText();
      await page.keyboard.press('End');
      await vi.waitFor(
        async () => expect(await page.locator('#scrub-status').innerText()).toMatch(/round 4, ended\.$/i),
        WAIT,
      );
      expect(await page.locator('.scrub-words').innerText()).not.toBe(startWords);
      await page.click('text=Show the situation board');
      await page.waitForSelector('.review-board canvas', WAIT);
      // From a timeline entry straight to that moment in the replay.
      const entry = page.locator('.timeline details[open] li[data-kind="move"]').first();
      const seq = await entry.getAttribute('data-seq');
      await entry.locator('.tl-go').click();
      await vi.waitFor(
        async () =>
          expect(await page.locator('#scrub-status').innerText()).toMatch(
            new RegExp(`^Step ${seq} of \\d+: round \\d, resolution\\.`, 'i'),
          ),
        WAIT,
      );
      await shot(page, 'review-scrubber', '#replay');
    },
    STAGE_MS,
  );

  it(
    'shares the scripted session in stages; the student sees exactly each level',
    async () => {
      const code = marked.header.code;
      await teacher.page.evaluate(() => localStorage.clear());
      await teacher.page.goto(`${server.url}/review/${code}`);
      await teacher.page.fill('#host-key', KEY);
      await teacher.page.click('form.key-form button[type=submit]');
      await teacher.page.waitForSelector('h2:text("Share with the class")', WAIT);

      await release('public', true);
      shareUrl = (await teacher.page.locator('#share-url').getAttribute('href')) ?? '';
      expect(shareUrl).toMatch(/^\/shared\/[A-Za-z0-9_-]{20,}$/);
      shareUrl = `${server.url}${shareUrl}`;
      let seen = await studentSees();
      expect(seen).toContain(MARK.public);
      expect(seen).toContain('North delegate 1');
      for (const hidden of [
        MARK.diplomatic,
        MARK.team,
        MARK.plan,
        MARK.reflection,
        MARK.brief,
        MARK.nickname,
        MARK.oldName,
        code,
      ])
        expect(seen).not.toContain(hidden);
      expect(seen).not.toContain('Participation');
      expect(seen).not.toContain('Share with the class');
      await shot(student.page, 'review-shared-public', 'header');

      await release('diplomatic', false);
      seen = await studentSees();
      for (const shown of [MARK.public, MARK.diplomatic, MARK.nickname]) expect(seen).toContain(shown);
      for (const hidden of [MARK.team, MARK.plan, MARK.reflection, MARK.brief, MARK.oldName])
        expect(seen).not.toContain(hidden);

      await release('team', true);
      seen = await studentSees();
      for (const shown of [MARK.public, MARK.diplomatic, MARK.team, MARK.plan]) expect(seen).toContain(shown);
      // Reflections and private briefs are separate opt-ins (the API's `reflections` and `briefs`); not asked for here.
      for (const hidden of [MARK.nickname, MARK.oldName, MARK.reflection, MARK.brief])
        expect(seen).not.toContain(hidden);
      expect(seen).not.toContain('Participation per student');

      await release('none', true);
      await student.page.goto(shareUrl);
      await student.page.waitForSelector('[role=alert]', WAIT);
      expect(await text(student)).toContain('not shared');
    },
    STAGE_MS,
  );

  it(
    'the teacher deletes the session after confirming; it is gone from the store',
    async () => {
      const code = marked.header.code;
      await teacher.page.click('text=Delete this session…');
      await teacher.page.click('text=Yes, delete it for good');
      await teacher.page.waitForSelector(`text=Session ${code} was deleted.`, WAIT);
      expect(await server.store.getSession(code)).toBeNull();
      expect(await server.store.readEntries(code)).toEqual([]);
    },
    STAGE_MS,
  );
});
