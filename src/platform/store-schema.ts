import { z } from 'zod';
import { ALL_COMMAND_TYPES, BOT_LEVELS, KPI_IDS, LANGS, ROLES } from '../sim/ids';
import { isInheritedName } from '../sim/commands/ref';
import { PROFILE_NAME_MAX, profileNameProblem } from './profile-name';
import { VERDICTS } from '../sim/scoring/verdicts';

/**
 * What the game keeps between runs, one file each: profiles, progress (best stars), attempt
 * history with each 复盘, settings, and the autosave of a run in progress. Every file carries a
 * `schemaVersion`; older files are brought up to date by the pure migrations in
 * `store-migrations.ts`. Shared by the Electron main process and the browser build.
 */

export const langSchema = z.enum(LANGS);
export const roleSchema = z.enum(ROLES);
export const seatRoleSchema = z.enum([...ROLES, 'trainer']);
export const botLevelSchema = z.enum(BOT_LEVELS);
export const speedSchema = z.union([z.literal(1), z.literal(2), z.literal(4)]);
export const isoTimeSchema = z.iso.datetime({ offset: true });
/** Profile, attempt and checklist ids: letters, digits, "-" and "_". */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'use letters, digits, "-" and "_" only')
  .refine((id) => !isInheritedName(id), 'this name is reserved, not an id');
export const scenarioIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'a scenario id: lower-case letters, digits, "-" and "_"')
  .refine((id) => !isInheritedName(id), 'this name is reserved, not an id');
const stars = z.number().int().min(0).max(3);
const count = z.number().int().min(0);

// ---------------------------------------------------------------- profiles
/** A new profile's name: printable, visible text (the form shows the same rule). */
export const newProfileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(PROFILE_NAME_MAX)
  .refine(
    (n) => profileNameProblem(n) === null,
    'a name of printable, visible characters (no control or direction-override characters)',
  );
export const profileSchema = z.strictObject({
  id: idSchema,
  // Lenient on purpose: a name saved by an older version must not make the whole file unreadable.
  name: z.string().trim().min(1).max(PROFILE_NAME_MAX),
  createdAt: isoTimeSchema,
});
export const profilesFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  profiles: z.array(profileSchema).max(50),
  selected: idSchema.nullable(),
});

// ---------------------------------------------------------------- progress
export const scenarioProgressSchema = z.strictObject({
  bestStars: stars,
  attempts: z.number().int().min(0),
  /** Missing for progress carried over from a v1 file. */
  lastPlayedAt: isoTimeSchema.optional(),
  /** Best stars per role the learner played. */
  bestByRole: z.partialRecord(roleSchema, stars),
});
export const progressFileSchema = z.strictObject({
  schemaVersion: z.literal(2),
  byProfile: z.record(idSchema, z.record(scenarioIdSchema, scenarioProgressSchema)),
});
/** v1 kept only the best stars and a count per scenario. */
export const progressFileV1Schema = z.strictObject({
  schemaVersion: z.literal(1),
  byProfile: z.record(
    idSchema,
    z.record(scenarioIdSchema, z.strictObject({ bestStars: stars, attempts: z.number().int() })),
  ),
});

// ---------------------------------------------------------------- history
/** The run report as `src/sim/report.ts` writes it (RunReport). */
export const runReportSchema = z.strictObject({
  scenario: z.strictObject({ id: scenarioIdSchema, version: z.number().int() }),
  seed: z.number().int(),
  worldHash: z.string().max(128),
  kpis: z.record(z.enum(KPI_IDS), z.number().nullable()),
  targets: z.array(
    z.strictObject({
      kpi: z.enum(KPI_IDS),
      op: z.enum(['>=', '<=']),
      value: z.number(),
      actual: z.number().nullable(),
      met: z.boolean(),
      sku: z.string().optional(),
      role: roleSchema.optional(),
    }),
  ),
  stars,
  // The learner-stars fields: absent in reports saved by earlier versions.
  verdict: z.enum(VERDICTS).optional(),
  judgement: z
    .strictObject({
      reason: z.enum(['too_short', 'before_deadline', 'no_data']),
      kpis: z.array(z.enum(KPI_IDS)),
      played: z.number(),
      length: z.number(),
      deadline: z.number().optional(),
    })
    .optional(),
  learner: z
    .strictObject({ roles: z.array(roleSchema), metCount: count, total: count, violations: count })
    .optional(),
  team: z
    .strictObject({
      stars,
      verdict: z.enum(VERDICTS),
      metCount: count,
      total: count,
      violations: count,
    })
    .optional(),
  played: z.strictObject({ drill: z.number().min(0), length: z.number().min(0) }).optional(),
  roleScores: z.record(roleSchema, z.number()),
  violations: z.array(
    z.strictObject({
      t: z.number(),
      sop: z.string(),
      rule: z.string(),
      role: seatRoleSchema,
      seat: z.string(),
      command: z.enum(ALL_COMMAND_TYPES).optional(),
      ref: z.string().optional(),
    }),
  ),
  review: z.strictObject({
    markdown: z.string().max(1_000_000),
    actions: z.array(
      z.strictObject({
        id: z.string(),
        text: z.string(),
        ownerRole: roleSchema,
        done: z.boolean(),
        sopRef: z.string().optional(),
      }),
    ),
  }),
});

