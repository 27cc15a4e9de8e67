import { useState } from 'preact/hooks';
import { useStation } from './context';
import { useKeys } from './keys';
import { badReviews, pendingAftersales, replyOptions, supportQueue } from './model-support';
import { AftersaleList } from './support-aftersale';
import { answerAndResolve } from './support-reply';
import { SupportQueue } from './support-queue';
import { ReviewList } from './support-reviews';
import { TicketView } from './support-ticket';
import { Tabs } from './widgets';

type Tab = 'chats' | 'aftersales' | 'reviews';

/** 客服 station: the chat queue with SLA timers, the open conversation, after-sales and reviews. */
export function SupportStation() {
  const { world, t, session, act } = useStation();
  const [tab, setTab] = useState<Tab>('chats');
  const [selected, setSelected] = useState<string | undefined>();
  // Look-ups done so far (`order:<id>` / `logistics:<id>`): their results stay on screen.
  const [looked, setLooked] = useState<ReadonlySet<string>>(new Set());
  // Free-text replies are not kept by the sim; the transcript remembers them here.
  const [texts, setTexts] = useState<Record<string, string[]>>({});
  const queue = supportQueue(world, session.humanSeat);
  const current = selected && world.tickets[selected] ? selected : queue[0]?.ticket.id;
  const unfollowed = badReviews(world).filter((r) => !r.review.followedUp).length;
  const open = current ? world.tickets[current] : undefined;
  const claims = pendingAftersales(world, session.humanSeat).length;
  // Teaching speed slows the clock while a chat is open on screen or claims wait on the tab.
  session.decisionOpen =
    tab === 'chats'
      ? !!open && open.state !== 'closed' && open.state !== 'resolved'
      : tab === 'aftersales' && claims > 0;
  const move = (by: number) => {
    const i = queue.findIndex((q) => q.ticket.id === current);
    const next = queue[(i + by + queue.length) % Math.max(1, queue.length)];
    if (next) setSelected(next.ticket.id);
  };
  useKeys({
    j: () => move(1),
    k: () => move(-1),
    p: () => open?.state === 'waiting' && act('pick_up_ticket', { ticket: open.id }),
    a: () => {
      const answer = open && replyOptions(world, open.topic).find((o) => o.solves);
      if (open && answer) answerAndResolve(act, open, answer.template);
    },
    o: () => {
      const order = open?.order;
      if (open && order && act('lookup_order', { order, ticket: open.id }))
        setLooked(new Set([...looked, `order:${order}`]));
    },
    r: () => open && act('resolve_ticket', { ticket: open.id }),
  });
  return (
    <div class="st-support">
      <Tabs
        testid="support-tab"
        active={tab}
        onChange={setTab}
        tabs={[
          {
            id: 'chats',
            label: t('stations.support.tab.chats'),
            badge: queue.filter((q) => !q.answered).length,
          },
          {
            id: 'aftersales',
            label: t('stations.support.tab.aftersales'),
            badge: claims,
          },
          { id: 'reviews', label: t('stations.support.tab.reviews'), badge: unfollowed },
        ]}
      />
      {tab === 'chats' ? (
        <div class="st-split">
          <SupportQueue rows={queue} selected={current} onSelect={setSelected} />
          {current ? (
            <TicketView
              ticket={current}
              looked={looked}
              onLooked={(k) => setLooked(new Set([...looked, k]))}
              texts={texts[current] ?? []}
              onText={(s) => setTexts({ ...texts, [current]: [...(texts[current] ?? []), s] })}
            />
          ) : (
            <p class="st-empty st-grow">{t('stations.support.noChats')}</p>
          )}
        </div>
      ) : tab === 'aftersales' ? (
        <AftersaleList />
      ) : (
        <ReviewList />
      )}
    </div>
  );
}
