// Nickname suggestions: friendly two-word names so students need not type (or reveal) a real name.
// Must not import the SDK or Phaser (part of the light join page).
import type { Lang } from '../i18n/index.ts';

const WORDS: Record<Lang, { adjectives: string[]; nouns: string[] }> = {
  en: {
    adjectives: [
      'Calm',
      'Bold',
      'Quiet',
      'Swift',
      'Patient',
      'Clever',
      'Steady',
      'Bright',
      'Brave',
      'Gentle',
      'Wise',
      'Lucky',
      'Sunny',
      'Keen',
      'Curious',
      'Honest',
    ],
    nouns: [
      'Crane',
      'Tiger',
      'Magpie',
      'Otter',
      'Heron',
      'Falcon',
      'Panda',
      'Fox',
      'Dolphin',
      'Badger',
      'Owl',
      'Lynx',
      'Seal',
      'Sparrow',
      'Deer',
      'Whale',
    ],
  },
  ko: {
    adjectives: [
      '차분한',
      '용감한',
      '조용한',
      '재빠른',
      '끈기있는',
      '영리한',
      '든든한',
      '밝은',
      '씩씩한',
      '다정한',
      '지혜로운',
      '행운의',
      '맑은',
      '예리한',
      '호기심많은',
      '정직한',
    ],
    nouns: [
      '두루미',
      '호랑이',
      '까치',
      '수달',
      '왜가리',
      '매',
      '판다',
      '여우',
      '돌고래',
      '오소리',
      '부엉이',
      '스라소니',
      '물범',
      '참새',
      '사슴',
      '고래',
    ],
  },
};

/** A random nickname like "Calm Heron 42" (fits the 24-character name limit). */
export function suggestNickname(lang: Lang, random: () => number = secureRandom): string {
  const { adjectives, nouns } = WORDS[lang];
  const pick = (list: string[]) => list[Math.floor(random() * list.length)] ?? list[0] ?? '';
  return `${pick(adjectives)} ${pick(nouns)} ${10 + Math.floor(random() * 90)}`;
}

function secureRandom(): number {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return (buf[0] ?? 0) / 2 ** 32;
}
