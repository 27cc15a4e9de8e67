import { useEffect, useState } from 'preact/hooks';
import type { Role } from '../../sim/ids';
import { useBaseline } from '../hud/baseline';
import { Hud } from '../hud/hud';
import { useT } from '../i18n';
import type { ClassSession } from '../session/class-session';
import { useApp } from './context';
import { PlayArea } from './play-parts';
import { TopBar } from './topbar';

/**
 * A class learner's play screen: the same map, HUD and station as solo play, over this
 * window's copy of the team's world. The trainer sets the pace; the team sits in the top bar
 * with who is online; when the day ends the learner opens the 复盘 of the team's run.
 */
export function ClassPlay({ session }: { session: ClassSession }) {
  const { t, lang } = useT();
  const app = useApp();
  const [version, setVersion] = useState(0);
  const baseline = useBaseline(session.scenario, session.world.seed);

  useEffect(() => session.subscribe(() => setVersion((v) => v + 1)), [session]);
  // Leaving the screen leaves the room; the seat stays the learner's until the class ends.
  useEffect(() => () => void session.leave(), [session]);

  const seatRole = session.seat?.role;
  const role: Role = seatRole && seatRole !== 'trainer' ? seatRole : 'buyer';
  const leave = () => app.go({ name: 'join' });
  const debrief = () =>
    app.go({ name: 'debrief', session: session.toDebrief(), role, botLevel: 'competent' });

  return (
    <>
      <TopBar busy>
        <span class="run-title" data-testid="run-title">
          {session.scenario.title[lang]} · {t('class.join.team', { n: session.team })} ·{' '}
          {t(`roles.${role}`)}
        </span>
        <ul class="class-mates" data-testid="class-mates" aria-label={t('class.join.teammates')}>
          {session.mates().map((m) => (
            <li
              key={m.seat}
              data-testid={`class-mate-${m.seat}`}
              data-online={m.name ? (m.online ? 'yes' : 'no') : 'bot'}
              title={
                m.name
                  ? `${m.name} · ${t(m.online ? 'class.join.online' : 'class.join.offline')}`
                  : t('class.join.bot')
              }
            >
              <span class="dot" aria-hidden="true" />
              {t(`roles.${m.role}`)} · {m.name || t('class.join.bot')}
            </li>
          ))}
        </ul>
        <button type="button" class="btn ghost" data-testid="class-leave" onClick={leave}>
          {t('class.play.leave')}
        </button>
      </TopBar>
      <Hud session={session} baseline={baseline} />
      {session.refusals.map((r) => (
        <p class="notice error" role="alert" key={r.id} data-testid="class-refused">
          {t('class.play.refused', {
            action: t(`stations.command.${r.type}`),
            reason: t(`reject.${r.reasonKey}`, r.params),
          })}
          <button type="button" class="btn ghost small" onClick={() => session.dismiss(r.id)}>
            {t('class.play.dismiss')}
          </button>
        </p>
      ))}
      {session.state === 'finished' && (
        <section class="card class-ended" data-testid="class-ended">
          <h2>{t('class.play.ended')}</h2>
          <button type="button" class="btn primary" data-testid="class-debrief" onClick={debrief}>
            {t('class.play.debrief')}
          </button>
        </section>
      )}
      <PlayArea session={session} version={version} pausedText={t('class.play.paused')} />
    </>
  );
}
