// Error codes the rules and the protocol return, with the plain-words message a UI shows.
// Player mistakes are values, never exceptions. Codes are namespaced: rule/… and protocol/….

export const ERROR_MESSAGES = {
  'rule/not-allowed': 'You are not allowed to do that.',
  'rule/wrong-phase': 'That cannot be done in this phase of the round.',
  'rule/paused': 'The game is paused by the teacher.',
  'rule/crisis-hold': 'The game is on hold for a class discussion.',
  'rule/session-ended': 'The session has ended.',
  'rule/session-started': 'The session has already started.',
  'rule/joins-locked': 'The teacher has locked this session: no new students can join.',
  'rule/session-full': 'This session is full.',
  'rule/name-invalid': 'Names are 1 to 24 letters, digits, spaces or punctuation.',
  'rule/name-taken': 'Someone already uses that name. Pick another.',
  'rule/seat-unknown': 'That student is not in this session.',
  'rule/seat-exists': 'That seat already exists.',
  'rule/seat-removed': 'This seat was removed by the teacher.',
  'rule/delegation-unknown': 'There is no such delegation in this scenario.',
  'rule/move-unknown': 'Your delegation has no such move.',
  'rule/target-required': 'Choose which delegation this move is aimed at.',
  'rule/target-invalid': 'That move cannot be aimed at that delegation.',
  'rule/proposal-unknown': 'That proposal does not exist (or is not your team’s).',
  'rule/already-approved': 'You already approved that proposal.',
  'rule/not-approved': 'You have not approved that proposal.',
  'rule/already-reflected': 'You already answered this round’s reflection.',
  'rule/text-empty': 'Write something first.',
  'rule/text-too-long': 'That text is too long.',
  'rule/news-unknown': 'There is no such news item in this scenario.',
  'rule/stale-timer': 'That timer belongs to a phase that is already over.',
  'rule/not-paused': 'The clock is not paused.',
  'rule/already-paused': 'The clock is already paused.',
  'rule/no-crisis-hold': 'There is no crisis discussion to end.',
  'rule/commitment-invalid': 'A pledge or warning must name a real other delegation.',
  'rule/extend-invalid': 'Extend by 1 to 600 seconds.',
  'rule/extra-time-invalid': 'Extra time is a whole percentage from 0 to 200.',
  'rule/recipient-invalid': 'Diplomatic messages go to another delegation.',
  'rule/same-delegation': 'That student is already in that delegation.',
  'protocol/invalid': 'The message was not understood.',
  'protocol/version': 'This page is out of date. Reload it.',
  'protocol/rate-limited': 'Too many messages at once. Wait a moment.',
  'protocol/unauthorized': 'That needs the teacher’s key.',
  'protocol/unknown-session': 'No session has that code. Check the code with your teacher.',
  'protocol/server-error': 'Something went wrong on the server. Try again.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** The plain-words message for a code (unknown codes fall back to a generic sentence). */
export function errorMessage(code: string): string {
  return (ERROR_MESSAGES as Record<string, string>)[code] ?? 'Something went wrong.';
}