/** One line of the 改进清单 as the learner left it: generated, or written by the learner. */
export const checklistItemSchema = z.strictObject({
  id: idSchema,
  text: z.string().trim().min(1).max(500),
  ownerRole: roleSchema,
  sopRef: z.string().max(64).optional(),
  done: z.boolean(),
  note: z.string().max(2000),
  /** Written by the learner rather than by the 复盘 generator. */
  custom: z.boolean(),
});

export const attemptSchema = z.strictObject({
  id: idSchema,
  profileId: idSchema,
  scenarioId: scenarioIdSchema,
  role: roleSchema,
  botLevel: botLevelSchema,
  lang: langSchema,
  finishedAt: isoTimeSchema,
  /** The run this attempt records (absent in files from before it existed): one attempt per run. */
  runId: idSchema.optional(),
  report: runReportSchema,
  checklist: z.array(checklistItemSchema).max(200),
});
export const historyFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  attempts: z.array(attemptSchema),
});
/** Attempts kept per profile; the oldest go first. */
export const HISTORY_LIMIT = 200;

// ---------------------------------------------------------------- settings
export const textSizeSchema = z.enum(['small', 'medium', 'large']);
export const settingsSchema = z.strictObject({
  /** `system` follows the OS locale: zh-CN where it is Chinese. */
  language: z.union([langSchema, z.literal('system')]),
  defaultSpeed: speedSchema,
  sound: z.strictObject({ enabled: z.boolean(), volume: z.number().min(0).max(1) }),
  textSize: textSizeSchema,
  /** Novices: the clock slows to a quarter while a chat or a claim is open (older files: off). */
  teachingSpeed: z.boolean().default(false),
});
export const settingsFileSchema = settingsSchema.extend({ schemaVersion: z.literal(2) });
/** v1: one `sound` switch, no text size, language always explicit. */
export const settingsFileV1Schema = z.strictObject({
  schemaVersion: z.literal(1),
  lang: langSchema,
  speed: speedSchema,
  sound: z.boolean(),
});
export const DEFAULT_SETTINGS: Settings = {
  language: 'system',
  defaultSpeed: 1,
  sound: { enabled: true, volume: 0.8 },
  textSize: 'medium',
  teachingSpeed: false,
};

// ---------------------------------------------------------------- autosave
export const seatSchema = z.strictObject({
  id: z.string().min(1).max(64),
  role: seatRoleSchema,
  bot: botLevelSchema.optional(),
  customer: z.string().max(64).optional(),
  /** A bot colleague beside the person in a staffed seat (the engine adds it on resume too). */
  colleagueOf: z.string().min(1).max(64).optional(),
});
export const loggedCommandSchema = z.strictObject({
  t: z.number().min(0),
  command: z.strictObject({
    seat: z.string().min(1).max(64),
    role: seatRoleSchema,
    type: z.enum(ALL_COMMAND_TYPES),
    payload: z.record(z.string(), z.unknown()),
  }),
});
/** A run in progress: enough to rebuild the world by replay (src/sim/engine/replay.ts). */
export const autosaveRunSchema = z.strictObject({
  scenarioId: scenarioIdSchema,
  scenarioVersion: z.number().int(),
  seed: z.number().int(),
  seats: z.array(seatSchema).min(1).max(64),
  role: roleSchema,
  botLevel: botLevelSchema,
  /** The human seats' commands, in order (humanCommands). */
  log: z.array(loggedCommandSchema).max(200_000),
  /** The sim clock when saved: replay runs until it. */
  clock: z.number().min(0),
  speed: z.union([z.literal(0), speedSchema]),
  savedAt: isoTimeSchema,
  /** The world hash at `clock`, so a resume can prove it rebuilt the same world. */
  worldHash: z.string().max(128).optional(),
  /** Which run this is: a continued run keeps it, so its attempt is recorded once. */
  runId: idSchema.optional(),
});
export const autosaveFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  byProfile: z.record(idSchema, autosaveRunSchema),
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfilesFile = z.infer<typeof profilesFileSchema>;
export type ScenarioProgress = z.infer<typeof scenarioProgressSchema>;
export type ProgressFile = z.infer<typeof progressFileSchema>;
export type StoredRunReport = z.infer<typeof runReportSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type HistoryFile = z.infer<typeof historyFileSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsFile = z.infer<typeof settingsFileSchema>;
export type AutosaveRun = z.infer<typeof autosaveRunSchema>;
export type AutosaveFile = z.infer<typeof autosaveFileSchema>;
