import type { Role } from '../../sim/ids';
import { tutorialProgress } from '../../sim/tutorial';
import type { World } from '../../sim/world';
import { useT } from '../i18n';

/** The scenario's guided steps for the player's role: done ones ticked, the next one highlighted. */
export function TutorialSteps({ world, role }: { world: World; role: Role }) {
  const { t, lang } = useT();
  const steps = tutorialProgress(world).filter((s) => s.role === role);
  if (steps.length === 0) return null;
  const next = steps.find((s) => !s.done)?.index;
  return (
    <section class="card tutorial" data-testid="hud-tutorial">
      <h3>{t('app.hud.tutorial')}</h3>
      <ol>
        {steps.map((s) => (
          <li
            key={s.index}
            class={s.done ? 'done' : s.index === next ? 'next' : ''}
            data-testid="tutorial-step"
            data-done={s.done ? 'yes' : 'no'}
          >
            <span class="tick" aria-hidden="true">
              {s.done ? '✓' : s.index === next ? '▶' : '○'}
            </span>
            <span>{world.scenario.tutorial[s.index]?.text[lang]}</span>
            <span class="sr-only">{t(s.done ? 'app.hud.stepDone' : 'app.hud.stepTodo')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
