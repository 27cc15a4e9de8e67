import { useState } from 'preact/hooks';
import { FRICTIONS } from '../../sim/ids';
import { useStation } from './context';
import { Badge, Section } from './widgets';

/** Mystery-shopper task: report the friction met on the way through the shop. */
export function Mystery() {
  const { world, t, act } = useStation();
  const [note, setNote] = useState('');
  return (
    <Section title={t('stations.buyer.mysteryTitle')}>
      <p class="st-muted st-small">{t('stations.buyer.mysteryHint')}</p>
      <input
        class="st-text"
        data-testid="friction-note"
        placeholder={t('stations.buyer.notePlaceholder')}
        maxLength={500}
        value={note}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <ul class="st-plain st-frictions" data-testid="frictions">
        {FRICTIONS.map((f) => (
          <li key={f} class="st-row st-between">
            <span>{t(`common.friction.${f}`)}</span>
            {world.frictionsReported.includes(f) ? (
              <Badge tone="green">{t('stations.buyer.reported')}</Badge>
            ) : (
              <button
                type="button"
                class="st-btn st-btn-xs"
                data-testid={`friction-${f}`}
                onClick={() =>
                  act('report_friction', {
                    kind: f,
                    ...(note.trim() ? { note: note.trim() } : {}),
                  }) && setNote('')
                }
              >
                {t('stations.command.report_friction')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
