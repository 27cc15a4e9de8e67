import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n';
import type { GameSession } from '../session/controller';
import { Unavailable, useOptional, type MapHandle } from './optional';

/** The Phaser shop map, mounted once per session; a language switch re-labels it in place. */
export function ShopMap({ session }: { session: GameSession }) {
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
export function Station({ session, version }: { session: GameSession; version: number }) {
  const { t } = useT();
  const mod = useOptional('stations');
  if (mod === null) return <Unavailable part="stations" />;
  if (!mod) return <div class="card muted">{t('app.common.loading')}</div>;
  const Panel = mod.StationPanel;
  return <Panel session={session} version={version} />;
}
