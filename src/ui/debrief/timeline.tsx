import { useMemo, useState } from 'preact/hooks';
import { LOCALES } from '../../i18n';
import type { Lang } from '../../sim/ids';
import { formatClock, formatUnit } from '../../sim/review/format';
import { renderMsg, renderParam } from '../../sim/review/render';
import type { World } from '../../sim/world';
import { useT } from '../i18n';
import type { DebriefCore } from './model';
import {
  countByKind,
  filterTimeline,
  TIMELINE_KINDS,
  timelineTitle,
  type TimelineItem,
  type TimelineKind,
} from './timeline-model';

const clock = (w: World, t: number, lang: Lang) => formatClock(w.scenario.startTime, t, lang);

/** The detail pane of the selected row. */
function Detail({ item, core }: { item: TimelineItem; core: DebriefCore }) {
  const { t, lang } = useT();
  const { world, doc } = core;
  const m = LOCALES[lang];
  const lines: string[] = [];
  lines.push(
    item.to > item.t
      ? t('debrief.timeline.window', {
          from: clock(world, item.t, lang),
          to: clock(world, item.to, lang),
        })
      : t('debrief.timeline.at', { time: clock(world, item.t, lang) }),
  );
  if (item.sku)
    lines.push(
      t('debrief.timeline.sku', { sku: renderParam({ type: 'sku', sku: item.sku }, lang, world) }),
    );
  if (item.role) lines.push(t('debrief.timeline.role', { role: m.roles[item.role] }));
  if (item.sop)
    lines.push(
      t('debrief.timeline.sop', { sop: renderParam({ type: 'sop', sop: item.sop }, lang, world) }),
    );
  if (item.kind === 'price' && item.value !== undefined) {
    const money = (v: number) => formatUnit('money', v, lang);
    lines.push(
      t('debrief.timeline.change', {
        from: item.prior === undefined ? '—' : money(item.prior),
        to: money(item.value),
      }),
    );
  }
  let about = t(`debrief.timeline.detail.${item.kind}`);
  if (item.kind === 'incident') {
    const causes = doc.causes.filter((c) => c.incidents.some((i) => i.id === item.incident));
    about =
      causes.length === 0
        ? t('debrief.timeline.detail.incidentPlain')
        : t('debrief.timeline.detail.incident', {
            causes: causes
              .map((c) =>
                c.kpi
                  ? `${m.kpi.label[c.kpi]}（${m.review.label[c.kind]}）`
                  : m.review.label[c.kind],
              )
              .join(m.common.listSeparator),
          });
  }
  const related = doc.causes.filter(
    (c) =>
      c.kind !== 'sop_violations' && c.window && c.window.from <= item.to && c.window.to >= item.t,
  );
  return (
    <div class="dbf-detail">
      <div class={`dbf-tag dbf-tag--${item.kind}`}>{t(`debrief.timeline.kind.${item.kind}`)}</div>
      <h3>{timelineTitle(item, lang, world)}</h3>
      <p>{about}</p>
      <ul>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      {item.refs.length > 0 && (
        <p class="dbf-refs">
          {t('debrief.timeline.refs', { refs: item.refs.join(m.common.listSeparator) })}
          {item.count > item.refs.length &&
            ` ${t('debrief.timeline.more', { n: item.count - item.refs.length })}`}
        </p>
      )}
      {related.slice(0, 3).map((c) => (
        <p key={c.id} class="dbf-related">
          {c.kpi && <strong>{LOCALES[lang].kpi.label[c.kpi]} · </strong>}
          {renderMsg(c.text, lang, world)}
        </p>
      ))}
    </div>
  );
}

/** Key events of the run as a filterable, clickable list with a detail pane. */
export function Timeline({ core, items }: { core: DebriefCore; items: TimelineItem[] }) {
  const { t, lang } = useT();
  const [kinds, setKinds] = useState<Set<TimelineKind>>(new Set());
  const [selected, setSelected] = useState<string | null>(items[0]?.id ?? null);
  const counts = useMemo(() => countByKind(items), [items]);
  const shown = useMemo(() => filterTimeline(items, kinds), [items, kinds]);
  const current = items.find((i) => i.id === selected);
  const toggle = (k: TimelineKind) => {
    const next = new Set(kinds);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    setKinds(next);
  };
  return (
    <section class="dbf-card" id="dbf-timeline">
      <h2>
        {t('debrief.timeline.heading')}
        <span class="dbf-count">{t('debrief.timeline.count', { n: items.length })}</span>
      </h2>
      {items.length === 0 ? (
        <p class="dbf-muted">{t('debrief.timeline.empty')}</p>
      ) : (
        <>
          <div class="dbf-chips">
            <button
              type="button"
              class={kinds.size === 0 ? 'on' : ''}
              onClick={() => setKinds(new Set())}
            >
              {t('debrief.timeline.all')}
            </button>
            {TIMELINE_KINDS.filter((k) => counts[k] > 0).map((k) => (
              <button
                key={k}
                type="button"
                class={kinds.has(k) ? 'on' : ''}
                onClick={() => toggle(k)}
              >
                <i class={`dbf-dot dbf-dot--${k}`} />
                {t(`debrief.timeline.kind.${k}`)} {counts[k]}
              </button>
            ))}
          </div>
          <div class="dbf-timeline">
            <ol class="dbf-timeline__list">
              {shown.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    class={`dbf-event dbf-event--${item.severity}${item.id === selected ? ' is-selected' : ''}`}
                    onClick={() => setSelected(item.id)}
                  >
                    <span class="dbf-event__time">{clock(core.world, item.t, lang)}</span>
                    <i class={`dbf-dot dbf-dot--${item.kind}`} />
                    <span class="dbf-event__title">{timelineTitle(item, lang, core.world)}</span>
                  </button>
                </li>
              ))}
            </ol>
            {current ? (
              <Detail item={current} core={core} />
            ) : (
              <p class="dbf-muted">{t('debrief.timeline.pick')}</p>
            )}
          </div>
        </>
      )}
    </section>
  );
}
