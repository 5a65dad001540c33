// One catalogue in two languages: every rule/protocol error has plain words in both, codes parse from errors.
import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGS } from '../../shared/i18n/index.ts';
import { errorText, t } from '../../client/i18n/index.ts';
import { errorCodeOf } from '../../client/net/errors.ts';
import { CODE_PATTERN, codeFromLocation, normalizeCode } from '../../client/pages/code.ts';
import { suggestNickname } from '../../client/pages/nickname.ts';
import { ERROR_MESSAGES } from '../../shared/rules/errors.ts';
import { codeSchema, nameSchema } from '../../shared/protocol/messages.ts';

describe('catalogue', () => {
  it('words every rule and protocol error code in English and Korean, differently from the fallback', () => {
    for (const code of Object.keys(ERROR_MESSAGES)) {
      expect(errorText(code, 'en')).toBe(ERROR_MESSAGES[code as keyof typeof ERROR_MESSAGES]);
      if (code !== 'protocol/server-error')
        expect(errorText(code, 'ko')).not.toBe(errorText('protocol/server-error', 'ko'));
      expect(errorText(code, 'ko')).toMatch(/[가-힣]/);
    }
  });

  it('has a non-empty string for every English key in every language', () => {
    for (const l of LANGS) {
      for (const key of Object.keys(CATALOGUES.en.text) as (keyof typeof CATALOGUES.en.text)[])
        expect(t(key, l).length, `${l}.${key}`).toBeGreaterThan(0);
    }
  });

  it('writes every Korean UI string in Hangul (the game name aside)', () => {
    for (const [key, text] of Object.entries(CATALOGUES.ko.text)) expect(text, key).toMatch(/[가-힣]/);
  });

  it('falls back to a generic sentence for an unknown code', () => {
    expect(errorText('rule/made-up', 'en')).toBe(ERROR_MESSAGES['protocol/server-error']);
  });
});

describe('error codes from what the network throws', () => {
  it('finds the code in a refused join, a rejected request and an IntentReply', () => {
    expect(errorCodeOf(new Error('rule/name-taken'))).toBe('rule/name-taken');
    expect(errorCodeOf({ name: 'rejected', reason: 'rule/wrong-phase' })).toBe('rule/wrong-phase');
    expect(errorCodeOf({ ok: false, error: 'protocol/rate-limited', message: 'x' })).toBe('protocol/rate-limited');
  });

  it('calls a timeout a timeout and a dead socket offline', () => {
    expect(errorCodeOf(new Error('request timed out'))).toBe('net/timeout');
    expect(errorCodeOf(new TypeError('Failed to fetch'))).toBe('net/offline');
  });
});

describe('join form helpers', () => {
  it('accepts exactly the codes the server accepts', () => {
    for (const raw of ['7kx4qd', ' 7KX 4QD ', '7KX-4QD', 'ABCDEF', '7KX4Q', '7KX4QD9', 'OOOOOO']) {
      const client = CODE_PATTERN.test(normalizeCode(raw));
      const server = codeSchema.safeParse(normalizeCode(raw)).success;
      expect(client, raw).toBe(server);
    }
  });

  it('finds the code in /join/CODE, ?code= and #CODE', () => {
    expect(codeFromLocation({ pathname: '/join/7kx4qd', search: '', hash: '' })).toBe('7KX4QD');
    expect(codeFromLocation({ pathname: '/', search: '?code=7KX4QD', hash: '' })).toBe('7KX4QD');
    expect(codeFromLocation({ pathname: '/projector/', search: '', hash: '#7KX4QD' })).toBe('7KX4QD');
    expect(codeFromLocation({ pathname: '/', search: '', hash: '' })).toBeNull();
  });

  it('suggests nicknames the server accepts, in both languages', () => {
    let i = 0;
    const random = () => (i = (i * 7 + 3) % 101) / 101;
    for (let n = 0; n < 50; n++) {
      for (const lang of ['en', 'ko'] as const)
        expect(nameSchema.safeParse(suggestNickname(lang, random)).success).toBe(true);
    }
  });
});

describe('which language a text is written in', () => {
  it('tells Hangul from Latin words and leaves mixed or wordless text alone', async () => {
    const { scriptLang } = await import('../../client/i18n/mark-lang.ts');
    expect(scriptLang('한반도 긴장도 44')).toBe('ko');
    expect(scriptLang('Joint drills with Seoul')).toBe('en');
    expect(scriptLang('Seoul 대표 2')).toBeNull();
    expect(scriptLang('7 → 9')).toBeNull();
  });
});
