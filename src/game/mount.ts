import * as Phaser from 'phaser';
import type { Lang } from '../sim/ids';
import type { PlaySession } from '../ui/session/play-session';
import { manualClock } from '../ui/session/e2e-clock';
import { MAP_H, MAP_W, pixelRatioFor } from './layout';
import { PALETTE } from './palette';
import { ShopMapScene, type ShopMapSource } from './scene';
import type { Station } from './view-model';

export type { Station };

export interface ShopMapHandle {
  destroy(): void;
  setLang(lang: Lang): void;
  /** What is on screen now, for benches and tests. */
  stats(): { tokens: number; renderer: 'canvas' | 'webgl' };
  /** Mean ms of update + render per frame since the last call. */
  frameMs(): number;
}

export interface ShopMapOptions {
  lang: Lang;
  renderer?: 'canvas' | 'auto';
  /**
   * Backing pixels per map unit, 1–2. Defaults to what the parent's size and the screen's
   * pixel ratio need, in half steps, so text stays crisp when the map is scaled up.
   */
  pixelRatio?: number;
  /** Clicking a station calls this (e.g. to open that role's panel); no clicks without it. */
  onStationClick?: (station: Station) => void;
}

/**
 * Mounts the living shop map into `parent`: a Phaser game scaled to fit, drawing `session`'s
 * world every frame. The session's own `frame()` is driven by the play screen, not here.
 *
 * ```ts
 * const map = mountShopMap(el, session, { lang, onStationClick: (s) => openPanel(s) });
 * map.setLang('en'); // live, no remount
 * map.destroy(); // on leaving the play screen
 * ```
 */
export function mountShopMap(
  parent: HTMLElement,
  session: PlaySession | ShopMapSource,
  opts: ShopMapOptions,
): ShopMapHandle {
  const px =
    opts.pixelRatio ??
    pixelRatioFor(parent.clientWidth, parent.clientHeight, window.devicePixelRatio);
  const scene = new ShopMapScene(session, opts.lang, px, opts.onStationClick);
  const game = new Phaser.Game({
    type: opts.renderer === 'canvas' ? Phaser.CANVAS : Phaser.AUTO,
    parent,
    width: MAP_W * px,
    height: MAP_H * px,
    backgroundColor: PALETTE.floor,
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene,
    // Under the e2e's manual clock the map only has to be legible in screenshots: a few frames
    // a second leave the (busy) test machine's CPU to the page being tested.
    ...(manualClock() ? { fps: { limit: 4 } } : {}),
  });
  return {
    destroy: () => game.destroy(true),
    setLang: (lang) => scene.setLang(lang),
    frameMs: () => scene.takeFrameMs(),
    stats: () => ({
      tokens: scene.tokenCount,
      renderer: game.renderer?.type === Phaser.WEBGL ? 'webgl' : 'canvas',
    }),
  };
}
