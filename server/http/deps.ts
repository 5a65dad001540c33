// What every HTTP router receives: the store and how the public URL looks. Wired in server/app.ts only.
import type { TranscriptStore } from '../store/types.ts';

export interface ApiDeps {
  store: TranscriptStore;
  /** e.g. "http://192.168.1.20:2567": used for join URLs and QR codes. */
  publicUrl: string;
}
