import { rejectEn } from './reject.en';

/**
 * English texts, one section per file. `zh-CN.ts` must have exactly the same keys (its type
 * is derived from this object), so a missing translation fails to compile.
 */
export const en = {
  reject: rejectEn,
};

/** The shape every locale must have. */
export type Messages = typeof en;
