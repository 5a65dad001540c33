// What every HTTP router receives: the store and how the public URL looks. Wired in server/app.ts only.
import type { Store } from 'express-rate-limit';
import type { Scenario } from '../../shared/scenario/types.ts';
import type { TranscriptStore } from '../store/types.ts';

export interface ApiDeps {
  store: TranscriptStore;
  /** e.g. "http://192.168.1.20:2567": used for join URLs and QR codes. */
  publicUrl: string;
  /** Finds a session's scenario by id (tests pass small ones); routers default to the scenario catalog. */
  scenarioById?: (id: string) => Scenario | undefined;
  /** Where a named rate limit keeps its counts (Redis when scaled out); undefined: this process's memory. */
  limitStore?: (name: string) => Store | undefined;
}
