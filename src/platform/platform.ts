import type { Input, Notice, Output } from './contract';
import type { AutosaveRun, Settings } from './store-schema';

/**
 * The renderer's only door to persistence and the shell. Two implementations share it: Electron
 * (`window.api`, IPC to the main process) and the browser build (localStorage). Both check every
 * file against `store-schema.ts` with the same versions and migrations. A call either resolves
 * with its value or rejects with a {@link PlatformError}.
 */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** The system locale (`navigator.language` or the OS's), for the `system` language setting. */
  locale(): string;
  profiles: {
    list(): Promise<Output<'profiles.list'>>;
    create(name: string): Promise<Output<'profiles.create'>>;
    select(id: string): Promise<Output<'profiles.select'>>;
  };
  progress: {
    get(profileId: string): Promise<Output<'progress.get'>>;
    recordAttempt(
      input: Input<'progress.recordAttempt'>,
    ): Promise<Output<'progress.recordAttempt'>>;
  };
  history: {
    /** A profile's attempts, newest first, without their reports. */
    list(profileId: string, scenarioId?: string): Promise<Output<'history.list'>>;
    get(id: string): Promise<Output<'history.get'>>;
    updateChecklist(
      id: string,
      checklist: Input<'history.updateChecklist'>['checklist'],
    ): Promise<Output<'history.updateChecklist'>>;
    /** Replaces a saved attempt's report and 改进清单 with the debrief's final ones (same run). */
    updateReport(input: Input<'history.updateReport'>): Promise<Output<'history.updateReport'>>;
  };
  settings: {
    get(): Promise<Settings>;
    set(patch: Partial<Settings>): Promise<Settings>;
  };
  autosave: {
    save(profileId: string, run: Omit<AutosaveRun, 'savedAt'>): Promise<{ savedAt: string }>;
    load(profileId: string): Promise<AutosaveRun | null>;
    clear(profileId: string): Promise<void>;
  };
  notices: {
    /** Notices (a damaged file quarantined, a backup restored…) not yet shown; each once. */
    take(): Promise<Notice[]>;
  };
  export: {
    /** Markdown / CSV text, or `pdf` (prints the page). Cancelling resolves `{ saved: false }`. */
    saveFile(input: Input<'export.saveFile'>): Promise<Output<'export.saveFile'>>;
  };
}

export type PlatformErrorCode =
  'invalid-payload' | 'forbidden-sender' | 'not-found' | 'read-only' | 'internal';

/** A refused or failed platform call, with the contract's error code. */
export class PlatformError extends Error {
  constructor(
    readonly code: PlatformErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

export type { Notice };
