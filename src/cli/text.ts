import { createI18n } from '../i18n';
import type { Lang } from '../sim/ids';

/** Looks up a text by its dotted key and fills in `{{name}}` parameters. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** A synchronous translator for the command line, over the same texts as the game. */
export function cliTranslator(lang: Lang): Translate {
  const i18n = createI18n(lang);
  return (key, params) => i18n.t(key, params ?? {});
}
