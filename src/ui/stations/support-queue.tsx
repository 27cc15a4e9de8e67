import { useStation } from './context';
import { durationLabel, refNo } from './format';
import type { QueueRow } from './model-support';
import { Badge } from './widgets';

/** The chat queue: longest unanswered wait first, with the live SLA timer. */
export function SupportQueue(props: {
  rows: QueueRow[];
  selected?: string;
  onSelect: (id: string) => void;
}) {
  const { t, act } = useStation();
  return (
    <ol class="st-queue" data-testid="ticket-queue">
      {props.rows.map((r) => {
        const id = r.ticket.id;
        return (
          <li
            key={id}
            class={`st-queue-row${id === props.selected ? ' st-sel' : ''}${r.late && !r.answered ? ' st-late' : ''}`}
            data-testid={`ticket-${id}`}
            data-state={r.ticket.state}
            onClick={() => props.onSelect(id)}
          >
            <div class="st-queue-top">
              <Badge tone={topicTone(r.ticket.topic)}>
                {t(`common.ticketTopic.${r.ticket.topic}`)}
              </Badge>
              <span
                class={`st-timer${r.late ? ' st-timer-late' : ''}${r.answered ? ' st-timer-stopped' : ''}`}
                data-testid={`ticket-${id}-sla`}
                title={t('stations.support.slaHint')}
              >
                {durationLabel(r.wait)}
              </span>
            </div>
            <div class="st-queue-bottom">
              <span class="st-muted">
                {t('stations.ref.ticket', { id: refNo(id) })}
                {r.ticket.order
                  ? ` · ${t('stations.ref.order', { id: refNo(r.ticket.order) })}`
                  : ''}
              </span>
              <span class="st-muted">{t(`stations.ticketState.${r.ticket.state}`)}</span>
              {r.ticket.state === 'waiting' ? (
                <button
                  type="button"
                  class="st-btn st-btn-xs st-primary"
                  data-testid={`ticket-${id}-pick-up`}
                  onClick={(e) => {
                    e.stopPropagation();
                    props.onSelect(id);
                    act('pick_up_ticket', { ticket: id });
                  }}
                >
                  {t('stations.command.pick_up_ticket')}
                </button>
              ) : r.ticket.solved ? (
                <Badge tone="green">{t('stations.support.solved')}</Badge>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function topicTone(topic: string): 'red' | 'amber' | 'blue' | 'grey' {
  if (topic === 'bad_review' || topic === 'damaged') return 'red';
  if (topic === 'urge' || topic === 'wismo' || topic === 'aftersale') return 'amber';
  if (topic === 'presale' || topic === 'bargain') return 'blue';
  return 'grey';
}
