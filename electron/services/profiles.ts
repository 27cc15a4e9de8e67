import type { Output } from '../../src/platform/contract';
import type { Profile } from '../../src/platform/store-schema';
import { IpcFailure, saved } from '../ipc/failure';
import type { ServiceDeps } from './context';

const MAX_PROFILES = 50;

export function listProfiles({ stores }: ServiceDeps): Output<'profiles.list'> {
  const { profiles, selected } = stores.profiles.get();
  return { profiles, selected };
}

/** Adds a learner profile and selects it. */
export function createProfile(deps: ServiceDeps, input: { name: string }): Profile {
  const file = deps.stores.profiles.get();
  if (file.profiles.length >= MAX_PROFILES)
    throw new IpcFailure('invalid-payload', `profiles.create: at most ${MAX_PROFILES} profiles`);
  const profile: Profile = {
    id: deps.newId(),
    name: input.name,
    createdAt: deps.now().toISOString(),
  };
  saved(
    deps.stores.profiles.save({
      ...file,
      profiles: [...file.profiles, profile],
      selected: profile.id,
    }),
  );
  return profile;
}

export function selectProfile(deps: ServiceDeps, input: { id: string }): Output<'profiles.select'> {
  requireProfile(deps, input.id, 'profiles.select');
  const file = deps.stores.profiles.get();
  saved(deps.stores.profiles.save({ ...file, selected: input.id }));
  return listProfiles(deps);
}

export function requireProfile(deps: ServiceDeps, id: string, channel: string): Profile {
  const profile = deps.stores.profiles.get().profiles.find((p) => p.id === id);
  if (!profile) throw new IpcFailure('not-found', `${channel}: profileId: no profile "${id}"`);
  return profile;
}
