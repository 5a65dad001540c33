// Typed facade of the frozen rules engine 2 (engine.js, generated from 59f4c243a622).
// Its results carry version 2's shapes: upcast what a page reads (shared/engines/upcast.ts).
import type { Engine } from '../types.ts';

declare const engine: Engine;
export default engine;
