import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { toStamp, type Clock } from './stamp';

/**
 * Moves a damaged store file out of the way, into `quarantine/<name>.<stamp>.json`, where
 * the player (or support) can still find it. Returns the new path; throws when the file can
 * be neither moved nor copied, in which case the caller must not write over it.
 */
export function quarantineFile(file: string, dir: string, now: Clock): string {
  mkdirSync(dir, { recursive: true });
  const ext = extname(file);
  const stem = basename(file, ext);
  const stamp = toStamp(now());
  let target = join(dir, `${stem}.${stamp}${ext}`);
  for (let n = 1; existsSync(target); n++) target = join(dir, `${stem}.${stamp}~${n}${ext}`);
  try {
    renameSync(file, target);
  } catch {
    copyFileSync(file, target);
    rmSync(file, { force: true, recursive: true });
  }
  return target;
}
