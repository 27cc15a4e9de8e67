/** Texts of the game's debrief screens. */
export const uiDebriefEn = {
  title: 'Debrief',
};
