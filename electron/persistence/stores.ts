import { FILE_SPECS } from '../../src/platform/store-migrations';
import type {
  AutosaveFile,
  HistoryFile,
  ProfilesFile,
  ProgressFile,
  SettingsFile,
} from '../../src/platform/store-schema';
import { FileStore } from './file-store';
import { NoticeQueue } from './notices';
import type { Clock } from './stamp';

export interface Stores {
  profiles: FileStore<ProfilesFile>;
  progress: FileStore<ProgressFile>;
  history: FileStore<HistoryFile>;
  settings: FileStore<SettingsFile>;
  autosave: FileStore<AutosaveFile>;
  notices: NoticeQueue;
}

export interface OpenStoresOptions {
  keepBackups?: number;
  backupEveryMs?: number;
}

/** Opens (checks, migrates or restores) every store file in `dir`, once, at start-up. */
export function openStores(dir: string, now: Clock, options: OpenStoresOptions = {}): Stores {
  const notices = new NoticeQueue();
  const common = { dir, now, notices, ...options };
  return {
    profiles: new FileStore({ ...common, spec: FILE_SPECS.profiles }),
    progress: new FileStore({ ...common, spec: FILE_SPECS.progress }),
    history: new FileStore({ ...common, spec: FILE_SPECS.history }),
    settings: new FileStore({ ...common, spec: FILE_SPECS.settings }),
    autosave: new FileStore({ ...common, spec: FILE_SPECS.autosave }),
    notices,
  };
}
