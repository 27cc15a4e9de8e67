import type { uiAppEn } from './ui-app.en';

/** 游戏app界面的文本。 */
export const uiAppZh: typeof uiAppEn = {
  title: 'App',
};
