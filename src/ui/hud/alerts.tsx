import type { World } from '../../sim/world';
import { useT } from '../i18n';
import { formatClock } from './clock';

/** Live incidents, and the SOP rules the player just broke: what needs attention now. */
export function Alerts({ world, seat }: { world: World; seat: string }) {
  const { t, lang } = useT();
  const incidents = Object.values(world.incidents).filter((i) => i.active);
  const mine = world.violations
    .filter((v) => v.seat === seat)
    .slice(-3)
    .reverse();
  const start = world.scenario.startTime;
  if (incidents.length === 0 && mine.length === 0)
    return (
      <div class="alerts calm muted" data-testid="hud-alerts">
        {t('app.hud.noAlerts')}
      </div>
    );
  return (
    <ul class="alerts" data-testid="hud-alerts" aria-live="polite">
      {incidents.map((i) => (
        <li key={i.id} class="alert incident" data-testid="hud-incident">
          <strong>{t(`common.incidentKind.${i.kind}`)}</strong>
          <span class="muted">{t('app.hud.since', { time: formatClock(start, i.start) })}</span>
        </li>
      ))}
      {mine.map((v, k) => (
        <li key={`v${k}`} class="alert violation" data-testid="hud-violation">
          <strong>{t('app.hud.violation')}</strong>
          <span>{world.scenario.sopCards.find((c) => c.id === v.sop)?.title[lang] ?? v.sop}</span>
          <span class="muted">{formatClock(start, v.t)}</span>
        </li>
      ))}
    </ul>
  );
}
