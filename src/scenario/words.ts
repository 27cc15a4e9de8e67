/**
 * Small wording helpers for issue messages: how to show a value from the file, a compact list
 * of allowed words, and a "did you mean" guess for typos.
 */

/** What a value in the file looks like, for "got …". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  }
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

/** The allowed words, compactly on one line. */
export function choices(options: readonly unknown[]): string {
  return options.map((o) => String(o)).join(', ');
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The allowed word a typo most likely meant, if one is close enough to be a fair guess. */
export function suggest(word: string, options: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const option of options) {
    const o = option.toLowerCase();
    // A prefix ("conversion" for "conversion_rate") is a likely meaning even when far in edits.
    const score = o.startsWith(w) || w.startsWith(o) ? 0.5 : distance(w, o);
    if (score < bestScore && score <= Math.max(2, Math.floor(o.length / 3))) {
      best = option;
      bestScore = score;
    }
  }
  return best;
}

/** `unknown X "y" (did you mean "z"?); use one of: …`. */
export function unknownWord(noun: string, word: unknown, options: readonly string[]): string {
  const hint = typeof word === 'string' ? suggest(word, options) : undefined;
  const head = `unknown ${noun} ${describeValue(word)}`;
  return `${head}${hint ? ` (did you mean "${hint}"?)` : ''}; use one of: ${choices(options)}`;
}
