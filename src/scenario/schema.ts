import { z } from 'zod';
import {
  ALL_COMMAND_TYPES,
  BOT_LEVELS,
  CHANNELS,
  FRICTIONS,
  KPI_IDS,
  OUTAGE_SYSTEMS,
  REPLY_TEMPLATES,
  ROLES,
  RULE_TRIGGERS,
  SCENARIO_MODULES,
} from '../sim/ids';

import { isInheritedName } from '../sim/commands/ref';
import { textSchema } from './schema-text';
import { platformSchema } from './platform-schema';
import { shopCategorySchema, typicalOverridesSchema } from './typical-schema';

export { textSchema };

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lower-case letters, digits, "-" and "_" only')
  .refine(
    (s) => !isInheritedName(s),
    'this name is reserved (every object has it); pick another id',
  )
  .describe('An id: lower-case letters, digits, "-" and "_", e.g. "tee-white"');
const rate = z.number().min(0).max(1).describe('A share from 0 to 1');
const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write a time of day as HH:MM, e.g. "16:00"')
  .describe('A time of day "HH:MM" (24-hour clock), e.g. "16:00"');
/** Seconds from the start of the run, or a time of day "HH:MM" on the first day. */
const when = z
  .union([z.number().int().min(0), clockTime])
  .describe(
    'When: sim-seconds from the start of the run, or a time of day "HH:MM" (its first occurrence)',
  );

const listingSchema = z
  .object({
    title: rate.default(0.5),
    image: rate.default(0.5),
    detail: rate.default(0.5),
    size_chart: rate.default(0.5),
  })
  .strict()
  .describe('Listing quality per aspect, 0 (poor) to 1 (excellent)');

export const skuSchema = z
  .object({
    id,
    name: textSchema,
    price: z.number().positive().describe('List price per unit, in yuan (¥)'),
    cost: z.number().positive().describe('What one unit costs the shop, in yuan; below price'),
    referencePrice: z
      .number()
      .positive()
      .optional()
      .describe(
        'The market price buyers compare with, in yuan (similar items elsewhere): the anchor of the demand curve, so a list price above it sells less. Defaults to price',
      ),
    stock: z.number().int().min(0).describe('Units on the shelf at the start'),
    bin: z.string().min(1).describe('Warehouse bin location shown on pick lists, e.g. "A-01"'),
    listing: listingSchema.default({ title: 0.5, image: 0.5, detail: 0.5, size_chart: 0.5 }),
    popularity: z
      .number()
      .positive()
      .default(1)
      .describe('How many visitors this SKU draws compared with the others (1 = average)'),
    defectRate: rate.default(0.01).describe('Share of units that are faulty, 0 to 1'),
    sized: z
      .boolean()
      .default(false)
      .describe('Apparel and shoes: size questions and size returns'),
  })
  .strict();

const channelSchema = z
  .object({
    visitorsPerHour: z
      .union([z.number().min(0), z.array(z.number().min(0)).length(24)])
      .default(0)
      .describe('Visitors per hour: one number, or 24 numbers indexed by the hour of day'),
    cpc: z.number().positive().optional().describe('Ad channels: cost per click at a low budget'),
    budgetPerHour: z.number().min(0).optional().describe('Ad channels: the starting hourly budget'),
    saturationBudget: z
      .number()
      .positive()
      .optional()
      .describe('Ad channels: the hourly budget at which the click price has doubled'),
  })
  .strict();

