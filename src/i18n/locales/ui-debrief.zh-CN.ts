import type { uiDebriefEn } from './ui-debrief.en';

/** 游戏debrief界面的文本。 */
export const uiDebriefZh: typeof uiDebriefEn = {
  title: 'Debrief',
};
