import type { uiStationsEn } from './ui-stations.en';

/** 游戏stations界面的文本。 */
export const uiStationsZh: typeof uiStationsEn = {
  title: 'Stations',
};
