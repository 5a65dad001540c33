// A class on a phone (390 px), a tablet (768 px), a laptop, the teacher's laptop and a 1920 px projector,
// played through every phase. At each phase, on every page: no sideways scroll and no overlapping controls at
// any width from 360 to 1920 px, touch targets of 44 px on phones, the phase's task within the first screen,
// a "what to do now" line at the top, and axe-core finding no serious or critical WCAG violation.
// Findings go to test-results/screens-report.json and screenshots to test-results/screenshots/screens-*.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningServer } from '../../server/app.ts';
import { launchClassroom, SCREENSHOTS, screenshot, startE2EServer, type Participant } from './harness.ts';
import {
  axeViolations,
  layoutProblems,
  serious,
  topOf,
  WIDTHS,
  type AxeViolation,
  type LayoutProblem,
} from './audit.ts';

const WAIT = { timeout: 45_000, interval: 200 };
const STEP = 240_000;
type Phase = 'lobby' | 'briefing' | 'news' | 'deliberation' | 'decision' | 'resolution' | 'reflection' | 'ended';

/** What a student must find on the first screen in each phase (besides the "what to do now" line). */
const STUDENT_TASK: Record<Phase, string[]> = {
  lobby: ['.status-bar .who'],
  briefing: ['.briefing h2'],
  news: ['.news-panel h2'],
  deliberation: ['.proposals form button[type=submit]'],
  decision: ['.proposals li.proposal button'],
  resolution: ['.revealed-moves li', '.causes-panel li'],
  reflection: ['.reflection textarea'],
  ended: ['.scores-panel li'],
};
const HOST_TASK: Record<Phase, string[]> = {
  lobby: ['.ctl-start'],
  briefing: ['.ctl-skip'],
  news: ['.ctl-skip'],
  deliberation: ['.ctl-skip'],
  decision: ['.ctl-skip'],
  resolution: ['.ctl-skip'],
  reflection: ['.ctl-skip'],
  ended: ['.ctl-review'],
};
const PROJECTOR_TASK: Record<Phase, string[]> = {
  lobby: ['.projector-join .code', 'img.qr'],
  briefing: ['.status-bar .clock'],
  news: ['.status-bar .clock', '.news-panel li'],
  deliberation: ['.status-bar .clock'],
  decision: ['.status-bar .clock'],
  resolution: ['.status-bar .clock', '.revealed-moves li'],
  reflection: ['.status-bar .clock'],
  ended: ['.scores-panel li'],
};

interface Finding {
  phase: Phase;
  who: string;
  width?: number;
  layout?: LayoutProblem[];
  offscreen?: string[];
  axe?: AxeViolation[];
}

let server: RunningServer;
let classroom: Awaited<ReturnType<typeof launchClassroom>>;
let code = '';
let host: Participant;
let projector: Participant;
const students: Participant[] = [];
const findings: Finding[] = [];
const everyone = () => [host, projector, ...students];
const viewports: Record<string, { width: number; height: number }> = {
  phone: { width: 390, height: 844 },
  tablet: { width: 768, height: 1024 },
  laptop: { width: 1280, height: 800 },
  host: { width: 1366, height: 768 },
  projector: { width: 1920, height: 1080 },
};

async function waitAllInPhase(word: string): Promise<void> {
  await vi.waitFor(async () => {
    for (const p of everyone()) expect(await p.page.locator('.status-bar .clock').innerText(), p.name).toContain(word);
  }, WAIT);
}

/** Every check for one phase, on every participant; findings are recorded, then asserted softly. */
async function audit(phase: Phase, sweep: boolean): Promise<void> {
  for (const p of everyone()) {
    const vp = viewports[p.name]!;
    const task = p === host ? HOST_TASK[phase] : p === projector ? PROJECTOR_TASK[phase] : STUDENT_TASK[phase];
    const offscreen: string[] = [];
    for (const sel of ['.now-line', ...task]) {
      const top = await topOf(p.page, sel);
      if (top === null || top + 36 > vp.height) offscreen.push(`${sel} at ${top ?? 'missing'}`);
    }
    const layout = await layoutProblems(p.page, vp.width <= 768 ? 44 : 0);
    const axe = serious(await axeViolations(p.page));
    findings.push({ phase, who: p.name, width: vp.width, layout, offscreen, axe });
    await screenshot(p.page, `screens-${p.name}-${phase}`);
    await p.page.evaluate(() => window.scrollTo(0, 0));
    await p.page.screenshot({ path: join(SCREENSHOTS, `screens-${p.name}-${phase}-first-screen.png`) });
    expect.soft(offscreen, `${p.name} in ${phase}: task not on the first screen`).toEqual([]);
    expect.soft(layout, `${p.name} in ${phase} at ${vp.width}px`).toEqual([]);
    expect
      .soft(
        axe.map((v) => `${v.id} (${v.impact}, ${v.nodes}): ${v.sample}`),
        `${p.name} in ${phase}: axe`,
      )
      .toEqual([]);
    if (!sweep) continue;
    for (const width of WIDTHS) {
      if (width === vp.width) continue;
      await p.page.setViewportSize({ width, height: 900 });
      await p.page.waitForTimeout(150); // one layout and one board resize
      const problems = (await layoutProblems(p.page)).filter((x) => x.kind !== 'small-target');
      findings.push({ phase, who: p.name, width, layout: problems });
      expect.soft(problems, `${p.name} in ${phase} at ${width}px`).toEqual([]);
    }
    await p.page.setViewportSize(vp);
  }
}

