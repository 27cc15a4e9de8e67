import { useT } from '../i18n';

/** 0–3 stars, with the count spelled out for screen readers. */
export function Stars({ n }: { n: number }) {
  const { t } = useT();
  return (
    <span class="stars" role="img" aria-label={t('app.common.starsLabel', { n })} data-stars={n}>
      {[1, 2, 3].map((i) => (
        <span key={i} class={i <= n ? 'star on' : 'star'} aria-hidden="true">
          ★
        </span>
      ))}
    </span>
  );
}
