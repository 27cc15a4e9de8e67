import { useState } from 'preact/hooks';
import { LOCALES } from '../../i18n';
import { formatClock, formatKpiValue } from '../../sim/review/format';
import { renderMsg, targetText } from '../../sim/review/render';
import type { Cause } from '../../sim/review/types';
import { kpiName } from '../export/text';
import { useT } from '../i18n';
import { branchSession, canBranchAt } from '../session/branch';
import type { GameSession } from '../session/controller';
import type { DebriefCore } from './model';
import { later, type ReplayState } from './use-analysis';

interface ReplayProps {
  session: GameSession;
  onReplay?: (branch: GameSession) => void;
}

/** 从这里重玩: a what-if branch from the moment the cause began, built after a paint. */
function ReplayFrom({ at, session, onReplay }: ReplayProps & { at: number }) {
  const { t, lang } = useT();
  const [busy, setBusy] = useState(false);
  if (!onReplay || !canBranchAt(session, at)) return null;
  const time = formatClock(session.scenario.startTime, at, lang);
  const go = () => {
    setBusy(true);
    later(() => onReplay(branchSession(session, at)), false);
  };
  return (
    <div class="dbf-replay">
      <button
        type="button"
        data-testid="replay-from"
        data-at={at}
        disabled={busy}
        title={t('debrief.review.replayHint', { time })}
        onClick={go}
      >
        {busy ? t('debrief.review.replayPreparing') : t('debrief.review.replayFrom', { time })}
      </button>
    </div>
  );
}

function CauseCard({ cause, core, ...replay }: { cause: Cause; core: DebriefCore } & ReplayProps) {
  const { t, lang } = useT();
  const m = LOCALES[lang];
  return (
    <article class="dbf-cause" data-testid="cause" data-kind={cause.kind}>
      <div class="dbf-cause__head">
        <span class="dbf-tag">{m.review.label[cause.kind]}</span>
        <span class="dbf-muted">{m.roles[cause.ownerRole]}</span>
      </div>
      <p class="dbf-cause__text">{renderMsg(cause.text, lang, core.world)}</p>
      {cause.proof && (
        <p class="dbf-proof" data-testid="cause-proof">
          <span class="dbf-proof__label">{t('debrief.review.proof')}</span>
          {renderMsg(cause.proof.text, lang, core.world)}
        </p>
      )}
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
      {cause.began !== undefined && <ReplayFrom at={cause.began} {...replay} />}
    </article>
  );
}

/** While the replays run: what is being done, and how far it got. */
function Checking({ replay }: { replay: ReplayState & { state: 'checking' } }) {
  const { t } = useT();
  return (
    <div class="dbf-checking" role="status" aria-live="polite" data-testid="causes-checking">
      <span class="dbf-spinner" aria-hidden="true" />
      <div>
        <strong>{t('debrief.review.checking')}</strong>
        {replay.total > 0 && (
          <p class="dbf-muted">
            {t('debrief.review.checkingProgress', { done: replay.done, total: replay.total })}
          </p>
        )}
      </div>
    </div>
  );
}

/**
 * 分析原因 (causes with their counterfactual figure and evidence, per missed target and per
 * SOP, each with "replay from here") and 总结经验 (keep / improve). While the replays run it
 * says so instead: unproven causes are not shown as if they were.
 */
export function Review({
  core,
  replay,
  ...branch
}: { core: DebriefCore; replay: ReplayState } & ReplayProps) {
  const { t, lang } = useT();
  if (replay.state === 'checking')
    return (
      <section class="dbf-card" id="dbf-review">
        <h2>{t('debrief.review.heading')}</h2>
        <Checking replay={replay} />
      </section>
    );
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
      {replay.state === 'failed' && (
        <p class="dbf-muted" role="status">
          {t('debrief.review.unproven', { error: replay.error })}
        </p>
      )}
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
            <CauseCard key={c.id} cause={c} core={core} {...branch} />
          ))}
        </div>
      ))}
      {sops.length > 0 && (
        <div class="dbf-cause-group">
          <h4>{t('debrief.review.sops')}</h4>
          {sops.map((c) => (
            <CauseCard key={c.id} cause={c} core={core} {...branch} />
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
