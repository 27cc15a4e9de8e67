import { z } from 'zod';

const share = z.number().min(0).max(1);

/**
 * The platform's own rules that shape a shop's money and reputation (primer "Typical levels":
 * Taobao-style defaults). They differ by platform, so they are scenario data.
 */
export const platformSchema = z
  .object({
    lateShipCompensation: z
      .object({
        share: share.default(0.05).describe('Share of the order amount paid to the buyer'),
        min: z.number().min(0).default(5).describe('At least this many yuan'),
        max: z.number().min(0).default(30).describe('At most this many yuan'),
      })
      .strict()
      .default({ share: 0.05, min: 5, max: 30 })
      .describe(
        'What the platform makes the shop pay the buyer for each order shipped after its promise (Taobao: 5% of the price, at least ¥5, at most ¥30)',
      ),
    autoConfirmDays: z
      .number()
      .positive()
      .max(30)
      .default(10)
      .describe(
        "Days after shipping when the platform confirms receipt for a buyer who has not (自动确认收货); the seller's money is released then",
      ),
    manualConfirmRate: share
      .default(0.6)
      .describe('Share of buyers who confirm receipt themselves soon after delivery'),
    defaultReviewDays: z
      .number()
      .positive()
      .max(30)
      .default(15)
      .describe(
        'Days after confirmation when a buyer who wrote no review gets the 默认好评 default positive review: it counts among reviews but not in DSR',
      ),
    followUpRate: share
      .default(0.1)
      .describe(
        'Share of reviewers who add a 追评 follow-up review days later; a unit that fails in use turns it negative, and negative follow-ups weigh on the listing',
      ),
    freightInsurance: z
      .object({
        enabled: z.boolean().default(false),
        premium: z
          .number()
          .min(0)
          .default(1.2)
          .describe('Yuan the shop pays per paid order for 运费险/退货宝'),
      })
      .strict()
      .default({ enabled: false, premium: 1.2 })
      .describe(
        '运费险 bought by the shop: the insurer pays return postage, so buyers return a little more readily and the shop pays no postage for faulty goods; a small lift in conversion from the badge',
      ),
    instantRefund: z
      .object({
        enabled: z.boolean().default(false),
        trustedShare: share
          .default(0.5)
          .describe('Share of ordinary buyers the platform trusts (fraudsters half as often)'),
      })
      .strict()
      .default({ enabled: false, trustedShare: 0.5 })
      .describe(
        "极速退款: a trusted buyer is refunded as soon as the return parcel is posted, before the warehouse sees it; an empty parcel is then the shop's loss",
      ),
    priceProtectionDays: z
      .number()
      .min(0)
      .max(30)
      .default(0)
      .describe(
        "价保: days after payment during which a buyer who paid more than today's price can claim the difference (0 = off); a mid-sale price cut costs the earlier buyers' difference",
      ),
    priceProtectionClaimRate: share
      .default(0.4)
      .describe('Share of eligible buyers who claim the 价保 difference'),
  })
  .strict();

export type PlatformRules = z.output<typeof platformSchema>;
