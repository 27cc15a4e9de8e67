import { useState } from 'preact/hooks';
import { profileNameProblem } from '../../platform/profile-name';
import { LANGS, type Lang } from '../../sim/ids';
import { useT } from '../i18n';
import { useApp } from './context';

/** First launch: the learner names a profile and picks a language. */
export function Welcome() {
  const { t, lang } = useT();
  const app = useApp();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const problem = profileNameProblem(name);
  const ok = problem === null;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!ok || busy) return;
    setBusy(true);
    try {
      await app.createProfile(name.trim());
    } catch (err) {
      app.fail(err);
      setBusy(false);
    }
  };
  const pick = (l: Lang) => void app.updateSettings({ language: l });

  return (
    <main class="welcome">
      <form class="card welcome-card" onSubmit={(e) => void submit(e)}>
        <div class="logo big" aria-hidden="true">
          道
        </div>
        <h1>{t('app.title')}</h1>
        <p class="muted">{t('app.welcome.tagline')}</p>
        <fieldset class="field">
          <legend>{t('app.welcome.language')}</legend>
          <div class="segmented" role="radiogroup">
            {LANGS.map((l) => (
              <button
                type="button"
                key={l}
                role="radio"
                aria-checked={lang === l}
                class={lang === l ? 'on' : ''}
                data-testid={`welcome-lang-${l}`}
                onClick={() => pick(l)}
              >
                {t(`app.lang.${l}`)}
              </button>
            ))}
          </div>
        </fieldset>
        {app.profiles.length > 0 && (
          <fieldset class="field">
            <legend>{t('app.welcome.pickProfile')}</legend>
            <div class="profiles">
              {app.profiles.map((p) => (
                <button
                  type="button"
                  key={p.id}
                  class={p.id === app.profile?.id ? 'btn on' : 'btn'}
                  data-testid={`profile-${p.id}`}
                  onClick={() => void app.selectProfile(p.id).catch(app.fail)}
                >
                  {p.name}
                </button>
              ))}
            </div>
          </fieldset>
        )}
        <label class="field">
          <span>{t(app.profiles.length > 0 ? 'app.welcome.newProfile' : 'app.welcome.name')}</span>
          <input
            data-testid="profile-name-input"
            value={name}
            maxLength={40}
            placeholder={t('app.welcome.namePlaceholder')}
            aria-invalid={problem !== null && problem !== 'empty'}
            aria-describedby="profile-name-problem"
            onInput={(e) => setName(e.currentTarget.value)}
          />
          {problem !== null && problem !== 'empty' && (
            <span
              id="profile-name-problem"
              class="field-error"
              role="alert"
              data-testid="profile-name-problem"
            >
              {t(`app.welcome.nameProblem.${problem}`)}
            </span>
          )}
        </label>
        <button
          type="submit"
          class="btn primary wide"
          disabled={!ok || busy}
          data-testid="profile-create"
        >
          {t('app.welcome.start')}
        </button>
      </form>
    </main>
  );
}
