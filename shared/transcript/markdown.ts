// Renders a review model (host's or released) as a readable Markdown transcript, round by round.
// Pure string building; shows exactly what the model holds, so a released model gives a released transcript.
import type { ReviewModel, TimelineItem } from './review-types.ts';

/** Escapes what Markdown or embedded HTML would interpret, and folds line breaks, so student text stays text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/([\\`*_[\]<>#|~!])/g, '\\$1');
}

const SECTIONS: { title: string; pick: (item: TimelineItem) => boolean }[] = [
  { title: 'News', pick: (i) => i.kind === 'news' },
  { title: 'Public statements', pick: (i) => i.kind === 'message' && i.channel === 'public' },
  { title: 'Diplomatic messages', pick: (i) => i.kind === 'message' && i.channel === 'diplomatic' },
  { title: 'Team chat', pick: (i) => i.kind === 'message' && i.channel === 'team' },
  { title: 'Proposals', pick: (i) => i.kind === 'proposal' },
  { title: 'Moves', pick: (i) => i.kind === 'move' },
  { title: 'Meter changes', pick: (i) => i.kind === 'meter' },
  { title: 'Commitments and offers', pick: (i) => i.kind === 'commitment' || i.kind === 'offer' },
  { title: 'Reflections', pick: (i) => i.kind === 'reflection' },
  { title: 'Teacher', pick: (i) => i.kind === 'teacher' },
];

/** The review as Markdown: a header, one section per round, then commitments, offers, scores and prompts. */
export function renderMarkdown(review: ReviewModel): string {
  const out: string[] = [];
  const delegation = new Map(review.delegations.map((d) => [d.id, d.name]));
  const person = new Map(review.people.map((p) => [p.seatId, p.name]));
  const dName = (id: string | null) => (id === null ? '' : (delegation.get(id) ?? id));
  const who = (item: TimelineItem) => {
    const name = item.seatId === null ? null : (person.get(item.seatId) ?? 'a student');
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

  out.push(`# ${escapeMarkdown(review.scenario.title)}: session review`, '');
  if (review.code) out.push(`Session ${review.code}.`);
  out.push(
    `Rounds played: ${review.roundsPlayed}${review.ended ? '' : ' (the session had not ended)'}. ` +
      `Shown: ${review.level === 'host' ? 'everything (teacher copy)' : `released to the class at level "${review.level}"`}` +
      `${review.pseudonyms ? ', with pseudonyms' : ''}.`,
    '',
  );
  out.push('Delegations: ' + review.delegations.map((d) => d.name).join(', ') + '.', '');

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
    out.push(round === 0 ? '## Before the first round' : `## Round ${round}`, '');
    if (summary) out.push(`Tension ${summary.tensionBefore} → ${summary.tensionAfter}.`, '');
    for (const section of SECTIONS) {
      const picked = items.filter(section.pick);
      if (picked.length === 0) continue;
      out.push(`### ${section.title}`, '', ...picked.map(line), '');
    }
  }

  if (review.commitments.length > 0) {
    out.push('## Promise against action', '');
    for (const c of review.commitments) {
      out.push(`- Round ${c.round}, ${dName(c.delegation)}: "${escapeMarkdown(c.text)}" — ${c.status}${c.cause ? ` (${escapeMarkdown(c.cause)})` : ''}`);
    }
    out.push('');
  }
  if (review.offers.length > 0) {
    out.push('## Conciliatory offers', '');
    for (const o of review.offers) {
      const fate = o.status === 'answered' ? `answered in round ${o.answeredRound} with ${o.answerLabel}` : o.status === 'ignored' ? 'ignored' : 'still open when the session ended';
      out.push(`- Round ${o.round}: ${dName(o.offeredBy)} → ${dName(o.to)}, ${escapeMarkdown(o.label)}: ${fate}`);
    }
    out.push('');
  }
  if (review.scores) {
    out.push('## Final scores', '', ...review.delegations.map((d) => `- ${d.name}: ${review.scores?.[d.id] ?? 0}`), '');
  }
  if (review.prompts.length > 0) {
    out.push('## Debrief prompts', '', ...review.prompts.map((p, i) => `${i + 1}. **${p.stage[0]?.toUpperCase()}${p.stage.slice(1)}**: ${escapeMarkdown(p.text)}`), '');
  }
  return out.join('\n');
}
