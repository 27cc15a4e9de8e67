import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CommandType } from '../../sim/ids';
import { useT } from '../i18n';
import type { PlaySession } from '../session/play-session';
import { playCue } from '../sound/player';
import { BuyerStation } from './buyer';
import { StationProvider, type Station } from './context';
import { clockLabel } from './format';
import { OpsStation } from './ops';
import { SopDueStrip } from './sop-due';
import { SupportStation } from './support';
import { WarehouseStation } from './warehouse';
import './stations.css';

interface Toast {
  id: number;
  text: string;
  kind: 'ok' | 'info' | 'error';
}

/** How long a toast stays: refusals longer, so the reason can be read. */
const TOAST_MS = { ok: 2500, info: 4000, error: 6000 } as const;

/**
 * The station panel of the player's role: a dock beside the map from which every action of
 * the role can be taken. `version` changes whenever the world changed, which re-renders it.
 */
export function StationPanel(props: { session: PlaySession; version: number }) {
  const { session } = props;
  const { t, lang } = useT();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const timers = useRef<number[]>([]);
  useEffect(() => () => timers.current.forEach((h) => clearTimeout(h)), []);

  const notify = useCallback((text: string, kind: Toast['kind'] = 'info') => {
    const id = nextId.current++;
    setToasts((list) => [...list.slice(-2), { id, text, kind }]);
    timers.current.push(
      window.setTimeout(() => setToasts((list) => list.filter((x) => x.id !== id)), TOAST_MS[kind]),
    );
  }, []);

  const act = useCallback(
    (type: CommandType, payload: Record<string, unknown>) => {
      const r = session.act(type, payload);
      playCue(r.ok ? 'accepted' : 'refused');
      if (r.ok) {
        notify(t('stations.done', { action: t(`stations.command.${type}`) }), 'ok');
        return true;
      }
      const known = t(`reject.${r.reasonKey}`, r.params ?? {});
      notify(known === `reject.${r.reasonKey}` ? r.reason : known, 'error');
      return false;
    },
    [session, notify, t],
  );

  const seat = session.seat;
  const station: Station = { session, world: session.world, t, lang, act, notify };
  const role = seat?.role;
  return (
    <aside
      class="st-panel"
      data-testid="station-panel"
      data-role={role ?? 'none'}
      data-version={props.version}
    >
      <header class="st-head">
        <span class="st-role">{role ? t(`roles.${role}`) : '—'}</span>
        <span class="st-title">
          {role && role !== 'trainer' ? t(`stations.panelTitle.${role}`) : t('stations.title')}
        </span>
        <span class="st-clock" data-testid="station-clock">
          {clockLabel(session.world, session.world.clock)}
        </span>
      </header>
      <div class="st-body">
        <StationProvider value={station}>
          {role && role !== 'trainer' ? <SopDueStrip role={role} /> : null}
          {role === 'support' ? (
            <SupportStation />
          ) : role === 'ops' ? (
            <OpsStation />
          ) : role === 'warehouse' ? (
            <WarehouseStation />
          ) : role === 'buyer' ? (
            <BuyerStation customer={seat?.customer} />
          ) : (
            <p class="st-empty">{t(role ? 'stations.trainerSeat' : 'stations.noSeat')}</p>
          )}
        </StationProvider>
      </div>
      <div class="st-toasts" aria-live="polite">
        {toasts.map((x) => (
          <div
            key={x.id}
            class={`st-toast st-toast-${x.kind}`}
            data-testid={`toast-${x.kind}`}
            role={x.kind === 'error' ? 'alert' : 'status'}
            onClick={() => setToasts((list) => list.filter((y) => y.id !== x.id))}
          >
            {x.kind === 'error' ? <strong>{t('stations.refused')} </strong> : null}
            {x.text}
          </div>
        ))}
      </div>
    </aside>
  );
}
