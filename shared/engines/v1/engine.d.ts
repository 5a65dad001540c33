// Typed facade of the frozen rules engine 1 (engine.js, generated from ac4495005176).
// Its results carry version 1's shapes: upcast what a page reads (shared/engines/upcast.ts).
import type { Engine } from '../types.ts';

declare const engine: Engine;
export default engine;
