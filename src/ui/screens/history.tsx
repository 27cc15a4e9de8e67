import { useEffect, useState } from 'preact/hooks';
import type { Output } from '../../platform/contract';
import { useT } from '../i18n';
import { useApp } from './context';
import { HistoryDetail } from './history-detail';
import { Stars } from './stars';
import { TopBar } from './topbar';

/** The learner's earlier attempts, newest first. */
export function HistoryScreen() {
  const { t, lang } = useT();
  const app = useApp();
  const [list, setList] = useState<Output<'history.list'> | undefined>(undefined);
  const [open, setOpen] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (app.profile) app.platform.history.list(app.profile.id).then(setList, app.fail);
  }, [app.profile?.id]);
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <>
      <TopBar back={() => app.go({ name: 'menu' })} />
      <main class="page" data-testid="history">
        <h1 class="page-title">{t('app.history.title')}</h1>
        {list && list.length === 0 && <p class="card muted">{t('app.history.empty')}</p>}
        {list && list.length > 0 && (
          <table class="card table">
            <thead>
              <tr>
                <th>{t('app.history.when')}</th>
                <th>{t('app.history.scenario')}</th>
                <th>{t('app.history.role')}</th>
                <th>{t('app.history.bots')}</th>
                <th>{t('app.history.stars')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((a) => (
                <tr
                  key={a.id}
                  data-testid="history-row"
                  class="clickable"
                  tabIndex={0}
                  onClick={() => setOpen(a.id)}
                  onKeyDown={(e) => e.key === 'Enter' && setOpen(a.id)}
                >
                  <td>{when.format(new Date(a.finishedAt))}</td>
                  <td>
                    {app.scenarios.find((s) => s.id === a.scenarioId)?.title[lang] ?? a.scenarioId}
                  </td>
                  <td>{t(`roles.${a.role}`)}</td>
                  <td>{t(`common.botLevel.${a.botLevel}`)}</td>
                  <td>
                    <Stars n={a.stars} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {list && list.length > 0 && !open && <p class="muted">{t('app.history.hint')}</p>}
        {open && <HistoryDetail id={open} onClose={() => setOpen(undefined)} />}
      </main>
    </>
  );
}
