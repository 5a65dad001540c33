// A Korean class in real browsers: teacher, projector and two students play a round with every page in Korean
// (one student picks Korean on the join page), then the teacher opens the review in Korean. Fails when visible
// text holds an English word outside a short allow-list, or Latin text without its own `lang`.
// The steps share one classroom and run in order; each `it` is one stage of the lesson.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app.ts';
import { getScenario } from '../../shared/scenario/catalog.ts';
import { launchClassroom, screenshot, SCREENSHOTS, startE2EServer, type Participant } from './harness.ts';

const WAIT = { timeout: 45_000, interval: 200 };
const STEP = 150_000;
/** Latin words a Korean page may show: the game's name, file formats, the QR code's name, keys as printed on a keyboard. */
const ALLOWED = new Set(['Peninsula', 'JSON', 'CSV', 'PDF', 'QR', 'English', 'Enter', 'Tab']);

let server: RunningServer;
let classroom: Awaited<ReturnType<typeof launchClassroom>>;
let host: Participant;
let projector: Participant;
const students: Participant[] = [];
let code = '';

/** Every string in the scenario file: text the game's scenario owner translates (checked apart from the UI's). */
function scenarioStrings(): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (/[A-Za-z]{2,}/.test(v) && v.length > 2) out.push(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(getScenario('korea'));
  return [...new Set(out)].sort((a, b) => b.length - a.length);
}

interface Seen {
  /** English words left once the session code, URLs and the allow-list are taken out. */
  english: string[];
  /** The same, after also taking out the scenario's own text and the model's cause lines. */
  uiEnglish: string[];
  /** The lines holding them, for the failure message. */
  uiLines: string[];
  /** Text with Latin words whose nearest `lang` is not English. */
  unmarked: string[];
}

/** Opens every collapsed block so its text counts, then reads what a person sees on the page. */
async function seen(page: Page): Promise<Seen> {
  const scenario = scenarioStrings();
  const result = await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const text = document.body.innerText;
    const causes = [...document.querySelectorAll('.causes li, .cause, .tl-cause')].map(
      (e) => (e as HTMLElement).innerText,
    );
    const unmarked: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue ?? '';
      const el = node.parentElement;
      if (!el || !/[A-Za-z]{2,}/.test(value) || /[가-힣]/.test(value) || el.closest('script, style, noscript'))
        continue;
      if (el.getClientRects().length === 0) continue;
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!lang.startsWith('en')) unmarked.push(value.trim());
    }
    return { text, causes, unmarked };
  });
  // URLs, the session code and secrets (the teacher's key card) are not words.
  const strip = (text: string) =>
    text
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/[A-Za-z0-9_-]{20,}/g, ' ')
      .split(code)
      .join(' ');
  const words = (text: string) => (strip(text).match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED.has(w));
  let ui = result.text;
  // Cause lines first (they quote scenario names), then the scenario's own strings, longest first.
  for (const s of [...[...result.causes].sort((a, b) => b.length - a.length), ...scenario])
    if (s.trim()) ui = ui.split(s).join(' ');
  // A label and a code glued together ("Session 7KX4QD") leave the code's letters; the code itself is no word.
  const unmarked = result.unmarked.filter((t) => strip(t).trim() && (strip(t).match(/[A-Za-z]{2,}/g) ?? []).length > 0);
  const lines = ui.split('\n').filter((l) => words(l).length > 0);
  return {
    english: [...new Set(words(result.text))],
    uiEnglish: [...new Set(words(ui))],
    uiLines: lines,
    unmarked: [...new Set(unmarked)],
  };
}

async function expectKorean(p: Participant, where: string): Promise<Seen> {
  await p.page.waitForFunction(() => document.documentElement.lang === 'ko');
  const s = await seen(p.page);
  expect(s.uiEnglish, `${p.name} (${where}) shows English in the UI:\n${s.uiLines.join('\n')}`).toEqual([]);
  expect(s.unmarked, `${p.name} (${where}) shows Latin text without lang="en"`).toEqual([]);
  return s;
}

