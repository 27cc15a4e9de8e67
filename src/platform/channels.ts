/**
 * The names of the IPC contract's channels (`src/platform/contract.ts` gives each its schemas),
 * kept apart from the schemas so the preload can be built without zod. `group.name` is exposed
 * to the renderer as `window.api.group.name(payload)`.
 */
export const CHANNELS = [
  'app.info',
  'profiles.list',
  'profiles.create',
  'profiles.select',
  'progress.get',
  'progress.recordAttempt',
  'history.list',
  'history.get',
  'history.updateChecklist',
  'history.updateReport',
  'settings.get',
  'settings.set',
  'autosave.save',
  'autosave.load',
  'autosave.clear',
  'notices.take',
  'export.saveFile',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** The group and function a channel is exposed as: `profiles.list` → ['profiles', 'list']. */
export function splitChannel(channel: Channel): [string, string] {
  const dot = channel.indexOf('.');
  return [channel.slice(0, dot), channel.slice(dot + 1)];
}

/** The global name the preload exposes the API under: `window.api`. */
export const API_KEY = 'api';
