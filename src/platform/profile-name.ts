/** Why a profile name cannot be kept, or null when it can. */
export type ProfileNameProblem = 'empty' | 'too_long' | 'control' | 'invisible';

export const PROFILE_NAME_MAX = 40;

// Control characters break lists and file names; bidi overrides (U+202E…) make a name read
// backwards in the history and exports and can disguise one learner as another.
const CONTROL = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
// What renders as nothing: format characters (zero-width space, joiners…), spaces, marks alone.
const INVISIBLE = /^[\p{Cf}\p{Z}\s\p{M}\u3164\u115F\u1160\uFFA0]*$/u;

/** Checks a profile name after trimming: printable, visible, at most 40 characters. */
export function profileNameProblem(raw: string): ProfileNameProblem | null {
  const name = raw.trim();
  if (name.length === 0) return 'empty';
  if ([...name].length > PROFILE_NAME_MAX) return 'too_long';
  if (CONTROL.test(name)) return 'control';
  if (INVISIBLE.test(name)) return 'invisible';
  return null;
}
