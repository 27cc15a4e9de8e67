import type { World } from '../world';

/**
 * Sets a customer's satisfaction (0..1) and keeps the predicted-repurchase sum in step, so
 * `repeat_purchase_rate_pred` costs nothing to sample every sim-minute.
 */
export function setSatisfaction(world: World, customerId: string, value: number): void {
  const c = world.customers[customerId];
  if (!c) return;
  const next = Math.max(0, Math.min(1, value));
  if (c.paid) world.kpi.repurchaseSum += repurchaseBase(world, c.persona) * (next - c.satisfaction);
  c.satisfaction = next;
}

/** Lowers a customer's satisfaction. */
export function upset(world: World, customerId: string, by: number): void {
  const c = world.customers[customerId];
  if (c) setSatisfaction(world, customerId, c.satisfaction - by);
}

/** Raises a customer's satisfaction. */
export function cheer(world: World, customerId: string, by: number): void {
  const c = world.customers[customerId];
  if (c) setSatisfaction(world, customerId, c.satisfaction + by);
}

/** The persona's repurchase probability for a fully satisfied buyer. */
export function repurchaseBase(world: World, personaId: string): number {
  return world.scenario.demand.personas.find((p) => p.id === personaId)?.repurchase ?? 0.3;
}
