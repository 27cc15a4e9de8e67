import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { createI18n } from '../i18n';
import type { Lang } from '../sim/ids';

/** Looks up a UI text by dotted key (`app.menu.play`) and fills `{{name}}` parameters. */
export type T = (key: string, params?: Record<string, unknown>) => string;

export const LangContext = createContext<Lang>('zh-CN');

const cache = new Map<Lang, T>();

/** The translator for a language (one i18next instance per language, made once). */
export function translator(lang: Lang): T {
  let t = cache.get(lang);
  if (!t) {
    const i18n = createI18n(lang);
    t = (key, params) => i18n.t(key, params ?? {});
    cache.set(lang, t);
  }
  return t;
}

/** The current language and its translator; switching language re-renders without losing the run. */
export function useT(): { t: T; lang: Lang } {
  const lang = useContext(LangContext);
  return useMemo(() => ({ t: translator(lang), lang }), [lang]);
}
