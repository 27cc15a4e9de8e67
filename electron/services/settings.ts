import type { Input, Output } from '../../src/platform/contract';
import type { AutosaveRun, Settings } from '../../src/platform/store-schema';
import { saved } from '../ipc/failure';
import type { ServiceDeps } from './context';
import { requireProfile } from './profiles';

export function getSettings({ stores }: ServiceDeps): Settings {
  const { language, defaultSpeed, sound, textSize, teachingSpeed } = stores.settings.get();
  return { language, defaultSpeed, sound, textSize, teachingSpeed };
}

export function setSettings(deps: ServiceDeps, patch: Input<'settings.set'>): Settings {
  const file = deps.stores.settings.get();
  saved(deps.stores.settings.save({ ...file, ...patch }));
  return getSettings(deps);
}

/** Keeps the run in progress (one per profile) so it can be resumed after a crash or a quit. */
export function saveAutosave(
  deps: ServiceDeps,
  input: Input<'autosave.save'>,
): Output<'autosave.save'> {
  requireProfile(deps, input.profileId, 'autosave.save');
  const savedAt = deps.now().toISOString();
  const run: AutosaveRun = { ...input.run, savedAt };
  const file = deps.stores.autosave.get();
  saved(
    deps.stores.autosave.save({
      ...file,
      byProfile: { ...file.byProfile, [input.profileId]: run },
    }),
  );
  return { savedAt };
}

export function loadAutosave(deps: ServiceDeps, input: { profileId: string }): AutosaveRun | null {
  return deps.stores.autosave.get().byProfile[input.profileId] ?? null;
}

export function clearAutosave(deps: ServiceDeps, input: { profileId: string }): null {
  const file = deps.stores.autosave.get();
  if (!(input.profileId in file.byProfile)) return null;
  const byProfile = { ...file.byProfile };
  delete byProfile[input.profileId];
  saved(deps.stores.autosave.save({ ...file, byProfile }));
  return null;
}
