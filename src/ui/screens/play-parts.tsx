import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Alerts } from '../hud/alerts';
import { useT } from '../i18n';
import type { PlaySession } from '../session/play-session';
import { Unavailable, useOptional, type MapHandle } from './optional';

/** The Phaser shop map, mounted once per session; a language switch re-labels it in place. */
export function ShopMap({ session }: { session: PlaySession }) {
  const { t, lang } = useT();
  const mod = useOptional('map');
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<MapHandle | null>(null);
  const langRef = useRef(lang);
  langRef.current = lang;

  useEffect(() => {
    if (!mod || !host.current) return;
    handle.current = mod.mountShopMap(host.current, session, { lang: langRef.current });
    return () => {
      handle.current?.destroy();
      handle.current = null;
    };
  }, [mod, session]);
  useEffect(() => handle.current?.setLang(lang), [lang]);

  if (mod === null) return <Unavailable part="map" />;
  return (
    <div
      class="map"
      ref={host}
      data-testid="map"
      aria-label={t('app.play.map')}
      aria-busy={mod === undefined}
    />
  );
}

/** The player's role station (chat queue, dashboard, pick-pack floor or storefront). */
export function Station({ session, version }: { session: PlaySession; version: number }) {
  const { t } = useT();
  const mod = useOptional('stations');
  if (mod === null) return <Unavailable part="stations" />;
  if (!mod) return <div class="card muted">{t('app.common.loading')}</div>;
  const Panel = mod.StationPanel;
  return <Panel session={session} version={version} />;
}

/**
 * The play area of a run: the map with its alerts (and what else goes under it) beside the
 * station, and the paused badge. Solo play and a class seat share it.
 */
export function PlayArea(props: {
  session: PlaySession;
  version: number;
  /** Under the map and alerts: the tutorial's steps in solo play. */
  below?: ComponentChildren;
  pausedText: string;
}) {
  const { session } = props;
  return (
    <main
      class="play"
      data-testid="play"
      data-state={session.state}
      data-clock={session.world.clock}
      data-class={session.remote ? 'yes' : 'no'}
    >
      <div class="play-left">
        <ShopMap session={session} />
        <Alerts world={session.world} seat={session.humanSeat} />
        {props.below}
      </div>
      <div class="play-right">
        <Station session={session} version={props.version} />
      </div>
      {session.state === 'paused' && (
        <div class="paused-badge" data-testid="paused">
          {props.pausedText}
        </div>
      )}
    </main>
  );
}
