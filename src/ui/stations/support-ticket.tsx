import { useStation } from './context';
import { clockLabel, durationLabel, text } from './format';
import { SLA_S, solvingReplies, supportSops, topicActions } from './model-support';
import { TicketActions } from './support-actions';
import { OrderCard } from './support-order';
import { ReplyBox } from './support-reply';
import { Badge } from './widgets';

/** One conversation: who, what about, the transcript, the order and every action on it. */
export function TicketView(props: {
  ticket: string;
  looked: ReadonlySet<string>;
  onLooked: (key: string) => void;
  texts: string[];
  onText: (s: string) => void;
}) {
  const { world, t, lang } = useStation();
  const tk = world.tickets[props.ticket];
  if (!tk) return null;
  const customer = world.customers[tk.customer];
  const persona = world.scenario.demand.personas.find((p) => p.id === customer?.persona);
  const wait = (tk.firstReplyAt ?? world.clock) - tk.openedAt;
  const skuName = tk.sku ? world.scenario.catalogue.find((c) => c.id === tk.sku) : undefined;
  const hints = topicActions(tk.topic);
  const ended = tk.state === 'closed' || tk.state === 'resolved';
  return (
    <div
      class="st-ticket"
      data-testid={`ticket-view-${tk.id}`}
      data-topic={tk.topic}
      data-state={tk.state}
      data-solved={tk.solved ? 'yes' : 'no'}
      data-replied={tk.firstReplyAt !== undefined ? 'yes' : 'no'}
    >
      <div class="st-ticket-head">
        <div>
          <strong>{persona ? text(persona.name, lang) : tk.customer}</strong>
          <span class="st-muted"> · {t(`common.ticketTopic.${tk.topic}`)}</span>
          {skuName ? <span class="st-muted"> · {text(skuName.name, lang)}</span> : null}
        </div>
        <div class="st-ticket-timers">
          <Badge tone={tk.firstReplyAt !== undefined ? 'green' : wait > SLA_S ? 'red' : 'amber'}>
            {t('stations.support.firstResponse', { time: durationLabel(wait) })}
          </Badge>
          <Badge tone="grey">{t(`stations.ticketState.${tk.state}`)}</Badge>
        </div>
      </div>
      <div class="st-chat" data-testid={`ticket-${tk.id}-transcript`}>
        <div class="st-msg st-msg-in">
          <span class="st-msg-time">{clockLabel(world, tk.openedAt)}</span>
          {t(`stations.says.${tk.topic}`)}
        </div>
        {tk.templates.map((tpl, i) => (
          <div key={`t${i}`} class="st-msg st-msg-out">
            {t(`stations.reply.text.${tpl}`)}
          </div>
        ))}
        {props.texts.map((s, i) => (
          <div key={`x${i}`} class="st-msg st-msg-out">
            {s}
          </div>
        ))}
        {ended ? (
          <div class="st-msg-sys">{t('stations.support.closed', { rating: tk.rating ?? '—' })}</div>
        ) : null}
      </div>
      <div class="st-hint" data-testid={`ticket-${tk.id}-hint`} hidden={ended}>
        {t('stations.support.hint')}{' '}
        {[
          ...(solvingReplies(tk.topic) ? [t('stations.support.hintReply')] : []),
          ...hints.map((c) => t(`stations.command.${c}`)),
        ].join(t('common.listSeparator'))}
      </div>
      {/* A closed chat is history: no reply or action buttons that would only be refused. */}
      {ended ? null : <ReplyBox key={tk.id} ticket={tk} onText={props.onText} />}
      <OrderCard ticket={tk} looked={props.looked} onLooked={props.onLooked} />
      {ended ? null : <TicketActions ticket={tk} />}
      <SopSteps />
    </div>
  );
}

/** The support SOP cards in play, folded: their steps are the hints of good practice. */
function SopSteps() {
  const { world, lang, t } = useStation();
  const cards = supportSops(world);
  if (!cards.length) return null;
  return (
    <details class="st-sop" data-testid="support-sop">
      <summary>{t('stations.support.sop', { n: cards.length })}</summary>
      {cards.map((c) => (
        <div key={c.id}>
          <strong>{text(c.title, lang)}</strong>
          <ol>
            {c.steps.map((s, i) => (
              <li key={i}>{text(s, lang)}</li>
            ))}
          </ol>
        </div>
      ))}
    </details>
  );
}