export const personaSchema = z
  .object({
    id,
    name: textSchema,
    share: z
      .number()
      .min(0)
      .describe(
        'Weight of this persona in the crowd of customers (shares need not add up to 1); 0 = scripted customers only',
      ),
    priceSensitivity: z
      .number()
      .min(0)
      .max(3)
      .default(1)
      .describe('Multiplies the price elasticity: 0 ignores price, 1 normal, 3 very price-driven'),
    inquiryRate: rate.default(0.03).describe('Chance that a visitor asks a pre-sale question'),
    patienceS: z
      .number()
      .positive()
      .default(180)
      .describe('Sim-seconds a customer waits for a first reply before giving up'),
    urgeAfterH: z
      .number()
      .positive()
      .default(24)
      .describe('Hours after paying, still unshipped, before the customer urges shipment'),
    returnRate: rate.default(0.03).describe('Chance of a no-reason return after delivery'),
    reviewRate: rate.default(0.4).describe('Chance of writing a review (higher when unhappy)'),
    fraudRate: rate.default(0).describe('Chance of a fraudulent refund-only claim after delivery'),
    repurchase: rate.default(0.3).describe('Chance a fully satisfied buyer buys again'),
    bargainRate: rate.default(0.02).describe('Chance that a visitor bargains in chat'),
    addressTypoRate: rate.default(0.01).describe('Chance an order has a wrong address to fix'),
  })
  .strict();

export const courierSchema = z
  .object({
    id,
    name: textSchema,
    costPerParcel: z.number().min(0).describe('Shipping cost per parcel, in yuan'),
    transitHours: z.number().positive().describe('Hours from pick-up to delivery'),
    lossRate: rate.default(0.002).describe('Chance a parcel is lost in transit'),
    pickups: z.array(clockTime).min(1).describe('Daily collection times; the last is the cut-off'),
  })
  .strict();

