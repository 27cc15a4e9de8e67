import type { Scenario } from '../../scenario/schema';
import type { ShopCategory } from '../../scenario/typical-schema';
import type { KpiId } from '../ids';

/** A band an operations professional would call normal; `why` when the scenario set it. */
export interface TypicalRange {
  min: number;
  max: number;
  why?: Scenario['title'];
}

type Ranges = Partial<Record<KpiId, TypicalRange>>;

/**
 * Normal levels for a small-to-mid shop on an ordinary day (primer "Typical levels"). Only
 * measures the primer gives a range for; DSR is a 180-day mean, so it barely leaves 4.6–4.9.
 */
const ORDINARY_DAY: Ranges = {
  conversion_rate: { min: 0.01, max: 0.05 },
  add_to_cart_rate: { min: 0.05, max: 0.15 },
  dsr_description: { min: 4.6, max: 4.9 },
  dsr_service: { min: 4.6, max: 4.9 },
  dsr_logistics: { min: 4.6, max: 4.9 },
  bad_review_rate: { min: 0, max: 0.03 },
  dispute_rate: { min: 0, max: 0.001 },
  roas: { min: 1, max: 5 },
  first_response_p90_s: { min: 0, max: 120 },
};

/**
 * What the category changes: returns are driven by size and quality, so apparel returns a
 * third of its orders and fresh food a few percent. 'general' (homeware, mixed goods) is our
 * own judgement between them: the primer gives no figure for it.
 */
const BY_CATEGORY: Record<ShopCategory, Ranges> = {
  general: { refund_rate: { min: 0.02, max: 0.15 } },
  apparel: { refund_rate: { min: 0.2, max: 0.45 }, conversion_rate: { min: 0.01, max: 0.03 } },
  shoes: { refund_rate: { min: 0.15, max: 0.25 } },
  electronics: { refund_rate: { min: 0.03, max: 0.08 } },
  fresh: { refund_rate: { min: 0.01, max: 0.05 } },
};

/** The typical range of every KPI that has one, for this scenario: category, then its own overrides. */
export function typicalRanges(scenario: Scenario): Ranges {
  return { ...ORDINARY_DAY, ...BY_CATEGORY[scenario.category], ...scenario.typicalRanges };
}

export interface OutOfRange extends TypicalRange {
  kpi: KpiId;
  value: number;
}

/**
 * The KPIs of a run that fall outside their typical range. KPIs with no data (null) are
 * skipped: nothing measured is not an atypical level.
 */
export function outsideTypical(
  scenario: Scenario,
  kpis: Partial<Record<KpiId, number | null>>,
): OutOfRange[] {
  const out: OutOfRange[] = [];
  for (const [kpi, range] of Object.entries(typicalRanges(scenario)) as [KpiId, TypicalRange][]) {
    const value = kpis[kpi];
    if (value === null || value === undefined) continue;
    // Rounding noise in a printed figure is not a finding.
    const eps = 1e-9;
    if (value < range.min - eps || value > range.max + eps) out.push({ kpi, value, ...range });
  }
  return out;
}
