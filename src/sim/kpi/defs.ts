import type { KpiId, Role } from '../ids';

export type KpiUnit = 'count' | 'ratio' | 'money' | 'seconds' | 'stars';

export interface KpiDef {
  /** The role whose work moves this KPI most; it counts toward that role's score. */
  role: Role;
  better: 'higher' | 'lower';
  unit: KpiUnit;
}

/** Every KPI of DESIGN §1.3: who owns it, which way is better, how to show it. */
export const KPI_DEFS: Record<KpiId, KpiDef> = {
  uv: { role: 'ops', better: 'higher', unit: 'count' },
  add_to_cart_rate: { role: 'ops', better: 'higher', unit: 'ratio' },
  conversion_rate: { role: 'ops', better: 'higher', unit: 'ratio' },
  paid_orders: { role: 'ops', better: 'higher', unit: 'count' },
  gmv: { role: 'ops', better: 'higher', unit: 'money' },
  aov: { role: 'ops', better: 'higher', unit: 'money' },
  refund_amount: { role: 'support', better: 'lower', unit: 'money' },
  refund_rate: { role: 'support', better: 'lower', unit: 'ratio' },
  net_sales: { role: 'ops', better: 'higher', unit: 'money' },
  ad_spend: { role: 'ops', better: 'lower', unit: 'money' },
  roas: { role: 'ops', better: 'higher', unit: 'ratio' },
  gross_margin: { role: 'ops', better: 'higher', unit: 'ratio' },
  net_profit: { role: 'ops', better: 'higher', unit: 'money' },
  first_response_avg_s: { role: 'support', better: 'lower', unit: 'seconds' },
  first_response_p90_s: { role: 'support', better: 'lower', unit: 'seconds' },
  response_3min_rate: { role: 'support', better: 'higher', unit: 'ratio' },
  inquiry_conversion_rate: { role: 'support', better: 'higher', unit: 'ratio' },
  resolution_rate: { role: 'support', better: 'higher', unit: 'ratio' },
  csat: { role: 'support', better: 'higher', unit: 'stars' },
  on_time_ship_rate: { role: 'warehouse', better: 'higher', unit: 'ratio' },
  pick_accuracy: { role: 'warehouse', better: 'higher', unit: 'ratio' },
  stockouts: { role: 'warehouse', better: 'lower', unit: 'count' },
  oversold_orders: { role: 'ops', better: 'lower', unit: 'count' },
  return_processing_avg_s: { role: 'warehouse', better: 'lower', unit: 'seconds' },
  dsr_description: { role: 'ops', better: 'higher', unit: 'stars' },
  dsr_service: { role: 'support', better: 'higher', unit: 'stars' },
  dsr_logistics: { role: 'warehouse', better: 'higher', unit: 'stars' },
  bad_review_rate: { role: 'support', better: 'lower', unit: 'ratio' },
  dispute_rate: { role: 'support', better: 'lower', unit: 'ratio' },
  repeat_purchase_rate_pred: { role: 'support', better: 'higher', unit: 'ratio' },
};
