import type { z } from 'zod';
import {
  autosaveFileSchema,
  DEFAULT_SETTINGS,
  historyFileSchema,
  profilesFileSchema,
  progressFileSchema,
  progressFileV1Schema,
  settingsFileSchema,
  settingsFileV1Schema,
  type AutosaveFile,
  type HistoryFile,
  type ProfilesFile,
  type ProgressFile,
  type SettingsFile,
} from './store-schema';

/**
 * Our own migrations (never electron-store's): each step is a pure function from one schema
 * version to the next, checked against the old version's schema first and the current one
 * last. A file from a newer version of the game is refused, never rewritten.
 */

export const STORE_NAMES = ['profiles', 'progress', 'history', 'settings', 'autosave'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

interface Step {
  /** The schema of the version this step starts from. */
  from: z.ZodType;
  up: (old: never) => unknown;
}

export interface FileSpec<T> {
  name: StoreName;
  version: number;
  schema: z.ZodType<T>;
  /** `steps[v]` turns a version-v file into version v + 1. */
  steps: Record<number, Step>;
  empty: () => T;
}

export type Decoded<T> =
  | { ok: true; data: T; fromVersion: number }
  | { ok: false; problem: 'schema-invalid' | 'newer-version'; message: string; version?: number };

export function progressV1toV2(old: z.infer<typeof progressFileV1Schema>): ProgressFile {
  const byProfile: ProgressFile['byProfile'] = {};
  for (const [profile, scenarios] of Object.entries(old.byProfile)) {
    byProfile[profile] = {};
    for (const [scenario, p] of Object.entries(scenarios))
      byProfile[profile][scenario] = {
        bestStars: p.bestStars,
        attempts: p.attempts,
        bestByRole: {},
      };
  }
  return { schemaVersion: 2, byProfile };
}

export function settingsV1toV2(old: z.infer<typeof settingsFileV1Schema>): SettingsFile {
  return {
    schemaVersion: 2,
    language: old.lang,
    defaultSpeed: old.speed,
    sound: { enabled: old.sound, volume: DEFAULT_SETTINGS.sound.volume },
    textSize: DEFAULT_SETTINGS.textSize,
    teachingSpeed: DEFAULT_SETTINGS.teachingSpeed,
  };
}

export const FILE_SPECS: {
  profiles: FileSpec<ProfilesFile>;
  progress: FileSpec<ProgressFile>;
  history: FileSpec<HistoryFile>;
  settings: FileSpec<SettingsFile>;
  autosave: FileSpec<AutosaveFile>;
} = {
  profiles: {
    name: 'profiles',
    version: 1,
    schema: profilesFileSchema,
    steps: {},
    empty: () => ({ schemaVersion: 1, profiles: [], selected: null }),
  },
  progress: {
    name: 'progress',
    version: 2,
    schema: progressFileSchema,
    steps: { 1: { from: progressFileV1Schema, up: progressV1toV2 } },
    empty: () => ({ schemaVersion: 2, byProfile: {} }),
  },
  history: {
    name: 'history',
    version: 1,
    schema: historyFileSchema,
    steps: {},
    empty: () => ({ schemaVersion: 1, attempts: [] }),
  },
  settings: {
    name: 'settings',
    version: 2,
    schema: settingsFileSchema,
    steps: { 1: { from: settingsFileV1Schema, up: settingsV1toV2 } },
    empty: () => ({ schemaVersion: 2, ...structuredClone(DEFAULT_SETTINGS) }),
  },
  autosave: {
    name: 'autosave',
    version: 1,
    schema: autosaveFileSchema,
    steps: {},
    empty: () => ({ schemaVersion: 1, byProfile: {} }),
  },
};

/** "byProfile.p1.tutorial.bestStars: Too big: expected number to be <=3" — the first few issues. */
export function describeIssues(error: z.ZodError, max = 3): string {
  const lines = error.issues.slice(0, max).map((i) => {
    const path = i.path.map(String).join('.');
    return path === '' ? i.message : `${path}: ${i.message}`;
  });
  const more = error.issues.length - max;
  return more > 0 ? `${lines.join('; ')} (and ${more} more)` : lines.join('; ');
}

/** Validates a parsed file and migrates it to the current version. Pure. */
export function decodeFile<T>(spec: FileSpec<T>, raw: unknown): Decoded<T> {
  const version =
    typeof raw === 'object' && raw !== null && 'schemaVersion' in raw
      ? raw.schemaVersion
      : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      ok: false,
      problem: 'schema-invalid',
      message: 'schemaVersion: missing or not a whole number',
    };
  if (version > spec.version)
    return {
      ok: false,
      problem: 'newer-version',
      version,
      message: `schemaVersion ${version} is newer than this version of the game reads (${spec.version})`,
    };
  let data: unknown = raw;
  for (let v = version; v < spec.version; v++) {
    const step = spec.steps[v];
    if (!step)
      return { ok: false, problem: 'schema-invalid', version, message: `no migration from v${v}` };
    const old = step.from.safeParse(data);
    if (!old.success)
      return { ok: false, problem: 'schema-invalid', version, message: describeIssues(old.error) };
    data = step.up(old.data as never);
  }
  const parsed = spec.schema.safeParse(data);
  if (!parsed.success)
    return { ok: false, problem: 'schema-invalid', version, message: describeIssues(parsed.error) };
  return { ok: true, data: parsed.data, fromVersion: version };
}
