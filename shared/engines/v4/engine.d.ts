// Typed facade of the frozen rules engine 4 (engine.js, generated from 836a2fc79575).
// Its results carry version 4's shapes: upcast what a page reads (shared/engines/upcast.ts).
import type { Engine } from '../types.ts';

declare const engine: Engine;
export default engine;
