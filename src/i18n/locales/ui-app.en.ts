/** Texts of the game's app screens. */
export const uiAppEn = {
  title: 'App',
};