const incidentBase = {
  at: when,
  durationMin: z.number().positive().default(60).describe('How long the incident lasts, minutes'),
};
export const incidentSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('traffic_surge'),
      ...incidentBase,
      factor: z.number().min(1).describe('Multiplies visitors on every channel except search ads'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('courier_delay'),
      ...incidentBase,
      courier: id.describe('The id of the courier that is delayed'),
      factor: z.number().min(1).describe("Multiplies the courier's transit time"),
      cause: z.enum(['weather', 'strike']).default('weather'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('oversell'),
      ...incidentBase,
      sku: id,
      mode: z
        .enum(['sync_lag', 'mismatch'])
        .default('sync_lag')
        .describe(
          'sync_lag: the storefront keeps showing the old stock; mismatch: the shelf holds fewer units than the system',
        ),
      missingUnits: z
        .number()
        .int()
        .min(0)
        .default(0)
        .describe('mismatch: units missing from the shelf'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('price_mistake'),
      ...incidentBase,
      sku: id,
      factor: z
        .number()
        .positive()
        .max(1)
        .describe('The wrong price as a share of the right one: 0.1 = a zero dropped'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('bad_review_storm'),
      ...incidentBase,
      sku: id,
      reviews: z.number().int().positive().describe('1–2-star reviews posted over the duration'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('fraudulent_refund'),
      ...incidentBase,
      claims: z.number().int().positive().describe('Fake refund-only claims over the duration'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('supplier_delay'),
      ...incidentBase,
      extraHours: z
        .number()
        .positive()
        .describe('Hours added to the supplier lead time of restocks'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('system_outage'),
      ...incidentBase,
      system: z.enum(OUTAGE_SYSTEMS).describe('waybill printing, customer chat, or checkout'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('quality_complaint_wave'),
      ...incidentBase,
      sku: id,
      defectRate: rate.describe('Fault rate of units shipped from a day before until the end'),
      complaints: z
        .number()
        .int()
        .min(0)
        .default(0)
        .describe('Defect returns requested over the duration'),
    })
    .strict(),
]);

const commandType = z.enum(ALL_COMMAND_TYPES as [string, ...string[]]);

export const sopRuleSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('requires_prior'),
      id,
      text: textSchema,
      command: commandType,
      template: z
        .enum(REPLY_TEMPLATES)
        .optional()
        .describe('Only when replying with this quick-reply template'),
      prior: z
        .array(commandType)
        .min(1)
        .describe('One of these must come first on the same order or ticket'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('max_amount'),
      id,
      text: textSchema,
      command: commandType,
      limit: z.number().min(0).describe('The highest amount allowed, in yuan'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('price_floor'),
      id,
      text: textSchema,
      minMargin: z
        .number()
        .min(-1)
        .max(1)
        .describe('The lowest margin (price − cost) / price a price change may leave'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('stock_guard'),
      id,
      text: textSchema,
      commands: z.array(commandType).min(1),
      minStock: z
        .number()
        .int()
        .min(0)
        .describe('The commands are violations on a SKU with fewer units in stock'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('requires_flag'),
      id,
      text: textSchema,
      command: commandType,
      flag: z.string().min(1).describe('A payload field that must be set, e.g. "verify", "reason"'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('respond_within'),
      id,
      text: textSchema,
      trigger: z.enum(RULE_TRIGGERS),
      commands: z.array(commandType).min(1).describe('Any of these commands answers the trigger'),
      withinS: z.number().positive().describe('Sim-seconds allowed after the trigger'),
    })
    .strict(),
]);

export const sopCardSchema = z
  .object({
    id,
    role: z.enum(ROLES),
    title: textSchema,
    steps: z.array(textSchema).min(1),
    rules: z.array(sopRuleSchema).default([]),
    quickReplies: z.array(z.enum(REPLY_TEMPLATES)).default([]),
  })
  .strict();

export const targetSchema = z
  .object({
    kpi: z.enum(KPI_IDS),
    op: z.enum(['>=', '<=']),
    value: z.number().optional().describe('An absolute threshold'),
    vsBaseline: z
      .number()
      .positive()
      .optional()
      .describe('A threshold relative to the baseline run: 1.05 = 5% better than the baseline'),
    sku: id
      .optional()
      .describe('Measure the KPI for this SKU only (conversion_rate, gmv, stockouts)'),
    role: z
      .enum(ROLES)
      .optional()
      .describe(
        "The role whose learner this target scores; default: the KPI's owner role (see docs/scenarios.md)",
      ),
  })
  .strict()
  .refine((t) => (t.value === undefined) !== (t.vsBaseline === undefined), {
    message: 'give exactly one of "value" or "vsBaseline"',
  });

const scriptedCustomerSchema = z
  .object({
    at: when,
    persona: id,
    sku: id,
    qty: z.number().int().positive().default(1).describe('Units ordered'),
    inquire: z.boolean().default(false).describe('Asks a pre-sale question before buying'),
    outcome: z
      .enum(['keep', 'return', 'exchange', 'refund_only'])
      .default('keep')
      .describe('What the customer does after delivery'),
    reason: z
      .enum(['defect', 'wrong_item', 'size', 'no_reason', 'not_received'])
      .default('size')
      .describe('Why, when the outcome is not "keep"'),
  })
  .strict();

const tutorialStepSchema = z
  .object({
    role: z.enum(ROLES),
    text: textSchema,
    doneWhen: z.string().min(1).describe('The event type that completes this step, e.g. "packed"'),
  })
  .strict();

const botsSchema = z
  .object({
    buyer: z.enum(BOT_LEVELS).default('competent'),
    support: z.enum(BOT_LEVELS).default('competent'),
    ops: z.enum(BOT_LEVELS).default('competent'),
    warehouse: z.enum(BOT_LEVELS).default('competent'),
  })
  .strict();

export const scenarioSchema = z
  .object({
    id,
    version: z.number().int().positive().describe('Raise it whenever the scenario changes'),
    title: textSchema,
    module: z.enum(SCENARIO_MODULES),
    difficulty: z.number().int().min(1).max(3).describe('1 (easy) to 3 (hard)'),
    story: textSchema,
    briefing: textSchema,
    roles: z.array(z.enum(ROLES)).min(1).describe('Roles a learner may take; bots play the rest'),
    focusRole: z.enum(ROLES).describe('The role this drill is mainly about; one of roles'),
    lengthMin: z.number().positive().describe('Length of the run in sim-minutes'),
    aftermathDays: z
      .number()
      .min(0)
      .max(30)
      .default(14)
      .describe(
        'Sim-days the world runs on after the drill, without the learner, so that deliveries, returns, reviews and disputes caused during the drill land before the score (0 = none)',
      ),
    startTime: clockTime.default('09:00').describe('Time of day at which the run starts'),
    timeScale: z.number().positive().describe('Sim-seconds per real second at 1×'),
    seed: z.number().int().min(0).default(1).describe('Random seed: same seed, same customers'),
    bots: botsSchema.default({
      buyer: 'competent',
      support: 'competent',
      ops: 'competent',
      warehouse: 'competent',
    }),
    catalogue: z.array(skuSchema).min(1),
    demand: z
      .object({
        channels: z.partialRecord(z.enum(CHANNELS), channelSchema),
        personas: z.array(personaSchema).min(1),
        funnel: z
          .object({
            addToCart: rate.default(0.08).describe('Base chance a visitor adds to cart'),
            checkout: rate.default(0.35).describe('Chance a cart becomes an order'),
            pay: rate.default(0.9).describe('Chance an order is paid before the unpaid timeout'),
            elasticity: z
              .number()
              .min(0)
              .default(1.5)
              .describe(
                'How strongly demand follows price: demand × (list price ÷ price) ^ elasticity',
              ),
            presaleBuyRate: rate
              .default(0.45)
              .describe('Chance a pre-sale inquirer buys once support has answered'),
          })
          .strict()
          .default({
            addToCart: 0.08,
            checkout: 0.35,
            pay: 0.9,
            elasticity: 1.5,
            presaleBuyRate: 0.45,
          }),
        scripted: z.array(scriptedCustomerSchema).default([]),
        history: z
          .array(
            z
              .object({
                sku: id,
                orders: z.number().int().positive().describe('Orders of this SKU'),
                deliveredHoursAgo: z
                  .number()
                  .min(0)
                  .default(24)
                  .describe('Hours before the start that they were delivered'),
              })
              .strict(),
          )
          .default([])
          .describe('Orders paid and delivered before the run starts (after-sales drills)'),
      })
      .strict(),
    couriers: z.array(courierSchema).min(1),
    warehouse: z
      .object({
        pickers: z.number().int().positive().default(2).describe('Pickers working at once'),
        packers: z.number().int().positive().default(2).describe('Packers working at once'),
        pickSeconds: z.number().positive().default(40).describe('Sim-seconds to pick one order'),
        waveSecondsPerOrder: z
          .number()
          .positive()
          .default(12)
          .describe('Extra sim-seconds per further order in a pick wave'),
        packSeconds: z.number().positive().default(30).describe('Sim-seconds to pack one order'),
        verifySeconds: z
          .number()
          .min(0)
          .default(8)
          .describe('Extra sim-seconds per order for the scan check before packing'),
        inspectSeconds: z
          .number()
          .positive()
          .default(90)
          .describe('Sim-seconds to inspect one returned parcel'),
        shift: z
          .tuple([clockTime, clockTime])
          .default(['00:00', '23:59'])
          .describe(
            'Working hours ["HH:MM", "HH:MM"]: work booked outside them waits for the next shift',
          ),
      })
      .strict()
      .default({
        pickers: 2,
        packers: 2,
        pickSeconds: 40,
        waveSecondsPerOrder: 12,
        packSeconds: 30,
        verifySeconds: 8,
        inspectSeconds: 90,
        shift: ['00:00', '23:59'],
      }),
    support: z
      .object({
        agents: z
          .number()
          .int()
          .positive()
          .default(2)
          .describe('Agents on duty: how much the support bot handles at a time'),
      })
      .strict()
      .default({ agents: 2 }),
    policies: z
      .object({
        shipByHours: z
          .number()
          .positive()
          .default(48)
          .describe('Ship-by promise after payment, hours'),
        returnWindowDays: z
          .number()
          .positive()
          .default(7)
          .describe('No-reason return window, days'),
        unpaidTimeoutMin: z
          .number()
          .positive()
          .default(30)
          .describe('Minutes before an unpaid order is cancelled'),
        sellerResponseHours: z
          .number()
          .positive()
          .default(24)
          .describe('Hours to answer an after-sales request before the platform approves it'),
        supportAuthorityLimit: z
          .number()
          .min(0)
          .default(20)
          .describe('The most yuan support may give as a coupon or compensation'),
        interceptFee: z.number().min(0).default(8).describe('Yuan per parcel interception'),
        packagingCost: z.number().min(0).default(1.5).describe('Yuan of packaging per parcel'),
        returnShippingCost: z
          .number()
          .min(0)
          .default(10)
          .describe('Yuan of return postage the shop pays for faulty or wrong items'),
        restockLeadHours: z
          .number()
          .positive()
          .default(24)
          .describe('Hours from a stock reorder until the goods arrive'),
        customerPace: z
          .number()
          .positive()
          .default(1)
          .describe(
            'Speeds up what customers do after delivery (confirm, review, return) for short runs',
          ),
      })
      .strict()
      .default({
        shipByHours: 48,
        returnWindowDays: 7,
        unpaidTimeoutMin: 30,
        sellerResponseHours: 24,
        supportAuthorityLimit: 20,
        interceptFee: 8,
        packagingCost: 1.5,
        returnShippingCost: 10,
        restockLeadHours: 24,
        customerPace: 1,
      }),
    initialDsr: z
      .object({
        description: z.number().min(1).max(5),
        service: z.number().min(1).max(5),
        logistics: z.number().min(1).max(5),
      })
      .strict()
      .default({ description: 4.7, service: 4.7, logistics: 4.7 })
      .describe('Store rating (DSR) at the start, 1 to 5 per axis'),
    dsrWindowReviews: z
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .default(3000)
      .describe(
        "Reviews in the platform's 180-day DSR window before the run: DSR is their mean with this run's reviews, so one bad day nudges it rather than crashing it",
      ),
    incidents: z.array(incidentSchema).default([]),
    sops: z.array(id).default([]).describe('Ids of SOP cards in play (built-in or defined below)'),
    sopCards: z.array(sopCardSchema).default([]),
    targets: z.array(targetSchema).min(1),
    maxViolations: z
      .number()
      .int()
      .min(0)
      .default(3)
      .describe('The most SOP violations a run may have and still earn three stars'),
    baselineIdle: z
      .array(z.enum(ROLES))
      .default([])
      .describe('Roles left idle in the baseline run that vsBaseline targets compare against'),
    frictions: z
      .array(z.enum(FRICTIONS))
      .default([])
      .describe('Frictions a mystery shopper should find'),
    tutorial: z.array(tutorialStepSchema).default([]),
    category: shopCategorySchema,
    typicalRanges: typicalOverridesSchema,
    platform: platformSchema.default(platformSchema.parse({})),
    humanPaceSeconds: z
      .number()
      .positive()
      .max(120)
      .default(8)
      .describe(
        'Real seconds a person needs per action at 1× (reading a chat or a pick list, then clicking): scenario:check plays the focus role at this pace',
      ),
  })
  .strict();

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
export type SkuDef = Scenario['catalogue'][number];
export type PersonaDef = Scenario['demand']['personas'][number];
export type CourierDef = Scenario['couriers'][number];
export type IncidentDef = Scenario['incidents'][number];
export type SopCard = z.output<typeof sopCardSchema>;
export type SopRule = SopCard['rules'][number];
export type TargetDef = Scenario['targets'][number];
export type ChannelDef = z.output<typeof channelSchema>;

export const sopLibrarySchema = z.object({ cards: z.array(sopCardSchema).min(1) }).strict();
