// Renders a review model (host's or released) as a readable Markdown transcript, round by round.
// Pure string building; shows exactly what the model holds, so a released model gives a released transcript.
// Headings and sentences come from shared/i18n in the language asked for (the model's own text is already in it).
import { DEFAULT_LANG, reviewIn, termIn, type Lang, type ReviewKey } from '../i18n/index.ts';
import type { ReviewModel, TimelineItem } from './review-types.ts';

/** Escapes what Markdown or embedded HTML would interpret, and folds line breaks, so student text stays text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/([\\`*_[\]<>#|~!])/g, '\\$1');
}

type Heading = { review: ReviewKey } | { channel: 'public' | 'diplomatic' | 'team' };
const SECTIONS: { title: Heading; pick: (item: TimelineItem) => boolean }[] = [
  { title: { review: 'listNews' }, pick: (i) => i.kind === 'news' },
  { title: { channel: 'public' }, pick: (i) => i.kind === 'message' && i.channel === 'public' },
  { title: { channel: 'diplomatic' }, pick: (i) => i.kind === 'message' && i.channel === 'diplomatic' },
  { title: { channel: 'team' }, pick: (i) => i.kind === 'message' && i.channel === 'team' },
  { title: { review: 'secMdProposals' }, pick: (i) => i.kind === 'proposal' },
  { title: { review: 'secMdMoves' }, pick: (i) => i.kind === 'move' },
  { title: { review: 'secMdMeters' }, pick: (i) => i.kind === 'meter' },
  { title: { review: 'secMdCommitments' }, pick: (i) => i.kind === 'commitment' || i.kind === 'offer' },
  { title: { review: 'secReflections' }, pick: (i) => i.kind === 'reflection' },
  { title: { review: 'secMdTeacher' }, pick: (i) => i.kind === 'teacher' },
];

/** The review as Markdown: a header, one section per round, then commitments, offers, scores and prompts. */
export function renderMarkdown(review: ReviewModel, lang: Lang = DEFAULT_LANG): string {
  const say = (key: ReviewKey, values?: Record<string, string | number>) => reviewIn(lang, key, values);
  const heading = (title: Heading) => ('review' in title ? say(title.review) : termIn(lang, 'channel', title.channel));
  const out: string[] = [];
  const delegation = new Map(review.delegations.map((d) => [d.id, d.name]));
  const person = new Map(review.people.map((p) => [p.seatId, p.name]));
  const dName = (id: string | null) => (id === null ? '' : (delegation.get(id) ?? id));
  const who = (item: TimelineItem) => {
    const name = item.seatId === null ? null : (person.get(item.seatId) ?? say('aStudent'));
    const from = dName(item.delegation);
    const route = item.to !== null && item.channel === 'diplomatic' ? `${from} → ${dName(item.to)}` : from;
    return name === null ? route : `${escapeMarkdown(name)} (${route})`;
  };
  const line = (item: TimelineItem): string => {
    switch (item.kind) {
      case 'news':
        return `- **${escapeMarkdown(item.text)}**${item.cause ? ` — ${escapeMarkdown(item.cause)}` : ''}`;
      case 'message':
        return `- **${who(item)}**${item.cause ? ` _[${escapeMarkdown(item.cause)}]_` : ''}: ${escapeMarkdown(item.text)}`;
      case 'proposal':
      case 'reflection':
        return `- **${who(item)}**: ${escapeMarkdown(item.text)}${item.cause ? ` — ${escapeMarkdown(item.cause)}` : ''}`;
      default:
        return `- ${escapeMarkdown(item.text)}${item.cause ? ` — ${escapeMarkdown(item.cause)}` : ''}`;
    }
  };

  const levelName = { public: say('sharedPublic'), diplomatic: say('sharedDiplomatic'), team: say('sharedTeam') };
  out.push(`# ${escapeMarkdown(say('title', { title: review.scenario.title }))}`, '');
  if (review.code) out.push(say('mdSession', { code: review.code }));
  out.push(
    `${say('roundsPlayed', { n: review.roundsPlayed })}${review.ended ? '' : say('notEnded')} ` +
      `${review.level === 'host' ? say('mdShownHost') : say('mdShownLevel', { level: levelName[review.level] })}` +
      `${review.pseudonyms ? say('withPseudonyms') : ''}.`,
    '',
  );
  out.push(say('mdDelegations', { list: review.delegations.map((d) => d.name).join(', ') }), '');

  const byRound = new Map<number, TimelineItem[]>();
  for (const item of review.timeline) {
    const list = byRound.get(item.round);
    if (list) list.push(item);
    else byRound.set(item.round, [item]);
  }
  const rounds = [...byRound.keys()].sort((a, b) => a - b);
  for (const round of rounds) {
    const items = byRound.get(round) ?? [];
    const summary = review.rounds.find((r) => r.round === round);
    out.push(`## ${round === 0 ? say('beforeFirstRound') : say('roundN', { n: round })}`, '');
    if (summary) out.push(say('mdTension', { before: summary.tensionBefore, after: summary.tensionAfter }), '');
    for (const section of SECTIONS) {
      const picked = items.filter(section.pick);
      if (picked.length === 0) continue;
      out.push(`### ${heading(section.title)}`, '', ...picked.map(line), '');
    }
  }

  if (review.commitments.length > 0) {
    out.push(`## ${say('secPromises')}`, '');
    for (const c of review.commitments) {
      const status = termIn(lang, 'commitmentStatus', c.status);
      out.push(
        `- ${say('mdPromiseLine', { round: c.round, delegation: dName(c.delegation), text: escapeMarkdown(c.text), status })}${c.cause ? ` (${escapeMarkdown(c.cause)})` : ''}`,
      );
    }
    out.push('');
  }
  if (review.offers.length > 0) {
    out.push(`## ${say('mdOffers')}`, '');
    for (const o of review.offers) {
      const fate =
        o.status === 'answered'
          ? say('mdOfferAnswered', { round: o.answeredRound ?? '', label: escapeMarkdown(o.answerLabel ?? '') })
          : say(o.status === 'ignored' ? 'mdOfferIgnored' : 'mdOfferOpen');
      out.push(
        `- ${say('mdOfferLine', { round: o.round, from: dName(o.offeredBy), to: dName(o.to), label: escapeMarkdown(o.label), fate })}`,
      );
    }
    out.push('');
  }
  if (review.scores) {
    out.push(
      `## ${say('scores')}`,
      '',
      ...review.delegations.map((d) => `- ${d.name}: ${review.scores?.[d.id] ?? 0}`),
      '',
    );
  }
  if (review.prompts.length > 0) {
    out.push(
      `## ${say('secPrompts')}`,
      '',
      ...review.prompts.map((p, i) => `${i + 1}. **${termIn(lang, 'stage', p.stage)}**: ${escapeMarkdown(p.text)}`),
      '',
    );
  }
  return out.join('\n');
}
