import type { Output } from '../../src/platform/contract';
import type { ServiceDeps } from '../services/context';
import { saveExport, type ExportDeps } from '../services/export';
import {
  getAttempt,
  getProgress,
  listHistory,
  recordAttempt,
  updateChecklist,
  updateReport,
} from '../services/history';
import { createProfile, listProfiles, selectProfile } from '../services/profiles';
import {
  clearAutosave,
  getSettings,
  loadAutosave,
  saveAutosave,
  setSettings,
} from '../services/settings';
import type { Handlers } from './dispatch';

export interface HandlerDeps extends ServiceDeps {
  exporter: ExportDeps;
  appInfo: () => Output<'app.info'>;
}

/** The implementation of every contract channel. Payloads arrive already validated. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app.info': () => deps.appInfo(),
    'profiles.list': () => listProfiles(deps),
    'profiles.create': (input) => createProfile(deps, input),
    'profiles.select': (input) => selectProfile(deps, input),
    'progress.get': (input) => getProgress(deps, input),
    'progress.recordAttempt': (input) => recordAttempt(deps, input),
    'history.list': (input) => listHistory(deps, input),
    'history.get': (input) => getAttempt(deps, input),
    'history.updateChecklist': (input) => updateChecklist(deps, input),
    'history.updateReport': (input) => updateReport(deps, input),
    'settings.get': () => getSettings(deps),
    'settings.set': (input) => setSettings(deps, input),
    'autosave.save': (input) => saveAutosave(deps, input),
    'autosave.load': (input) => loadAutosave(deps, input),
    'autosave.clear': (input) => clearAutosave(deps, input),
    'notices.take': () => deps.stores.notices.take(),
    'export.saveFile': (input, ctx) => saveExport(deps.exporter, ctx.sender, input),
  };
}