async function skipTo(word: string): Promise<void> {
  await host.page.click('.ctl-skip');
  await waitAllInPhase(word);
}

describe('every screen at every width, led by the phase', () => {
  beforeAll(async () => {
    server = await startE2EServer();
    classroom = await launchClassroom();
    host = await classroom.join('host', { viewport: viewports.host });
    projector = await classroom.join('projector', { viewport: viewports.projector });
    for (const who of ['phone', 'tablet', 'laptop'])
      students.push(await classroom.join(who, { viewport: viewports[who] }));
    const phaseSeconds = Object.fromEntries(
      ['briefing', 'news', 'deliberation', 'decision', 'resolution', 'reflection'].map((p) => [p, 900]),
    );
    const res = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenarioId: 'korea', rounds: 2, phaseSeconds, reflection: true }),
    });
    const created = (await res.json()) as { code: string; hostKey: string };
    code = created.code;
    await host.page.goto(`${server.url}/host`);
    await host.page.evaluate(
      (c) =>
        localStorage.setItem(
          'peninsula.hosts',
          JSON.stringify([{ code: c.code, hostKey: c.hostKey, createdAt: Date.now() }]),
        ),
      created,
    );
    await host.page.goto(`${server.url}/host?code=${code}`);
    await projector.page.goto(`${server.url}/projector/${code}`);
    for (const s of students) {
      await s.page.goto(`${server.url}/join/${code}`);
      await s.page.fill('input[name=name]', `Student ${s.name}`);
      await s.page.click('form.join-form button[type=submit]');
    }
    for (const p of everyone()) await p.page.waitForSelector('.meter-text li', { timeout: 45_000, state: 'attached' });
    await vi.waitFor(async () => expect(await host.page.locator('.roster .seat').count()).toBe(students.length), WAIT);
  }, STEP);

  afterAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, '..', 'screens-report.json'), JSON.stringify(findings, null, 2));
    await Promise.all(
      everyone()
        .filter(Boolean)
        .map((p) => p.close()),
    );
    await classroom?.close();
    await server?.close();
  }, STEP);

  it(
    'lobby',
    async () => {
      await audit('lobby', true);
      // Readable from the back of the room: the code at least 8% of the projected screen's height.
      const size = await projector.page
        .locator('.projector-join .code')
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize) / window.innerHeight);
      expect(size).toBeGreaterThanOrEqual(0.08);
      expect(await projector.page.locator('.projector-join .seated li').count()).toBe(5);
    },
    STEP,
  );

  it(
    'briefing and news',
    async () => {
      await host.page.click('.ctl-start');
      await waitAllInPhase('Briefing');
      await audit('briefing', false);
      await skipTo('News');
      await audit('news', false);
    },
    STEP,
  );

  it(
    'deliberation',
    async () => {
      await skipTo('Deliberation');
      for (const s of students) {
        await s.page.fill('.proposals input[type=text]', 'It answers what the others did.');
        await s.page.click('.proposals form button[type=submit]');
        await s.page.waitForSelector('.proposals li.proposal', { timeout: 30_000 });
      }
      await audit('deliberation', true);
    },
    STEP,
  );

  it(
    'decision',
    async () => {
      await skipTo('Decision');
      await audit('decision', false);
      for (const s of students) {
        await s.page.click('.proposals li.proposal button.approve');
        await s.page.waitForSelector('.proposals .badge.leading', { timeout: 30_000 });
      }
    },
    STEP,
  );

  it(
    'resolution',
    async () => {
      await skipTo('Resolution');
      await vi.waitFor(
        async () => expect(await host.page.locator('.revealed-moves li:not(.empty)').count()).toBe(5),
        WAIT,
      );
      await audit('resolution', true);
    },
    STEP,
  );

  it(
    'reflection and the end',
    async () => {
      await skipTo('Reflection');
      await audit('reflection', false);
      host.page.once('dialog', (d) => void d.accept());
      await host.page.click('.ctl-end');
      await waitAllInPhase('Ended');
      await audit('ended', true);
    },
    STEP,
  );
});
