/* eslint-disable @typescript-eslint/require-await -- synchronous storage behind the async Platform: `async` turns a thrown PlatformError into a rejection, as over IPC */
import { repeatedChecklistId, withFinalReport } from './attempts';
import { levelledProgress, recordAttemptIn, type AttemptFiles } from './record';
import { blobDownload, saveExport } from './browser-export';
import { LocalStore, type KeyValue } from './browser-store';
import type { Input, Notice } from './contract';
import { profileNameProblem } from './profile-name';
import { PlatformError, type Platform } from './platform';
import { FILE_SPECS } from './store-migrations';
import type { Attempt, Settings } from './store-schema';

export interface BrowserOptions {
  now?: () => Date;
  newId?: () => string;
  /** Downloads an export (the default makes a Blob link); PDF prints the page instead. */
  download?: (name: string, content: string, mime: string) => void;
}

const MAX_PROFILES = 50;
/**
 * The platform for the browser build: the same files, schemas, versions and migrations as the
 * Electron shell, kept in `localStorage`. Same rules too: a damaged entry is quarantined and
 * reported, a newer version's entry is never overwritten.
 */
export function browserPlatform(
  kv: KeyValue,
  locale: () => string,
  opts: BrowserOptions = {},
): Platform {
  const now = opts.now ?? (() => new Date());
  const newId = opts.newId ?? (() => crypto.randomUUID());
  const queue: Notice[] = [];
  let seq = 0;
  const notify = (n: Omit<Notice, 'id' | 'message'>) => {
    seq += 1;
    queue.push({
      ...n,
      id: `n${seq}`,
      message: `${n.file}: ${n.kind} (${n.problem}): ${n.detail}`,
    });
  };
  const stores = {
    profiles: new LocalStore(kv, FILE_SPECS.profiles, notify, now),
    progress: new LocalStore(kv, FILE_SPECS.progress, notify, now),
    history: new LocalStore(kv, FILE_SPECS.history, notify, now),
    settings: new LocalStore(kv, FILE_SPECS.settings, notify, now),
    autosave: new LocalStore(kv, FILE_SPECS.autosave, notify, now),
  };
  const save = <T>(store: LocalStore<T>, next: T) => {
    const error = store.save(next);
    if (error) throw new PlatformError(store.readOnly ? 'read-only' : 'internal', error);
  };
  const requireProfile = (id: string) => {
    const p = stores.profiles.get().profiles.find((x) => x.id === id);
    if (!p) throw new PlatformError('not-found', `profileId: no profile "${id}"`);
    return p;
  };
  const getAttempt = (id: string): Attempt => {
    const a = stores.history.get().attempts.find((x) => x.id === id);
    if (!a) throw new PlatformError('not-found', `history: id: no attempt "${id}"`);
    return a;
  };
  const listProfiles = () => {
    const { profiles, selected } = stores.profiles.get();
    return { profiles, selected };
  };
  const settingsOf = (): Settings => {
    const { language, defaultSpeed, sound, textSize, teachingSpeed } = stores.settings.get();
    return { language, defaultSpeed, sound, textSize, teachingSpeed };
  };

  const files: AttemptFiles = {
    history: { get: () => stores.history.get(), save: (f) => save(stores.history, f) },
    progress: { get: () => stores.progress.get(), save: (f) => save(stores.progress, f) },
  };

  function replaceAttempt(updated: Attempt): Attempt {
    const history = stores.history.get();
    save(stores.history, {
      ...history,
      attempts: history.attempts.map((a) => (a.id === updated.id ? updated : a)),
    });
    return updated;
  }

  function recordAttempt(input: Input<'progress.recordAttempt'>) {
    requireProfile(input.profileId);
    return recordAttemptIn(files, input, newId(), now().toISOString());
  }

  // Each method is async so a thrown PlatformError becomes a rejection, as over IPC.
  return {
    kind: 'browser',
    locale,
    profiles: {
      list: async () => listProfiles(),
      create: async (name) => {
        const file = stores.profiles.get();
        if (file.profiles.length >= MAX_PROFILES)
          throw new PlatformError('invalid-payload', `at most ${MAX_PROFILES} profiles`);
        const problem = profileNameProblem(name);
        if (problem) throw new PlatformError('invalid-payload', `name: ${problem}`);
        const profile = { id: newId(), name: name.trim(), createdAt: now().toISOString() };
        save(stores.profiles, {
          ...file,
          profiles: [...file.profiles, profile],
          selected: profile.id,
        });
        return profile;
      },
      select: async (id) => {
        requireProfile(id);
        save(stores.profiles, { ...stores.profiles.get(), selected: id });
        return listProfiles();
      },
    },
    progress: {
      get: async (profileId) => levelledProgress(files).byProfile[profileId] ?? {},
      recordAttempt: async (input) => recordAttempt(input),
    },
    history: {
      list: async (profileId, scenarioId) =>
        stores.history
          .get()
          .attempts.filter(
            (a) =>
              a.profileId === profileId &&
              (scenarioId === undefined || a.scenarioId === scenarioId),
          )
          .map(({ report, checklist: _c, ...rest }) => ({ ...rest, stars: report.stars }))
          .reverse(),
      get: async (id) => getAttempt(id),
      updateChecklist: async (id, checklist) => {
        const twice = repeatedChecklistId(checklist);
        if (twice !== undefined)
          throw new PlatformError('invalid-payload', `checklist: id "${twice}" is used twice`);
        return replaceAttempt({ ...getAttempt(id), checklist });
      },
      updateReport: async (input) => {
        const updated = withFinalReport(getAttempt(input.id), input);
        if (typeof updated === 'string') throw new PlatformError('invalid-payload', updated);
        return replaceAttempt(updated);
      },
    },
    settings: {
      get: async () => settingsOf(),
      set: async (patch) => {
        save(stores.settings, { ...stores.settings.get(), ...patch });
        return settingsOf();
      },
    },
    autosave: {
      save: async (profileId, run) => {
        requireProfile(profileId);
        const savedAt = now().toISOString();
        const file = stores.autosave.get();
        save(stores.autosave, {
          ...file,
          byProfile: { ...file.byProfile, [profileId]: { ...run, savedAt } },
        });
        return { savedAt };
      },
      load: async (profileId) => stores.autosave.get().byProfile[profileId] ?? null,
      clear: async (profileId) => {
        const file = stores.autosave.get();
        if (!(profileId in file.byProfile)) return;
        const byProfile = { ...file.byProfile };
        delete byProfile[profileId];
        save(stores.autosave, { ...file, byProfile });
      },
    },
    notices: {
      // Read every store first, as the shell does at start-up, so damage anywhere is reported now.
      take: async () => {
        for (const store of Object.values(stores)) store.get();
        return queue.splice(0, queue.length);
      },
    },
    export: {
      saveFile: async (input) => saveExport(input, opts.download ?? blobDownload),
    },
  };
}
