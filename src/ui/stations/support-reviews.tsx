import { useStation } from './context';
import { clockLabel, text, refNo } from './format';
import { badReviews } from './model-support';
import { Badge, Empty } from './widgets';

/** 1–2-star reviews with their follow-up button (差评回访). */
export function ReviewList() {
  const { world, t, lang, act } = useStation();
  const rows = badReviews(world);
  if (!rows.length) return <Empty>{t('stations.support.noBadReviews')}</Empty>;
  return (
    <table class="st-table" data-testid="bad-reviews">
      <thead>
        <tr>
          <th>{t('stations.support.when')}</th>
          <th>{t('stations.support.stars')}</th>
          <th>{t('stations.support.review')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map(({ review: r, index }) => {
          const sku = world.scenario.catalogue.find((c) => c.id === r.sku);
          const key = r.textKey.replace(/^review\./, '');
          return (
            <tr key={index}>
              <td class="st-nowrap">{clockLabel(world, r.t)}</td>
              <td class="st-nowrap st-stars">
                {'★'.repeat(r.stars)}
                {'☆'.repeat(5 - r.stars)}
              </td>
              <td>
                <div>
                  {t(`stations.reviewText.${key}`, {
                    defaultValue: t('stations.reviewText.poor_service'),
                  })}
                </div>
                <div class="st-muted">
                  {sku ? text(sku.name, lang) : r.sku}
                  {r.order ? ` · ${t('stations.ref.order', { id: refNo(r.order) })}` : ''}
                </div>
              </td>
              <td>
                {r.followedUp ? (
                  <Badge tone="green">{t('stations.support.followedUp')}</Badge>
                ) : (
                  <button
                    type="button"
                    class="st-btn st-btn-sm st-primary"
                    data-testid={`review-${index}-follow-up`}
                    onClick={() => act('follow_up_review', { review: index })}
                  >
                    {t('stations.command.follow_up_review')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
