// English words for the model's causes (the `causes` section of en.ts): short, plain, grade 8 or below.
// Pure data and small functions; the rules' cause codes decide which entries exist.
import type { CauseText } from './types.ts';

export const causesEn: CauseText = {
  code: {
    move: (w) => (w.toward ? `${w.who}: ${w.move} (toward ${w.toward})` : `${w.who}: ${w.move}`),
    spill: (w) => `${w.who}: ${w.move} (toward ${w.toward}, ally of ${w.other})`,
    offerOnly: (w) => `${w.who}: ${w.move}, only an offer, since ${w.other} did not match it`,
    revealed: (w) => `Now known: ${w.who} made a secret move in round ${w.round}, ${w.move}`,
    news: (w) => `News: ${w.news}`,
    reciprocity: (w) => `${w.who} and ${w.other} both made friendly moves toward each other`,
    agreementHolds: (w) => `The deal between ${w.who} and ${w.other} still holds`,
    agreementCollapsed: (w) =>
      w.move
        ? `${w.who} broke its deal with ${w.other}: ${w.move}`
        : `The deal between ${w.who} and ${w.other} fell apart`,
    answering: (w, up) =>
      up
        ? `Answering hostility: ${w.who} meets the hostility of ${w.other}`
        : `${w.other} seems calm, so ${w.who} eases too`,
    cooling: (w) => `Tempers cooling with time: ${w.who} calms down about ${w.other}`,
    grievance: (w) => `Old grievances returning: ${w.who} goes back to its usual distrust of ${w.other}`,
    armsRace: (w) => `The arms race feeds fear: ${w.who} fears ${w.other} more`,
    incident: (w) => `Accident near the brink: ${w.incident}`,
    background: () => 'Slow change with nobody acting',
    brokenWord: (w) =>
      w.otherMove
        ? `${w.who} broke its ${w.kind} of round ${w.round}: it let ${w.other}'s ${w.otherMove} go unanswered`
        : `${w.who} broke its ${w.kind} of round ${w.round}: ${w.move}`,
    keptWord: (w) => `${w.who} kept its ${w.kind} of round ${w.round} to the end`,
    cededGround: (w) =>
      `Seen at home as backing down: ${w.who} chose ${w.move} right after ${w.other}'s ${w.otherMove}, and got nothing back`,
    stoodFirm: (w) => `Seen at home as standing firm: ${w.who} answered ${w.other}'s ${w.otherMove} with ${w.move}`,
    answeredOffer: (w) =>
      `Offer answered: ${w.who}'s ${w.move} (round ${w.round}) got ${w.other}'s ${w.otherMove} in return`,
    revealedByNews: (w) => `Brought to light by the news: ${w.news}`,
    detected: () => 'Found out by spies and satellites',
    revealedAtEnd: () => 'Shown at the end of the game',
    tension: () => 'All the threat values together',
  },
  threat: (who, by, amount, up) =>
    up ? `${who} feels ${amount} more threatened by ${by}` : `${who} feels ${amount} less threatened by ${by}`,
  meter: (name, signed) => `${name} ${signed}`,
  credibility: (who, signed) => `${who}'s credibility ${signed}`,
  talks: (from, to) => `talks ladder: ${from} → ${to}`,
  arrow: ' → ',
  tension: 'Peninsula tension',
  kinds: { pledge: 'public pledge', warning: 'public warning', agreement: 'signed deal' },
  incidents: { borderClash: 'soldiers trade fire at the border', nearMiss: 'a jet and a ship almost collide' },
  others: (count) => (count === 1 ? '1 other small change' : `${count} other small changes`),
  someone: 'someone',
};
