// Typed facade of the frozen rules engine 3 (engine.js, generated from 25c34e213f8c).
// Its results carry version 3's shapes: upcast what a page reads (shared/engines/upcast.ts).
import type { Engine } from '../types.ts';

declare const engine: Engine;
export default engine;
