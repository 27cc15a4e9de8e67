import { useStation } from './context';
import { clockLabel } from './format';
import { myTickets } from './model-buyer';
import { Badge, Empty } from './widgets';

/** The customer's side of the conversations with support: what they asked, what came back. */
export function MyChats(props: { customer: string; asked: Record<string, string> }) {
  const { world, t } = useStation();
  const tickets = myTickets(world, props.customer);
  if (!tickets.length) return <Empty>{t('stations.buyer.noChats')}</Empty>;
  return (
    <div class="st-list" data-testid="my-chats">
      {tickets.map((tk) => (
        <div key={tk.id} class="st-card">
          <div class="st-row st-between">
            <Badge tone="blue">{t(`common.ticketTopic.${tk.topic}`)}</Badge>
            <span class="st-muted">
              {clockLabel(world, tk.openedAt)} · {t(`stations.ticketState.${tk.state}`)}
            </span>
          </div>
          <div class="st-chat">
            <div class="st-msg st-msg-out">
              {props.asked[tk.id] ?? t(`stations.says.${tk.topic}`)}
            </div>
            {tk.templates.map((tpl, i) => (
              <div key={i} class="st-msg st-msg-in">
                {t(`stations.reply.text.${tpl}`)}
              </div>
            ))}
            {tk.replies > tk.templates.length ? (
              <div class="st-msg-sys">
                {t('stations.buyer.otherReplies', { n: tk.replies - tk.templates.length })}
              </div>
            ) : null}
            {tk.replies === 0 ? (
              <div class="st-msg-sys">{t('stations.buyer.waitingReply')}</div>
            ) : null}
          </div>
        </div>
      ))}
    </div>
  );
}
