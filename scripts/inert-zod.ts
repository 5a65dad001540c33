// The source of an inert stand-in for zod, for bundles that carry schemas but must never validate with them: a
// frozen rules engine (scripts/freeze-engine.ts) and the browser's copy of the command definitions (client/vite.config.ts).
// Node tooling only; ships nothing itself.

/**
 * An ES module's source that stands in for `zod`: any schema built at load time (z.object(...).strict(), z.enum(...),
 * ...) is the same inert value, and validating with it throws `refusal`, so nothing can quietly depend on validation.
 */
export function inertZod(refusal: string): string {
  return `
const refuse = () => { throw new Error(${JSON.stringify(refusal)}); };
const inert = new Proxy(function () {}, {
  get: (_t, key) => (key === 'then' ? undefined : key === 'parse' || key === 'safeParse' || key === 'parseAsync' || key === 'safeParseAsync' ? refuse : inert),
  apply: () => inert,
});
export const z = inert;
export default inert;
`;
}
