import i18next from 'i18next';
import type { Lang } from '../sim/ids';
import { en } from '../i18n/locales/en';
import { zhCN } from '../i18n/locales/zh-CN';

/** Looks up a text by its dotted key and fills in `{{name}}` parameters. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** A synchronous translator for the command line, over the same texts as the game. */
export function cliTranslator(lang: Lang): Translate {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: lang,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  });
  return (key, params) => i18n.t(key, params ?? {});
}
