import { useState } from 'preact/hooks';
import { useStation } from './context';

const AXES = ['description', 'service', 'logistics'] as const;

/** Three star axes (描述/服务/物流) and an optional text. */
export function ReviewForm(props: { order: string; onDone: () => void }) {
  const { t, act } = useStation();
  const [stars, setStars] = useState({ description: 5, service: 5, logistics: 5 });
  const [words, setWords] = useState('');
  return (
    <div class="st-form" data-testid={`review-form-${props.order}`}>
      {AXES.map((axis) => (
        <div key={axis} class="st-row">
          <span class="st-label st-w80">{t(`stations.buyer.axis.${axis}`)}</span>
          {[1, 2, 3, 4, 5].map((n) => (
            <button
              key={n}
              type="button"
              class={`st-star${n <= stars[axis] ? ' st-star-on' : ''}`}
              aria-label={`${t(`stations.buyer.axis.${axis}`)} ${n}`}
              data-testid={`review-${props.order}-${axis}-${n}`}
              onClick={() => setStars({ ...stars, [axis]: n })}
            >
              ★
            </button>
          ))}
        </div>
      ))}
      <textarea
        class="st-text"
        rows={2}
        maxLength={500}
        data-testid={`review-text-${props.order}`}
        placeholder={t('stations.buyer.reviewPlaceholder')}
        value={words}
        onInput={(e) => setWords(e.currentTarget.value)}
      />
      <div class="st-row st-end">
        <button
          type="button"
          class="st-btn st-primary st-btn-sm"
          data-testid={`review-submit-${props.order}`}
          onClick={() =>
            act('write_review', {
              order: props.order,
              ...stars,
              ...(words.trim() ? { text: words.trim() } : {}),
            }) && props.onDone()
          }
        >
          {t('stations.buyer.submitReview')}
        </button>
      </div>
    </div>
  );
}
