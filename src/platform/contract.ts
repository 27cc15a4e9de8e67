import { z } from 'zod';
import type { Channel } from './channels';
import { STORE_NAMES } from './store-migrations';
import {
  attemptSchema,
  autosaveRunSchema,
  botLevelSchema,
  checklistItemSchema,
  idSchema,
  isoTimeSchema,
  langSchema,
  newProfileNameSchema,
  profileSchema,
  roleSchema,
  runReportSchema,
  scenarioIdSchema,
  scenarioProgressSchema,
  settingsSchema,
} from './store-schema';

/**
 * The one IPC contract between the Electron main process and the preload: every channel, the
 * zod schema of its payload and of its result. The preload exposes one function per channel on
 * `window.api` (`api.profiles.list()` calls channel `profiles.list`); main validates the sender
 * and every payload against this table. A call never throws across IPC: it resolves to
 * `{ ok: true, value }` or `{ ok: false, error }`.
 */

export const ERROR_CODES = [
  'invalid-payload',
  'forbidden-sender',
  'not-found',
  'read-only',
  'internal',
] as const;
export const ipcErrorSchema = z.strictObject({
  code: z.enum(ERROR_CODES),
  /** Plain words naming what was wrong, e.g. "name: Too small: expected string to have >=1 characters". */
  message: z.string(),
  issues: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Something the player must be told, e.g. that a damaged file was replaced by its backup. */
export const noticeSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['restored-backup', 'started-empty', 'newer-version', 'save-failed']),
  file: z.enum(STORE_NAMES),
  problem: z.enum([
    'missing',
    'empty',
    'invalid-json',
    'schema-invalid',
    'unreadable',
    'newer-version',
    'write-failed',
  ]),
  at: isoTimeSchema,
  /** When the backup that was restored had been written. */
  backupAt: isoTimeSchema.optional(),
  /** Where the damaged copy is kept. */
  quarantinedPath: z.string().optional(),
  detail: z.string(),
  /** The notice in plain English, for logs; the UI builds its own text from the fields. */
  message: z.string(),
});
export type Notice = z.infer<typeof noticeSchema>;

export const profilesStateSchema = z.strictObject({
  profiles: z.array(profileSchema),
  selected: idSchema.nullable(),
});
export const attemptSummarySchema = attemptSchema
  .omit({ report: true, checklist: true })
  .extend({ stars: z.number().int().min(0).max(3) });
export const appInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  locale: z.string(),
  electron: z.string(),
  userDataPath: z.string(),
});
const exportResultSchema = z.strictObject({ saved: z.boolean(), path: z.string().optional() });
const fileName = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[^\\/:*?"<>|\0]+$/, 'a file name without a folder or any of \\ / : * ? " < > |');

const none = z.undefined();
const byProfile = z.strictObject({ profileId: idSchema });

export const contract = {
  'app.info': { input: none, output: appInfoSchema },
  'profiles.list': { input: none, output: profilesStateSchema },
  'profiles.create': {
    input: z.strictObject({ name: newProfileNameSchema }),
    output: profileSchema,
  },
  'profiles.select': { input: z.strictObject({ id: idSchema }), output: profilesStateSchema },
  'progress.get': { input: byProfile, output: z.record(scenarioIdSchema, scenarioProgressSchema) },
  'progress.recordAttempt': {
    input: z.strictObject({
      profileId: idSchema,
      scenarioId: scenarioIdSchema,
      role: roleSchema,
      botLevel: botLevelSchema,
      lang: langSchema,
      report: runReportSchema,
      /** Recording the same run again (continued after a crash) returns the first attempt. */
      runId: idSchema.optional(),
    }),
    output: z.strictObject({ attempt: attemptSchema, progress: scenarioProgressSchema }),
  },
  'history.list': {
    input: z.strictObject({ profileId: idSchema, scenarioId: scenarioIdSchema.optional() }),
    output: z.array(attemptSummarySchema),
  },
  'history.get': { input: z.strictObject({ id: idSchema }), output: attemptSchema },
  'history.updateChecklist': {
    input: z.strictObject({ id: idSchema, checklist: z.array(checklistItemSchema).max(200) }),
    output: attemptSchema,
  },
  /** The debrief's final 复盘 (causes proven, expert figures in) for an attempt saved at finish. */
  'history.updateReport': {
    input: z.strictObject({
      id: idSchema,
      report: runReportSchema,
      checklist: z.array(checklistItemSchema).max(200),
    }),
    output: attemptSchema,
  },
  'settings.get': { input: none, output: settingsSchema },
  'settings.set': { input: settingsSchema.partial(), output: settingsSchema },
  'autosave.save': {
    input: z.strictObject({
      profileId: idSchema,
      /** `savedAt` is stamped by the shell. */
      run: autosaveRunSchema.omit({ savedAt: true }),
    }),
    output: z.strictObject({ savedAt: isoTimeSchema }),
  },
  'autosave.load': { input: byProfile, output: autosaveRunSchema.nullable() },
  'autosave.clear': { input: byProfile, output: z.null() },
  'notices.take': { input: none, output: z.array(noticeSchema) },
  'export.saveFile': {
    input: z.discriminatedUnion('format', [
      z.strictObject({
        format: z.enum(['markdown', 'csv']),
        suggestedName: fileName,
        content: z.string().max(20_000_000),
      }),
      /** PDF prints the calling page (its print stylesheet decides what shows). */
      z.strictObject({ format: z.literal('pdf'), suggestedName: fileName, landscape: z.boolean() }),
    ]),
    output: exportResultSchema,
  },
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

export { API_KEY, CHANNELS, splitChannel, type Channel } from './channels';
export type Contract = typeof contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

type GroupOf<C> = C extends `${infer G}.${string}` ? G : never;
type Call<C extends Channel> = [Input<C>] extends [undefined]
  ? () => Promise<IpcResult<Output<C>>>
  : (input: Input<C>) => Promise<IpcResult<Output<C>>>;

/** What the preload puts on `window.api`: `api.<group>.<name>(input)` per channel `<group>.<name>`. */
export type ShellApi = {
  [G in GroupOf<Channel>]: {
    [C in Channel as C extends `${G}.${infer F}` ? F : never]: Call<C>;
  };
};
