// The linear part of the tension model as a matrix, and its spectral radius (stable when below 1).
// Pure arithmetic on scenario parameters; must not import the model, the rules engine or anything impure.
import type { DelegationId, ModelParams } from './types.ts';

/**
 * The map x ← M·x on deviations x[i→j] = H[i][j] − fixed point, over every ordered pair (i ≠ j):
 * x'[i→j] = (1 − a[i])·x[i→j] + k[i][j]·x[j→i]. Clamping and move impulses are left out on purpose:
 * with nobody acting, this is what decides whether the system calms down or spirals.
 */
export function linearMap(
  ids: readonly DelegationId[],
  params: Pick<ModelParams, 'reaction' | 'restraint'>,
): { pairs: [DelegationId, DelegationId][]; matrix: number[][] } {
  const pairs: [DelegationId, DelegationId][] = [];
  for (const i of ids) for (const j of ids) if (i !== j) pairs.push([i, j]);
  const index = new Map(pairs.map(([i, j], n) => [`${i}|${j}`, n]));
  const matrix = pairs.map(([i, j]) => {
    const row: number[] = pairs.map(() => 0);
    row[index.get(`${i}|${j}`) ?? 0] = 1 - (params.restraint[i] ?? 0);
    const back = index.get(`${j}|${i}`) ?? 0;
    row[back] = (row[back] ?? 0) + (params.reaction[i]?.[j] ?? 0);
    return row;
  });
  return { pairs, matrix };
}

/**
 * Spectral radius by Gelfand's formula ρ = lim ‖Mⁿ‖^(1/n), with n = 2^squarings reached by repeated
 * squaring and rescaling. Unlike plain power iteration it also converges for complex or equal-modulus
 * eigenvalues, so a scenario with restraint above 1 (oscillation) is judged correctly too.
 */
export function spectralRadius(matrix: readonly (readonly number[])[], squarings = 12): number {
  let a = matrix.map((row) => row.slice());
  let logScale = 0;
  for (let step = 0; step < squarings; step++) {
    a = multiply(a, a);
    logScale *= 2;
    const norm = infinityNorm(a);
    if (norm === 0) return 0;
    a = a.map((row) => row.map((v) => v / norm));
    logScale += Math.log(norm);
  }
  return Math.exp((Math.log(infinityNorm(a)) + logScale) / 2 ** squarings);
}

/** The spectral radius of a scenario's linear part. */
export function scenarioSpectralRadius(
  ids: readonly DelegationId[],
  params: Pick<ModelParams, 'reaction' | 'restraint'>,
): number {
  return spectralRadius(linearMap(ids, params).matrix);
}

function multiply(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number[][] {
  const n = a.length;
  const out: number[][] = [];
  for (let r = 0; r < n; r++) {
    const row: number[] = new Array<number>(n).fill(0);
    const ar = a[r] ?? [];
    for (let k = 0; k < n; k++) {
      const v = ar[k] ?? 0;
      if (v === 0) continue;
      const bk = b[k] ?? [];
      for (let c = 0; c < n; c++) row[c] = (row[c] ?? 0) + v * (bk[c] ?? 0);
    }
    out.push(row);
  }
  return out;
}

function infinityNorm(a: readonly (readonly number[])[]): number {
  let max = 0;
  for (const row of a) {
    let sum = 0;
    for (const v of row) sum += Math.abs(v);
    if (sum > max) max = sum;
  }
  return max;
}
