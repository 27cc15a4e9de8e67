import { useEffect, useState } from 'preact/hooks';
import type { Scenario } from '../../scenario/schema';
import { baselineRun, needsBaseline } from '../../sim/engine/play';
import { baselineOf, type Baseline } from '../../sim/scoring/score';

const cache = new Map<string, Baseline>();

/**
 * The baseline a scenario's relative targets compare against (a headless run of the same
 * scenario and seed). Computed once per scenario and seed, after the first paint so the play
 * screen shows at once; `undefined` until then, or when no target needs it.
 */
export function useBaseline(scenario: Scenario, seed: number): Baseline | undefined {
  const key = `${scenario.id}@${scenario.version}#${seed}`;
  const [value, setValue] = useState(() => cache.get(key));
  useEffect(() => {
    if (value || !needsBaseline(scenario)) return;
    const timer = setTimeout(() => {
      const b = baselineOf(baselineRun(scenario, seed));
      cache.set(key, b);
      setValue(b);
    }, 50);
    return () => clearTimeout(timer);
  }, [key]);
  return value;
}
