import { useStation } from './context';
import { clockLabel, text } from './format';
import { Badge } from './widgets';

/** Stock per bin: on the shelf, shown as sellable, committed; stock-out report and cycle count. */
export function StockTable() {
  const { world, t, lang, act } = useStation();
  return (
    <table class="st-table" data-testid="stock-table">
      <thead>
        <tr>
          <th>{t('stations.warehouse.bin')}</th>
          <th>{t('stations.warehouse.item')}</th>
          <th title={t('stations.warehouse.stockHint')}>{t('stations.warehouse.onHand')}</th>
          <th>{t('stations.warehouse.sellable')}</th>
          <th>{t('stations.warehouse.committed')}</th>
          <th>{t('stations.warehouse.lastCount')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {Object.values(world.skus).map((s) => {
          const def = world.scenario.catalogue.find((c) => c.id === s.id);
          const mismatch = s.sellable > s.stock - s.committed;
          return (
            <tr key={s.id} data-testid={`stock-${s.id}`}>
              <td>
                <Badge tone="blue">{s.bin}</Badge>
              </td>
              <td>{def ? text(def.name, lang) : s.id}</td>
              <td class={s.stock <= 0 ? 'st-red-text' : ''}>{s.stock}</td>
              <td>
                {s.sellable}{' '}
                {mismatch ? <Badge tone="red">{t('stations.warehouse.mismatch')}</Badge> : null}
              </td>
              <td>{s.committed}</td>
              <td class="st-muted">{s.lastCountAt > 0 ? clockLabel(world, s.lastCountAt) : '—'}</td>
              <td class="st-nowrap">
                <button
                  type="button"
                  class="st-btn st-btn-xs"
                  data-testid={`cycle-count-${s.id}`}
                  onClick={() => act('cycle_count', { sku: s.id })}
                >
                  {t('stations.command.cycle_count')}
                </button>{' '}
                {s.stockoutReported ? (
                  <Badge tone="grey">{t('stations.warehouse.reported')}</Badge>
                ) : (
                  <button
                    type="button"
                    class="st-btn st-btn-xs st-warn"
                    data-testid={`report-stockout-${s.id}`}
                    onClick={() => act('report_stockout', { sku: s.id })}
                  >
                    {t('stations.command.report_stockout')}
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
