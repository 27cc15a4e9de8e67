import type { Scenario } from '../scenario/schema';

/**
 * The scenario with `k` times the traffic: every channel's visitors and ad budget, and the
 * shelves too (otherwise extra demand only sells the stock out sooner, and the run measures
 * stock-outs rather than load). With `scaleCrew` the pickers, packers and support agents grow
 * with it; without, the same crew faces the whole backlog.
 */
export function scaleScenario(base: Scenario, k: number, scaleCrew: boolean): Scenario {
  const s = structuredClone(base);
  for (const def of Object.values(s.demand.channels)) {
    if (!def) continue;
    const v = def.visitorsPerHour;
    def.visitorsPerHour = typeof v === 'number' ? v * k : v.map((x) => x * k);
    // Budget and saturation grow together so a click costs what it did at 1×.
    if (def.budgetPerHour !== undefined) def.budgetPerHour *= k;
    if (def.saturationBudget !== undefined) def.saturationBudget *= k;
  }
  for (const sku of s.catalogue) sku.stock *= k;
  if (scaleCrew) {
    s.warehouse.pickers *= k;
    s.warehouse.packers *= k;
    s.support.agents *= k;
  }
  return s;
}
