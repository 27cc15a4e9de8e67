import i18next, { type i18n } from 'i18next';
import type { KpiId, Lang } from '../sim/ids';
import { formatKpiValue } from '../sim/review/format';
import { en, type Messages } from './locales/en';
import { zhCN } from './locales/zh-CN';

export type { Messages };

/** Every locale's texts, for code that reads the tables directly. */
export const LOCALES: Record<Lang, Messages> = { en, 'zh-CN': zhCN };

/**
 * A ready-to-use i18next instance for one language, initialised synchronously with the inline
 * resources (no backend), so `t()` works on the next line. English fills any gap.
 */
export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: ['zh-CN', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  });
  return instance;
}

/**
 * A KPI value in its unit for the CLI and the UI: ratios as "12.5%", money as "¥1,234.50",
 * seconds as "95 s" / "95 秒", star ratings with 2 decimals, ROAS as a multiple "3.20".
 */
export function formatKpi(id: KpiId, value: number | null, lang: Lang): string {
  return formatKpiValue(id, value, lang);
}
