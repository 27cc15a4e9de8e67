import { z } from 'zod';

/**
 * Names that every plain object inherits. A command from the network or an old save that names
 * `constructor` or `__proto__` as its order or SKU must never reach a record lookup, where it
 * would find (or, on write, replace) the shared prototype instead of a missing id.
 */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** True when `id` names something every object inherits (`__proto__`, `toString`, …). */
export const isInheritedName = (id: string): boolean => INHERITED.has(id);

/**
 * An id in a command payload: the shapes the engine and scenario files produce (`o12`, `t3`,
 * `bot-support`, `tee-white`), at most 64 characters, never an inherited name.
 */
export const refId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'an id is letters, digits, "-", "_", "." or ":"')
  .refine((id) => !isInheritedName(id), 'this name is not an id');

/** `record[key]` only when the record itself holds `key`, never an inherited member. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
