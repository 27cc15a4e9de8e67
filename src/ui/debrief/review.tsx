import { LOCALES } from '../../i18n';
import { formatKpiValue } from '../../sim/review/format';
import { renderMsg, targetText } from '../../sim/review/render';
import type { Cause } from '../../sim/review/types';
import { kpiName } from '../export/text';
import { useT } from '../i18n';
import type { DebriefCore } from './model';

function CauseCard({ cause, core }: { cause: Cause; core: DebriefCore }) {
  const { t, lang } = useT();
  const m = LOCALES[lang];
  return (
    <article class="dbf-cause">
      <div class="dbf-cause__head">
        <span class="dbf-tag">{m.review.label[cause.kind]}</span>
        <span class="dbf-muted">{m.roles[cause.ownerRole]}</span>
      </div>
      <p class="dbf-cause__text">{renderMsg(cause.text, lang, core.world)}</p>
      {cause.evidence.length > 0 && (
        <ul class="dbf-evidence" aria-label={t('debrief.review.evidence')}>
          {cause.evidence.map((e, i) => (
            <li key={i}>{renderMsg(e, lang, core.world)}</li>
          ))}
        </ul>
      )}
      <p class="dbf-fix">
        {t('debrief.review.fix', { fix: renderMsg(cause.fix, lang, core.world) })}
      </p>
    </article>
  );
}

/** 分析原因 (causes with evidence, per missed target and per SOP) and 总结经验 (keep / improve). */
export function Review({ core }: { core: DebriefCore }) {
  const { t, lang } = useT();
  const m = LOCALES[lang];
  const { doc, world } = core;
  const missed = doc.results.targets
    .map((r, i) => ({ r, i, causes: doc.causes.filter((c) => c.target === i) }))
    .filter((x) => !x.r.met && x.causes.length > 0);
  const sops = doc.causes.filter((c) => c.target === undefined);
  return (
    <section class="dbf-card" id="dbf-review">
      <h2>{t('debrief.review.heading')}</h2>
      <h3 class="dbf-sub">{t('debrief.review.causes')}</h3>
      {doc.causes.length === 0 && <p class="dbf-muted">{t('debrief.review.noCauses')}</p>}
      {missed.map(({ r, i, causes }) => (
        <div key={i} class="dbf-cause-group">
          <h4>
            {t('debrief.review.missed', {
              kpi: kpiName(r.kpi, r.sku, lang, world),
              actual: formatKpiValue(r.kpi, r.actual, lang),
              target: targetText(m, r.kpi, r.op, r.value, lang),
            })}
          </h4>
          {causes.map((c) => (
            <CauseCard key={c.id} cause={c} core={core} />
          ))}
        </div>
      ))}
      {sops.length > 0 && (
        <div class="dbf-cause-group">
          <h4>{t('debrief.review.sops')}</h4>
          {sops.map((c) => (
            <CauseCard key={c.id} cause={c} core={core} />
          ))}
        </div>
      )}
      <h3 class="dbf-sub">{t('debrief.review.lessons')}</h3>
      <div class="dbf-lessons">
        <div class="dbf-lessons__col is-keep">
          <h4>{t('debrief.review.keep')}</h4>
          <ul>
            {doc.lessons.keep.length === 0 && <li>{m.review.lessons.noneKeep}</li>}
            {doc.lessons.keep.map((x, i) => (
              <li key={i}>{renderMsg(x, lang, world)}</li>
            ))}
          </ul>
        </div>
        <div class="dbf-lessons__col is-improve">
          <h4>{t('debrief.review.improve')}</h4>
          <ul>
            {doc.lessons.improve.length === 0 && <li>{m.review.lessons.noneImprove}</li>}
            {doc.lessons.improve.map((x, i) => (
              <li key={i}>{renderMsg(x, lang, world)}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
