// Exports of a transcript: JSON (complete, versioned, replayable), CSV (one row per event), Markdown.
// Pure string builders; the server only sets headers.
import type { Scenario } from '../rules/types.ts';
import type { Transcript } from './types.ts';

export function exportJson(transcript: Transcript): string {
  return JSON.stringify(transcript, null, 2);
}

export function exportCsv(scenario: Scenario, transcript: Transcript): string {
  void scenario; void transcript;
  return 'TODO(review)';
}

export function exportMarkdown(scenario: Scenario, transcript: Transcript): string {
  void scenario; void transcript;
  return 'TODO(review)';
}
