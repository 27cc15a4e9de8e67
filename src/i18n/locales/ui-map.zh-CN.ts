import type { uiMapEn } from './ui-map.en';

/** 游戏map界面的文本。 */
export const uiMapZh: typeof uiMapEn = {
  title: 'Map',
};
