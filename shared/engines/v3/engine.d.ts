// Typed facade of the frozen rules engine 3 (engine.js, generated from bb5d5ae1f6ed).
// Its results carry version 3's shapes: upcast what a page reads (shared/engines/upcast.ts).
import type { Engine } from '../types.ts';

declare const engine: Engine;
export default engine;
