import { useState } from 'preact/hooks';
import type { ReplyTemplate } from '../../sim/ids';
import type { Ticket } from '../../sim/world';
import type { PlaySession } from '../session/play-session';
import { useStation, type Station } from './context';
import { replyOptions } from './model-support';

/**
 * Unsent free-text replies per session and chat: a draft survives switching chats, pausing and
 * the panel re-mounting, and comes back when its chat is opened again.
 */
const DRAFTS = new WeakMap<PlaySession, Map<string, string>>();
const draftsOf = (session: PlaySession) => {
  let m = DRAFTS.get(session);
  if (!m) DRAFTS.set(session, (m = new Map<string, string>()));
  return m;
};

/**
 * The quick reply that answers and closes in one click: picks the chat up if it still waits,
 * sends the answer, resolves. Stops at the first refusal (its toast says why).
 */
export function answerAndResolve(act: Station['act'], tk: Ticket, template: ReplyTemplate) {
  if (tk.state === 'waiting' && !act('pick_up_ticket', { ticket: tk.id })) return false;
  if (!act('reply_ticket', { ticket: tk.id, template })) return false;
  return act('resolve_ticket', { ticket: tk.id });
}

/**
 * Quick replies (the SOP cards' first, the topic's answer marked), the answer-and-resolve
 * button for topics a reply alone settles, and a free-text reply.
 */
export function ReplyBox(props: { ticket: Ticket; onText: (s: string) => void }) {
  const { world, t, act, session } = useStation();
  const tk = props.ticket;
  const drafts = draftsOf(session);
  const [draft, setDraftState] = useState(() => drafts.get(tk.id) ?? '');
  const setDraft = (s: string) => {
    if (s) drafts.set(tk.id, s);
    else drafts.delete(tk.id);
    setDraftState(s);
  };
  const options = replyOptions(world, tk.topic);
  const closing = options.filter((o) => o.solves);
  const send = () => {
    const s = draft.trim();
    if (!s) return;
    if (act('reply_ticket', { ticket: tk.id, text: s })) {
      props.onText(s);
      setDraft('');
    }
  };
  return (
    <div class="st-reply">
      {closing.length ? (
        <div class="st-row st-wrap" data-testid={`ticket-${tk.id}-closers`}>
          {closing.map((o) => (
            <button
              key={o.template}
              type="button"
              class="st-btn st-btn-sm st-primary"
              data-testid={`ticket-${tk.id}-answer-resolve-${o.template}`}
              title={t('tools.answerResolveHint', {
                reply: t(`stations.reply.text.${o.template}`),
              })}
              onClick={() => answerAndResolve(act, tk, o.template)}
            >
              {t('tools.answerResolve', { reply: t(`stations.reply.label.${o.template}`) })}
              <kbd class="st-kbd">A</kbd>
            </button>
          ))}
        </div>
      ) : null}
      <div class="st-quick" data-testid={`ticket-${tk.id}-quick-replies`}>
        {options.map((o) => (
          <button
            key={o.template}
            type="button"
            class={`st-btn st-btn-sm${o.sop ? ' st-sop-reply' : ''}${o.solves ? ' st-solves' : ''}`}
            title={t(`stations.reply.text.${o.template}`)}
            data-testid={`ticket-${tk.id}-reply-${o.template}`}
            onClick={() => act('reply_ticket', { ticket: tk.id, template: o.template })}
          >
            {o.solves ? '★ ' : ''}
            {t(`stations.reply.label.${o.template}`)}
          </button>
        ))}
      </div>
      <div class="st-row">
        <input
          class="st-text st-grow"
          data-testid={`ticket-${tk.id}-reply-text`}
          placeholder={t('stations.support.freeText')}
          maxLength={1000}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') send();
          }}
        />
        <button
          type="button"
          class="st-btn st-primary"
          data-testid={`ticket-${tk.id}-reply-send`}
          onClick={send}
        >
          {t('stations.support.send')}
        </button>
      </div>
    </div>
  );
}
