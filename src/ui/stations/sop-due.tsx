import type { Role } from '../../sim/ids';
import { useStation } from './context';
import { durationLabel, refNo, text } from './format';
import { sopDue, type SopDue } from './model-sop';

/** A strip of the SOP deadlines running for this role: one line per rule, its soonest case first. */
export function SopDueStrip(props: { role: Role }) {
  const { world, t, lang } = useStation();
  const groups = new Map<string, { first: SopDue; n: number }>();
  for (const d of sopDue(world, props.role)) {
    const g = groups.get(d.rule.id);
    if (g) g.n++;
    else groups.set(d.rule.id, { first: d, n: 1 });
  }
  if (!groups.size) return null;
  return (
    <ul class="st-due" data-testid="sop-due">
      {[...groups.values()].map(({ first: d, n }) => (
        <li key={d.rule.id} class={d.left < 120 ? 'st-due-urgent' : ''}>
          <span class="st-timer">{durationLabel(d.left)}</span>
          <span class="st-grow">{text(d.rule.text, lang)}</span>
          <span class="st-muted">
            {d.ref.startsWith('review:')
              ? d.ref.replace(/^review:/, t('stations.reviewRef'))
              : t(/^t\d/.test(d.ref) ? 'stations.ref.ticket' : 'stations.ref.order', {
                  id: refNo(d.ref),
                })}
            {n > 1 ? ` ${t('stations.moreDue', { n: n - 1 })}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
