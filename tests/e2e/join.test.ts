// The join page in a real browser: light until submit (no SDK, no Phaser fetched), and plain-words errors
// for a wrong code and a taken nickname, with the form kept so the student can fix it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.ts';
import { ERROR_MESSAGES } from '../../shared/rules/errors.ts';
import { launchClassroom, screenshot, startE2EServer } from './harness.ts';

let server: RunningServer;
let classroom: Awaited<ReturnType<typeof launchClassroom>>;
let code = '';

describe('joining from the join page', () => {
  beforeAll(async () => {
    server = await startE2EServer();
    classroom = await launchClassroom();
    const res = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenarioId: 'korea' }),
    });
    code = ((await res.json()) as { code: string }).code;
  }, 120_000);

  afterAll(async () => {
    await classroom?.close();
    await server?.close();
  });

  it('loads neither the SDK nor Phaser until the student submits', async () => {
    const p = await classroom.join('light');
    const scripts: string[] = [];
    p.page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await p.page.goto(`${server.url}/join/${code}`);
    await p.page.waitForSelector('input[name=name]');
    await p.page.waitForLoadState('networkidle');
    expect(
      scripts.some((s) => /phaser|board|proposals|game-/.test(s)),
      scripts.join(', '),
    ).toBe(false);
    expect(await p.page.inputValue('input[name=code]')).toBe(code);
    await p.close();
  }, 120_000);

  it('says in plain words when the code is wrong, and keeps the form', async () => {
    const p = await classroom.join('wrong-code');
    await p.page.goto(`${server.url}/`);
    await p.page.fill('input[name=code]', code === 'AAAAAA' ? 'CCCCCC' : 'AAAAAA');
    await p.page.fill('input[name=name]', 'Lost Owl');
    await p.page.click('form.join-form button[type=submit]');
    await p.page.waitForSelector('.form-status.error', { timeout: 45_000 });
    expect(await p.page.locator('.form-status.error').innerText()).toBe(ERROR_MESSAGES['protocol/unknown-session']);
    expect(await p.page.locator('form.join-form').count()).toBe(1);
    await screenshot(p.page, 'join-wrong-code');
    await p.close();
  }, 120_000);

  it('says so when a nickname is taken, and the student gets in with another', async () => {
    const first = await classroom.join('first');
    await first.page.goto(`${server.url}/join/${code}`);
    await first.page.fill('input[name=name]', 'Same Name');
    await first.page.click('form.join-form button[type=submit]');
    await first.page.waitForSelector('.meter-text li', { timeout: 45_000 });

    const second = await classroom.join('second');
    await second.page.goto(`${server.url}/join/${code}`);
    await second.page.fill('input[name=name]', 'Same Name');
    await second.page.click('form.join-form button[type=submit]');
    await second.page.waitForSelector('.form-status.error', { timeout: 45_000 });
    expect(await second.page.locator('.form-status.error').innerText()).toBe(ERROR_MESSAGES['rule/name-taken']);
    await screenshot(second.page, 'join-name-taken');
    await second.page.click('button:has-text("Suggest a nickname")');
    expect((await second.page.inputValue('input[name=name]')).length).toBeGreaterThan(3);
    await second.page.click('form.join-form button[type=submit]');
    await second.page.waitForSelector('.meter-text li', { timeout: 45_000 });
    await Promise.all([first.close(), second.close()]);
  }, 120_000);
});
