import { z } from 'zod';

/** Every text a learner reads exists in both languages. */
export const textSchema = z
  .object({ 'zh-CN': z.string().min(1), en: z.string().min(1) })
  .strict()
  .describe('Text in both languages: { zh-CN: "…", en: "…" }');
