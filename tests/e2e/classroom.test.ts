// A whole class in real browsers: the teacher creates and runs a session from /host, six students join
// from /join/CODE, a projector watches. One round is played through the UI only. Checks what students
// and the teacher rely on: meters change on every screen, secrets stay with their audience (in the DOM
// and in the WebSocket frames each page received), and a reload keeps the seat.
// The steps share one classroom and run in order; each `it` is one stage of the lesson.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningServer } from '../../server/app.ts';
import { getScenario } from '../../shared/scenario/catalog.ts';
import { framesContain, launchClassroom, screenshot, startE2EServer, type Participant } from './harness.ts';

const STUDENTS = 6;
const MARK = `Q${Date.now().toString(36).toUpperCase()}`;
const TEAM_SECRET = `TEAMSECRET${MARK}`;
const DIPLO_SECRET = `DIPLOSECRET${MARK}`;
const PUBLIC_TEXT = `PUBLICWORD${MARK}`;
// Generous: the machine running this may be busy; a healthy run takes a fraction of these.
const WAIT = { timeout: 45_000, interval: 200 };
const STEP = 150_000;

let server: RunningServer;
let classroom: Awaited<ReturnType<typeof launchClassroom>>;
let host: Participant;
let projector: Participant;
const students: Participant[] = [];
let code = '';
const initialMeters = new Map<Participant, string>();

const delegationOf = (p: Participant) => p.page.evaluate(() => document.body.dataset.delegation ?? '');
const meterText = (p: Participant) => p.page.locator('.meter-text').innerText();
const clockText = (p: Participant) => p.page.locator('.status-bar .clock').innerText();
const everyone = () => [host, projector, ...students];

async function waitAllInPhase(word: string): Promise<void> {
  await vi.waitFor(async () => {
    for (const p of everyone()) expect(await clockText(p), p.name).toContain(word);
  }, WAIT);
}

async function skipTo(word: string): Promise<void> {
  await host.page.click('.ctl-skip');
  await waitAllInPhase(word);
}

async function submitIn(p: Participant, panel: string): Promise<void> {
  await p.page.click(`${panel} form button[type=submit]`);
  await p.page.waitForSelector(`${panel} .form-status.ok`, { timeout: 30_000 });
}