const clockText = (p: Participant) => p.page.locator('.status-bar .clock').innerText();
const everyone = () => [host, projector, ...students];
/** Everything English that any page showed (scenario text included), for the scenario's own check. */
const english = new Set<string>();

async function skipTo(word: string): Promise<void> {
  await host.page.click('.ctl-skip');
  await vi.waitFor(async () => {
    for (const p of everyone()) expect(await clockText(p), p.name).toContain(word);
  }, WAIT);
}

async function checkAll(where: string): Promise<void> {
  for (const p of everyone()) for (const w of (await expectKorean(p, where)).english) english.add(w);
}

describe('a Korean class in real browsers', () => {
  beforeAll(async () => {
    server = await startE2EServer();
    classroom = await launchClassroom();
    [host, projector] = await Promise.all([
      classroom.join('host'),
      classroom.join('projector', { viewport: { width: 1600, height: 900 } }),
    ]);
    students.push(...(await Promise.all([classroom.join('student1'), classroom.join('student2')])));
    // The teacher, the projector and one student chose Korean before (remembered in the browser).
    for (const p of [host, projector, students[1]!])
      await p.context.addInitScript(() => localStorage.setItem('peninsula.lang', 'ko'));
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
    'the teacher creates a session in Korean and students join, one picking Korean on the join page',
    async () => {
      await host.page.goto(`${server.url}/host`);
      await host.page.waitForSelector('form.create-form select option', { state: 'attached' });
      await expectKorean(host, 'create form');
      await host.page.fill('form.create-form input[type=number] >> nth=0', '1');
      for (const phase of ['briefing', 'news', 'deliberation', 'decision', 'resolution', 'reflection'])
        await host.page.fill(`input[name=phase-${phase}]`, '900');
      await host.page.click('form.create-form button[type=submit]');
      await host.page.waitForSelector('.code[data-code]');
      code = (await host.page.getAttribute('.code[data-code]', 'data-code')) ?? '';
      await projector.page.goto(`${server.url}/projector/${code}`);

      const first = students[0]!;
      await first.page.goto(`${server.url}/join/${code}`);
      await first.page.waitForSelector('form.join-form');
      expect(await first.page.evaluate(() => document.documentElement.lang)).toBe('en');
      // On an English page, Korean text (here the picker's own name for Korean) carries lang="ko".
      const hangulOutsideKo = await first.page.evaluate(() => {
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (
            /[가-힣]/.test(node.nodeValue ?? '') &&
            node.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'ko'
          )
            out.push(node.nodeValue ?? '');
        }
        return out;
      });
      expect(hangulOutsideKo).toEqual([]);
      expect(await first.page.locator('option[lang=ko]').count()).toBe(1);
      await first.page.selectOption('select.lang-picker', 'ko');
      await first.page.waitForFunction(
        () => document.documentElement.lang === 'ko' && document.querySelector('form.join-form') !== null,
      );
      await expectKorean(first, 'join form');
      await screenshot(first.page, 'ko-join');
      for (const [i, s] of students.entries()) {
        if (i > 0) await s.page.goto(`${server.url}/join/${code}`);
        await s.page.fill('input[name=name]', `학생${i + 1}`);
        await s.page.click('form.join-form button[type=submit]');
      }
      for (const p of everyone())
        await p.page.waitForSelector('.meter-text li', { timeout: 45_000, state: 'attached' });
      await vi.waitFor(
        async () => expect(await host.page.locator('.roster .seat').count()).toBe(students.length),
        WAIT,
      );
      await checkAll('lobby');
    },
    STEP,
  );

  it(
    'a round is played in Korean: proposals, approval, the moves revealed, the meters moved',
    async () => {
      await host.page.click('.ctl-start');
      await vi.waitFor(async () => {
        for (const p of everyone()) expect(await clockText(p), p.name).toContain('브리핑');
      }, WAIT);
      await skipTo('뉴스');
      await skipTo('논의');
      for (const s of students) {
        await s.page.fill('.proposals input[type=text]', '상대의 행동에 맞서기 위해서입니다.');
        await s.page.click('.proposals form button[type=submit]');
        await s.page.waitForSelector('.proposals .form-status.ok', { timeout: 30_000 });
      }
      await checkAll('deliberation');
      await screenshot(students[0]!.page, 'ko-student-deliberation');
      await skipTo('결정');
      for (const s of students) {
        await s.page.click('.proposals button.approve >> nth=0');
        await s.page.waitForSelector('.proposals .badge.leading', { timeout: 30_000 });
      }
      await skipTo('결과');
      await vi.waitFor(async () => expect(await host.page.locator('.revealed li:not(.empty)').count()).toBe(5), WAIT);
      await vi.waitFor(
        async () => expect(await host.page.locator('.causes li:not(.empty)').count()).toBeGreaterThan(0),
        WAIT,
      );
      await checkAll('resolution');
      await screenshot(host.page, 'ko-host-resolution');
      await screenshot(projector.page, 'ko-projector-resolution');
      await skipTo('성찰');
      host.page.once('dialog', (d) => void d.accept());
      await host.page.click('.ctl-end');
      await vi.waitFor(async () => {
        for (const p of everyone()) expect(await clockText(p), p.name).toContain('종료');
      }, WAIT);
      await checkAll('ended');
    },
    STEP,
  );

  it(
    'the teacher reviews the session in Korean, every section open, and shares it with the class',
    async () => {
      await host.page.goto(`${server.url}/review/${code}`);
      await host.page.waitForSelector('#timeline .timeline details[open] li', WAIT);
      for (const w of (await expectKorean(host, 'review')).english) english.add(w);
      await screenshot(host.page, 'ko-review');
      await host.page.locator('#rounds').screenshot({ path: `${SCREENSHOTS}/ko-review-rounds.png` });
      const md = await host.page.evaluate(async (c) => {
        const key =
          JSON.parse(localStorage.getItem('peninsula.hosts') ?? '[]').find((h: { code: string }) => h.code === c)
            ?.hostKey ?? '';
        const res = await fetch(`/api/sessions/${c}/transcript?format=md&lang=ko`, {
          headers: { authorization: `Bearer ${key}` },
        });
        return res.text();
      }, code);
      expect(md).toContain('## 1라운드');

      // The teacher shares it with pseudonyms; a Korean student reads the class's copy in Korean.
      await host.page.check('#release-public');
      if (!(await host.page.isChecked('#release-pseudonyms'))) await host.page.click('#release-pseudonyms');
      await host.page.click('.release-form button[type=submit]');
      const shared = host.page.locator('#share-url');
      await shared.waitFor(WAIT);
      const student = students[1]!;
      await student.page.goto(`${server.url}${(await shared.getAttribute('href')) ?? ''}`);
      await student.page.waitForSelector('#timeline .timeline details[open] li', WAIT);
      for (const w of (await expectKorean(student, 'shared review')).english) english.add(w);
      const people = await student.page.evaluate(
        async (path) => {
          const res = await fetch(`/api${path}?lang=ko`);
          return ((await res.json()) as { people: { name: string }[] }).people.map((p) => p.name);
        },
        (await shared.getAttribute('href')) ?? '',
      );
      expect(people.length).toBe(students.length);
      for (const name of people) expect(name).toMatch(/ 대표 \d$/);
    },
    STEP,
  );

  // Everything English any Korean page showed, the scenario's own text and the model's causes included (and ids).
  it('shows no English at all, the scenario’s text and the causes included', () => {
    expect([...english], 'English words seen on Korean pages').toEqual([]);
  });
});
