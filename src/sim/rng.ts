import type { RngState } from './world';

/**
 * sfc32: small, fast, and its whole state is four 32-bit integers, so it lives in the world
 * and a saved run continues with exactly the numbers it would have drawn.
 */

/** Seeds a fresh generator state from an integer seed. */
export function seedRng(seed: number): RngState {
  // splitmix32 spreads a small seed over all four words so seeds 1 and 2 diverge at once.
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  const state = { a: next(), b: next(), c: next(), d: next() };
  for (let i = 0; i < 12; i++) nextUint(state);
  return state;
}

/** Next 32-bit unsigned integer; advances `r` in place. */
export function nextUint(r: RngState): number {
  const t = (((r.a + r.b) >>> 0) + r.d) >>> 0;
  r.d = (r.d + 1) >>> 0;
  r.a = r.b ^ (r.b >>> 9);
  r.b = (r.c + (r.c << 3)) >>> 0;
  r.c = ((r.c << 21) | (r.c >>> 11)) >>> 0;
  r.c = (r.c + t) >>> 0;
  return t;
}

/** Uniform float in [0, 1). */
export function rand(r: RngState): number {
  return nextUint(r) / 4294967296;
}

/** True with probability p. */
export function chance(r: RngState, p: number): boolean {
  return p > 0 && rand(r) < p;
}

/** Integer in [lo, hi]. */
export function randInt(r: RngState, lo: number, hi: number): number {
  return lo + Math.floor(rand(r) * (hi - lo + 1));
}

/** Poisson-distributed count with mean `lambda` (Knuth; lambda is small per tick here). */
export function poisson(r: RngState, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(r)));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rand(r);
  while (p > limit) {
    k++;
    p *= rand(r);
  }
  return k;
}

/** Standard normal (Box–Muller). */
export function normal(r: RngState): number {
  const u = 1 - rand(r);
  const v = rand(r);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Picks an index with probability proportional to its weight. */
export function pickWeighted(r: RngState, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let x = rand(r) * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i] ?? 0;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

/**
 * FNV-1a over a text: a stable number per text, independent of the world's RNG, for draws that
 * must not depend on when they are looked at (a claim's evidence, who reviews a request).
 */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
