import { API_KEY, type IpcResult, type ShellApi } from './contract';
import { PlatformError, type Platform } from './platform';

/** The preload's API, when this page runs inside the Electron shell. */
export function shellApi(): ShellApi | undefined {
  const api = (globalThis as Record<string, unknown>)[API_KEY];
  return typeof api === 'object' && api !== null ? (api as ShellApi) : undefined;
}

// IPC never throws across the bridge; turn its `{ ok: false }` into a rejection here so screens
// handle failures one way on both platforms.
async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  const result = await call;
  if (result.ok) return result.value;
  throw new PlatformError(result.error.code, result.error.message);
}

/** The platform over `window.api` (typed by the shared IPC contract). */
export function electronPlatform(api: ShellApi, locale: () => string): Platform {
  return {
    kind: 'electron',
    locale,
    profiles: {
      list: () => unwrap(api.profiles.list()),
      create: (name) => unwrap(api.profiles.create({ name })),
      select: (id) => unwrap(api.profiles.select({ id })),
    },
    progress: {
      get: (profileId) => unwrap(api.progress.get({ profileId })),
      recordAttempt: (input) => unwrap(api.progress.recordAttempt(input)),
    },
    history: {
      list: (profileId, scenarioId) =>
        unwrap(api.history.list(scenarioId ? { profileId, scenarioId } : { profileId })),
      get: (id) => unwrap(api.history.get({ id })),
      updateChecklist: (id, checklist) => unwrap(api.history.updateChecklist({ id, checklist })),
      updateReport: (input) => unwrap(api.history.updateReport(input)),
    },
    settings: {
      get: () => unwrap(api.settings.get()),
      set: (patch) => unwrap(api.settings.set(patch)),
    },
    autosave: {
      save: (profileId, run) => unwrap(api.autosave.save({ profileId, run })),
      load: (profileId) => unwrap(api.autosave.load({ profileId })),
      clear: async (profileId) => {
        await unwrap(api.autosave.clear({ profileId }));
      },
    },
    notices: { take: () => unwrap(api.notices.take()) },
    export: { saveFile: (input) => unwrap(api.export.saveFile(input)) },
  };
}
