/** Texts of the game's stations screens. */
export const uiStationsEn = {
  title: 'Stations',
};
