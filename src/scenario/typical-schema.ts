import { z } from 'zod';
import { KPI_IDS } from '../sim/ids';
import { textSchema } from './schema-text';

/** What the shop sells, as far as typical refund and conversion levels go (primer "Typical levels"). */
export const SHOP_CATEGORIES = ['general', 'apparel', 'shoes', 'electronics', 'fresh'] as const;
export type ShopCategory = (typeof SHOP_CATEGORIES)[number];

export const shopCategorySchema = z
  .enum(SHOP_CATEGORIES)
  .default('general')
  .describe(
    "What the shop sells: sets the typical ranges scenario:check compares competent bots' KPIs with (apparel returns 20–45%, fresh food 1–5%…)",
  );

/**
 * A scenario may leave a typical range only when its story says why, so an override carries
 * its reason in both languages; the checker prints it beside the figure.
 */
export const typicalOverridesSchema = z
  .partialRecord(
    z.enum(KPI_IDS),
    z
      .object({
        min: z.number().describe('Lowest value still typical for this drill'),
        max: z.number().describe('Highest value still typical for this drill'),
        why: textSchema.describe('Why this drill leaves the usual range (its story)'),
      })
      .strict()
      .refine((r) => r.min <= r.max, { message: 'min must not exceed max' }),
  )
  .default({})
  .describe(
    "Typical ranges this drill's story leaves on purpose (a flash sale converts better than an ordinary day), each with its reason",
  );
