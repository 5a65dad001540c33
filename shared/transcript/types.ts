// The transcript: a header plus the ordered accepted commands. It is the source of truth;
// replaying it through the rules rebuilds every meter. Pure types only.
import type { Command } from '../rules/commands.ts';
import type { SessionSettings } from '../rules/types.ts';

/** Bumped when the entry or header format changes. */
export const TRANSCRIPT_VERSION = 1 as const;

export interface TranscriptHeader {
  transcriptVersion: typeof TRANSCRIPT_VERSION;
  rulesVersion: number;
  code: string; // the session's join code
  scenarioId: string;
  scenarioVersion: number;
  /**
   * sha-256 (hex) of the exact scenario content the session was played with, stored once by the server beside the
   * sessions. Absent on sessions recorded before it existed: those use the scenario their rules engine shipped.
   */
  scenarioHash?: string;
  seed: number;
  settings: SessionSettings;
  createdAt: number; // epoch ms
}

/** One accepted command, numbered from 1 without gaps. */
export interface TranscriptEntry {
  seq: number;
  command: Command;
}

export interface Transcript {
  header: TranscriptHeader;
  entries: TranscriptEntry[];
}
