// Exports of a transcript: JSON (complete, versioned, replayable), CSV (one row per event; its text columns come
// from the event's definition in shared/events/), Markdown.
// Pure string builders; the server only sets headers. Must not import Node, the DOM or the clock.
import type { Command } from '../rules/commands.ts';
import type { GameEvent } from '../rules/events.ts';
import type { Scenario } from '../scenario/types.ts';
import type { CsvFields } from '../events/define.ts';
import { eventDef } from '../events/index.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/index.ts';
import { buildReview } from './debrief.ts';
import { namesFor, type Names } from './debrief-text.ts';
import { type CauseNames, causeNamesFrom, eventText } from '../causes/text.ts';
import { renderMarkdown } from './markdown.ts';
import { releaseReview, type ReleaseChoice } from './release.ts';
import { replaySteps } from './replay.ts';
import { TRANSCRIPT_VERSION, type Transcript } from './types.ts';

export { renderMarkdown, escapeMarkdown } from './markdown.ts';

/** The whole transcript, exactly the Transcript type: header plus every accepted command. */
export function exportJson(transcript: Transcript): string {
  return JSON.stringify(transcript, null, 2);
}

/** Reads a JSON export back; throws with a readable reason when it is not a transcript this version can replay. */
export function parseTranscriptJson(text: string): Transcript {
  const data = JSON.parse(text) as Partial<Transcript> | null;
  if (!data || typeof data !== 'object' || !data.header || !Array.isArray(data.entries)) {
    throw new Error('Not a Peninsula transcript: expected { header, entries }.');
  }
  if (data.header.transcriptVersion !== TRANSCRIPT_VERSION) {
    throw new Error(
      `Transcript version ${String(data.header.transcriptVersion)} cannot be read; this version reads ${TRANSCRIPT_VERSION}.`,
    );
  }
  data.entries.forEach((entry, index) => {
    if (entry.seq !== index + 1)
      throw new Error(`Entry ${index + 1} has seq ${entry.seq}: entries must be numbered from 1 without gaps.`);
  });
  return data as Transcript;
}

/** CSV columns, in order. `data` holds the whole event as JSON so nothing is lost. */
export const CSV_COLUMNS = [
  'seq',
  'time',
  'round',
  'phase',
  'command',
  'actor',
  'seat',
  'name',
  'event',
  'delegation',
  'to',
  'channel',
  'text',
  'cause',
  'data',
] as const;

/**
 * One row per event the rules emitted while replaying, in order; RFC 4180 quoting, CRLF line ends, header row.
 * The text columns read in `lang` (names, not ids); `data` keeps the raw event.
 */
export function exportCsv(scenario: Scenario, transcript: Transcript, lang: Lang = DEFAULT_LANG): string {
  const names = namesFor(scenario, lang);
  const causes = causeNamesFrom(names, scenario.news);
  const commands = new Map(transcript.entries.map((e) => [e.seq, e.command]));
  const lines: string[] = [CSV_COLUMNS.join(',')];
  replaySteps(scenario, transcript, ({ seq, state, events }) => {
    const command = commands.get(seq);
    if (!command) return;
    const seatId = command.by.kind === 'seat' ? command.by.seatId : '';
    const name = seatId ? (state.seats[seatId]?.name ?? '') : '';
    for (const event of events) {
      const f = eventFields(event, names, causes);
      lines.push(
        [
          seq,
          isoTime(command.at),
          state.round,
          state.phase,
          command.type,
          actorOf(command),
          seatId,
          name,
          event.type,
          f.delegation,
          f.to,
          f.channel,
          f.text,
          f.cause,
          JSON.stringify(event),
        ]
          .map(csvField)
          .join(','),
      );
    }
  });
  return lines.join('\r\n') + '\r\n';
}

/**
 * A readable transcript, round by round: news, every public statement, moves, meter changes with causes.
 * The host's export holds every channel; a release choice narrows it as the shared link would.
 */
export function exportMarkdown(
  scenario: Scenario,
  transcript: Transcript,
  release?: ReleaseChoice,
  lang: Lang = DEFAULT_LANG,
): string {
  const review = buildReview(scenario, transcript, lang);
  return renderMarkdown(release ? releaseReview(review, release, lang) : review, lang);
}

/**
 * RFC 4180: quote a field holding a comma, quote, CR or LF, doubling inner quotes. Text that a spreadsheet would
 * run as a formula (starting with =, +, -, @, a tab or a CR: `=HYPERLINK(…)` in a chat line) gets a leading
 * apostrophe, which spreadsheets show as text; numbers are written as they are.
 */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function actorOf(command: Command): string {
  return command.by.kind;
}

/** An event's text columns, from its definition (blank for an event with no CSV row of its own). */
function eventFields(event: GameEvent, names: Names, causes: CauseNames): CsvFields {
  const none: CsvFields = { delegation: '', to: '', channel: '', text: '', cause: '' };
  const csv = eventDef(event.type)?.csv;
  if (!csv) return none;
  return { ...none, ...csv(event, { names, cause: () => eventText(event, names.lang, causes) ?? '' }) };
}

/** Epoch ms as an ISO 8601 UTC time, computed by hand: shared/ never touches Date. */
export function isoTime(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  const days = Math.floor(ms / 86_400_000);
  const rest = ms - days * 86_400_000;
  // Civil-from-days (H. Hinnant), valid for the proleptic Gregorian calendar.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const h = Math.floor(rest / 3_600_000);
  const min = Math.floor((rest % 3_600_000) / 60_000);
  const s = Math.floor((rest % 60_000) / 1000);
  const msPart = Math.floor(rest % 1000);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(h)}:${pad(min)}:${pad(s)}.${pad(msPart, 3)}Z`;
}
