import { useState } from 'preact/hooks';
import { findClass, joinClass, type PublicClass } from '../../platform/class-client';
import { useT } from '../i18n';
import { ClassSession } from '../session/class-session';
import { useApp } from './context';
import { TopBar } from './topbar';

type Step = { name: 'find' } | { name: 'pick'; cls: PublicClass };

/**
 * Joining a class from the browser build the host serves: the class code and a name, then a
 * team and a free seat. The seat and its role come from the host, which refuses a taken seat,
 * a full team, a wrong code or a closed class with a reason shown in the learner's language.
 * Seated, the learner goes straight to the team's shop (the class play screen).
 */
export function JoinScreen({ code: initial }: { code?: string }) {
  const { t, lang } = useT();
  const app = useApp();
  const [code, setCode] = useState(initial ?? '');
  const [name, setName] = useState(app.profile?.name ?? '');
  const [step, setStep] = useState<Step>({ name: 'find' });
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const refused = (why: string) => setError(t(`class.refuse.${why}`, { detail: '' }));

  const find = async (e: Event) => {
    e.preventDefault();
    setError('');
    const found = await findClass(code);
    if ('refusal' in found) return refused(found.refusal);
    setStep({ name: 'pick', cls: found });
  };

  const take = async (cls: PublicClass, roomId: string, seat: string, team: number) => {
    setBusy(true);
    setError('');
    try {
      const joined = await joinClass(roomId, { code: cls.code, name: name.trim(), seat, lang });
      app.go({ name: 'class-play', session: new ClassSession(joined, team) });
    } catch (err) {
      const why = (err as { why?: string }).why;
      if (why) refused(why);
      else app.fail(err);
      setStep({ name: 'pick', cls: (await findClass(cls.code).catch(() => cls)) as PublicClass });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <TopBar>
        <button type="button" class="btn ghost" onClick={() => app.go({ name: 'menu' })}>
          {t('class.join.back')}
        </button>
      </TopBar>
      <main class="page join" data-testid="join-screen" data-step={step.name}>
        <h1 class="page-title">{t('class.join.title')}</h1>
        {error && (
          <p class="notice error" role="alert" data-testid="join-error">
            {error}
          </p>
        )}
        {step.name === 'find' && (
          <form class="card" onSubmit={(e) => void find(e)}>
            <p class="muted">{t('class.join.intro')}</p>
            <label class="field">
              <span>{t('class.join.code')}</span>
              <input
                data-testid="join-code"
                value={code}
                maxLength={8}
                autoComplete="off"
                onInput={(e) => setCode(e.currentTarget.value)}
              />
            </label>
            <label class="field">
              <span>{t('class.join.name')}</span>
              <input
                data-testid="join-name"
                value={name}
                maxLength={40}
                onInput={(e) => setName(e.currentTarget.value)}
              />
            </label>
            <button
              type="submit"
              class="btn primary"
              data-testid="join-find"
              disabled={!code.trim() || !name.trim()}
            >
              {t('class.join.find')}
            </button>
          </form>
        )}
        {step.name === 'pick' && (
          <section>
            <h2 class="section-title">
              {step.cls.scenario.title[lang] ?? step.cls.scenario.id} · {t('class.join.pick')}
            </h2>
            <div class="join-teams">
              {step.cls.teams.map((team) => (
                <div class="card" key={team.roomId} data-testid={`join-team-${team.team}`}>
                  <h3>{t('class.join.team', { n: team.team })}</h3>
                  <ul class="join-seats">
                    {team.seats.map((s) => (
                      <li key={s.seat}>
                        <strong>{t(`roles.${s.role}`)}</strong>{' '}
                        {s.taken ? (
                          <span class="muted">{s.name}</span>
                        ) : (
                          <button
                            type="button"
                            class="btn primary small"
                            disabled={busy}
                            data-testid={`join-seat-${team.team}-${s.seat}`}
                            onClick={() => void take(step.cls, team.roomId, s.seat, team.team)}
                          >
                            {busy ? t('class.join.busy') : t('class.join.take')}
                          </button>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </section>
        )}
      </main>
    </>
  );
}