describe('a classroom in real browsers', () => {
  beforeAll(async () => {
    server = await startE2EServer();
    classroom = await launchClassroom();
    [host, projector] = await Promise.all([
      classroom.join('host'),
      classroom.join('projector', { viewport: { width: 1600, height: 900 } }),
    ]);
    students.push(
      ...(await Promise.all(Array.from({ length: STUDENTS }, (_, i) => classroom.join(`student${i + 1}`)))),
    );
  }, STEP);

  afterAll(async () => {
    await Promise.all(
      everyone()
        .filter(Boolean)
        .map((p) => p.close()),
    );
    await classroom?.close();
    await server?.close();
  }, STEP);

  it(
    'the teacher creates a session and the class joins with the code',
    async () => {
      await host.page.goto(`${server.url}/host`);
      await host.page.waitForSelector('form.create-form select option', { state: 'attached' });
      await host.page.fill('form.create-form input[type=number] >> nth=0', '1');
      // Long phases: the teacher moves the class along with "Skip phase", as in a real lesson.
      for (const phase of ['briefing', 'news', 'deliberation', 'decision', 'resolution', 'reflection'])
        await host.page.fill(`input[name=phase-${phase}]`, '900');
      await screenshot(host.page, 'host-create');
      await host.page.click('form.create-form button[type=submit]');
      await host.page.waitForSelector('.code[data-code]');
      code = (await host.page.getAttribute('.code[data-code]', 'data-code')) ?? '';
      expect(code).toMatch(/^[A-Z0-9]{6}$/);
      const qr = await host.page.waitForSelector('img.qr');
      await vi.waitFor(
        async () => expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0),
        WAIT,
      );

      await projector.page.goto(`${server.url}/projector/${code}`);
      for (const [i, s] of students.entries()) {
        await s.page.goto(`${server.url}/join/${code}`);
        await s.page.fill('input[name=name]', `Student ${i + 1}`);
        await s.page.click('form.join-form button[type=submit]');
      }
      for (const p of everyone())
        await p.page.waitForSelector('.meter-text li', { timeout: 45_000, state: 'attached' });
      await vi.waitFor(async () => expect(await host.page.locator('.roster .seat').count()).toBe(STUDENTS), WAIT);
      for (const s of students) expect(await delegationOf(s)).not.toBe('');
      for (const p of everyone()) initialMeters.set(p, await meterText(p));
      await screenshot(students[0]!.page, 'student-lobby');
    },
    STEP,
  );

  let teamA: Participant;
  let teamB: Participant;
  let partner: Participant;
  let outsiders: Participant[] = [];

  it(
    'students talk in their team, to another delegation and in public, and propose moves',
    async () => {
      await host.page.click('.ctl-start');
      await waitAllInPhase('Briefing');
      await skipTo('News');
      await skipTo('Deliberation');

      const delegations = await Promise.all(students.map(delegationOf));
      const counts = new Map<string, number>();
      for (const d of delegations) counts.set(d, (counts.get(d) ?? 0) + 1);
      expect(counts.size).toBe(5); // balanced: every delegation is played by someone
      const shared = [...counts].find(([, n]) => n >= 2)?.[0] ?? '';
      const team = students.filter((_, i) => delegations[i] === shared);
      [teamA, teamB] = [team[0]!, team[1]!];
      partner = students.find((_, i) => delegations[i] !== shared)!;
      const partnerDelegation = await delegationOf(partner);
      outsiders = students.filter((s, i) => delegations[i] !== shared && s !== partner);
      expect(outsiders.length).toBeGreaterThanOrEqual(3);

      await teamA.page.fill('.team-chat textarea', `Our plan: ${TEAM_SECRET}`);
      await submitIn(teamA, '.team-chat');
      await teamA.page.selectOption('.diplomacy select', partnerDelegation);
      await teamA.page.fill('.diplomacy textarea', `Between us: ${DIPLO_SECRET}`);
      await submitIn(teamA, '.diplomacy');
      await teamA.page.fill('.statements textarea', `We say to the world: ${PUBLIC_TEXT}`);
      await teamA.page.selectOption('.statements select >> nth=0', 'pledge');
      await submitIn(teamA, '.statements');

      await teamB.page.waitForSelector(`.team-chat .log >> text=${TEAM_SECRET}`, { timeout: 30_000 });
      await partner.page.waitForSelector(`.diplomacy .log >> text=${DIPLO_SECRET}`, { timeout: 30_000 });
      await projector.page.waitForSelector(`.statements .log >> text=${PUBLIC_TEXT}`, { timeout: 30_000 });

      // Each student proposes a move other than Hold (the first listed), with a rationale.
      for (const s of students) {
        await s.page.fill('.proposals input[type=text]', 'It answers what the others did.');
        await submitIn(s, '.proposals');
      }
      await vi.waitFor(async () => expect(await teamA.page.locator('.proposals li.proposal').count()).toBe(2), WAIT);
      await vi.waitFor(
        async () => expect(await host.page.locator('.proposals-overview li').count()).toBe(STUDENTS),
        WAIT,
      );
      await screenshot(teamA.page, 'student-deliberation');
      await screenshot(host.page, 'host-deliberation');
    },
    STEP,
  );

  it(
    'a reload gives a student the same seat back, with their team’s chat',
    async () => {
      const who = await teamA.page.locator('.status-bar .who').innerText();
      await teamA.page.reload();
      await teamA.page.waitForSelector('.meter-text li', { timeout: 45_000 });
      await vi.waitFor(async () => expect(await teamA.page.locator('.status-bar .who').innerText()).toBe(who), WAIT);
      await teamA.page.waitForSelector(`.team-chat .log >> text=${TEAM_SECRET}`, { timeout: 30_000 });
      expect(await teamA.page.locator('form.join-form').count()).toBe(0);
      await vi.waitFor(async () => expect(await host.page.locator('.roster .seat').count()).toBe(STUDENTS), WAIT);
      await vi.waitFor(
        async () => expect(await host.page.locator('.roster .presence.on').count()).toBe(STUDENTS),
        WAIT,
      );
    },
    STEP,
  );

  it(
    'teams approve, the moves are revealed together and the meters change on every screen',
    async () => {
      await skipTo('Decision');
      for (const s of students) {
        await s.page.click('.proposals button.approve >> nth=0');
        await s.page.waitForSelector('.proposals .badge.leading', { timeout: 30_000 });
      }
      await skipTo('Resolution');
      // Everyone proposed the first move on their list. Every delegation appears in the reveal on every screen:
      // a covert move shows to outsiders as its public cover (Hold), so a missing line names nobody.
      const revealed = (p: Participant) => p.page.locator('.revealed li:not(.empty)').count();
      await vi.waitFor(async () => {
        expect(await revealed(host)).toBe(5);
        expect(await revealed(projector)).toBe(5);
        for (const s of students) expect(await revealed(s), s.name).toBe(5);
      }, WAIT);
      await vi.waitFor(async () => {
        for (const p of everyone()) expect(await meterText(p), p.name).not.toBe(initialMeters.get(p));
      }, WAIT);
      await vi.waitFor(
        async () => expect(await host.page.locator('.causes li:not(.empty)').count()).toBeGreaterThan(0),
        WAIT,
      );
      await screenshot(host.page, 'host-resolution');
      await screenshot(projector.page, 'projector-resolution');
      for (const [i, s] of students.entries()) await screenshot(s.page, `student${i + 1}-resolution`);
    },
    STEP,
  );

  it(
    'the projector and other teams never receive a team’s private messages or brief',
    async () => {
      const scenario = getScenario('korea');
      const teamDelegation = await delegationOf(teamA);
      const privateBrief =
        scenario?.delegations.find((d) => d.id === teamDelegation)?.privateBrief.slice(0, 60) ?? 'missing';
      const seen = async (p: Participant, marker: string) =>
        (await p.page.content()).includes(marker) || framesContain(p, marker);

      // The markers are findable where they belong: the search itself works, in the DOM and in the frames.
      expect(framesContain(teamB, TEAM_SECRET)).toBe(true);
      expect(framesContain(partner, DIPLO_SECRET)).toBe(true);
      expect(framesContain(projector, PUBLIC_TEXT)).toBe(true);
      expect(await seen(host, TEAM_SECRET)).toBe(true);

      for (const p of [projector, ...outsiders]) {
        expect(await seen(p, TEAM_SECRET), `${p.name} got the team chat`).toBe(false);
        expect(await seen(p, DIPLO_SECRET), `${p.name} got the diplomatic message`).toBe(false);
        expect(await seen(p, privateBrief), `${p.name} got the private brief`).toBe(false);
        expect(await seen(p, PUBLIC_TEXT), `${p.name} missed the public statement`).toBe(true);
      }
      expect(await seen(partner, TEAM_SECRET), 'the other side of a diplomatic channel got the team chat').toBe(false);
      expect(await seen(partner, privateBrief)).toBe(false);
    },
    STEP,
  );

  it(
    'the round ends with a reflection and the session can be ended by the teacher',
    async () => {
      await skipTo('Reflection');
      const s = students[0]!;
      await s.page.waitForSelector('.reflection textarea', { state: 'visible' });
      await s.page.fill('.reflection textarea', 'We escalated because they did.');
      await submitIn(s, '.reflection');
      host.page.once('dialog', (d) => void d.accept());
      await host.page.click('.ctl-end');
      await waitAllInPhase('Ended');
      await screenshot(s.page, 'student-ended');
      await screenshot(projector.page, 'projector-ended');
    },
    STEP,
  );
});
