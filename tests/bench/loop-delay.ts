// Event-loop delay for the benches, net of the sampling resolution. Node's monitorEventLoopDelay times a timer of
// `resolution` ms and records how long it really took, so every value it reports includes the resolution itself
// (nodejs/node#34661): with a 10 ms resolution an idle loop reads about 10 ms and "max 51.7 ms" is a 41.7 ms pause.
import { monitorEventLoopDelay, type ELDHistogram } from 'node:perf_hooks';

/** The sampling resolution every bench process uses, in ms. */
export const LOOP_RESOLUTION_MS = 10;

/** A started histogram of this process's event-loop delay. */
export function watchLoop(): ELDHistogram {
  const histogram = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  histogram.enable();
  return histogram;
}

/** p99 and max delay in ms, the resolution taken off (never below 0); reset the histogram afterwards if wanted. */
export function loopDelay(histogram: ELDHistogram): { loopP99: number; loopMax: number } {
  const net = (ns: number) => Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS);
  return { loopP99: net(histogram.percentile(99)), loopMax: net(histogram.max) };
}
