/** Texts of the game's map screens. */
export const uiMapEn = {
  title: 'Map',
};
