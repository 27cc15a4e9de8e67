import type { Role } from '../../sim/ids';
import { tutorialProgress } from '../../sim/tutorial';
import type { World } from '../../sim/world';
import { useT } from '../i18n';

/**
 * The scenario's guided steps for the player's role: done ones ticked, the next one
 * highlighted. While the next step waits on the world (the parcel on its way, a listing job
 * running) and nothing needs the player, it points to the skip control.
 */
export function TutorialSteps({
  world,
  role,
  idle,
  onSkip,
}: {
  world: World;
  role: Role;
  /** Nothing needs the player now: the skip control would run. */
  idle?: boolean;
  onSkip?: () => void;
}) {
  const { t, lang } = useT();
  const steps = tutorialProgress(world).filter((s) => s.role === role);
  if (steps.length === 0) return null;
  const next = steps.find((s) => !s.done)?.index;
  const waitsOnWorld =
    next !== undefined && waiting(world, world.scenario.tutorial[next]?.doneWhen);
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
      {idle && onSkip && waitsOnWorld && !world.finished ? (
        <p class="tutorial-skip" data-testid="tutorial-skip">
          {t('tools.skip.tutorial')}{' '}
          <button
            type="button"
            class="btn primary"
            data-testid="tutorial-skip-button"
            onClick={onSkip}
          >
            » {t('tools.skip.label')}
          </button>
        </p>
      ) : null}
    </section>
  );
}

/**
 * Steps that wait on someone else once the player has done their part: the parcel's delivery,
 * a listing job under way, the customer's question, a paid order reaching the pick list.
 */
function waiting(world: World, doneWhen: string | undefined): boolean {
  switch (doneWhen) {
    case 'confirmed':
      return Object.values(world.orders).some((o) => o.paidAt !== undefined);
    case 'listing_improved':
      return Object.values(world.skus).some((s) => Object.keys(s.listingWork).length > 0);
    case 'ticket_first_reply':
    case 'picked':
      return true;
    default:
      return false;
  }
}
