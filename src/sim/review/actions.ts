import type { reviewEn } from '../../i18n/locales/review.en';
import type { SopCard } from '../../scenario/schema';
import type { CommandType } from '../ids';
import { activeSopCards } from '../sop/rules';
import type { World } from '../world';
import type { RunScore } from '../scoring/score';
import type { ActionItem, Cause, Msg } from './types';

type FixName = keyof typeof reviewEn.fix;

/** The commands each kind of fix is about: an SOP card whose rules name them is the one to change. */
const FIX_COMMANDS: Partial<Record<FixName, readonly CommandType[]>> = {
  surge_capacity: ['pick_wave', 'handover'],
  outage_plan: ['print_waybill', 'handover'],
  ship_before_cutoff: ['handover', 'pick_wave'],
  report_stockout: ['report_stockout'],
  reorder_early: ['reorder_stock'],
  verify_scan: ['pack_orders'],
  stock_sync: ['cycle_count', 'report_stockout'],
  inspect_daily: ['receive_return', 'inspect_return'],
  courier_choice: ['print_waybill'],
  queue_first: ['pick_up_ticket', 'reply_ticket'],
  greet_quickly: ['reply_ticket', 'pick_up_ticket'],
  solve_first_contact: ['resolve_ticket', 'escalate_ticket'],
  reject_with_evidence: ['reject_aftersale'],
  presale_answer: ['reply_ticket'],
  answer_aftersale: ['approve_aftersale', 'reject_aftersale', 'resend_item'],
  follow_up_reviews: ['follow_up_review'],
  inspect_before_refund: ['approve_aftersale', 'reject_aftersale', 'lookup_logistics'],
  size_chart: ['improve_listing'],
  logistics_lookup: ['lookup_logistics', 'request_intercept'],
  listing_accuracy: ['improve_listing'],
  price_check: ['set_price', 'set_discount', 'schedule_flash_sale'],
  improve_listing: ['improve_listing'],
  checkout_outage: ['set_ad_budget'],
  ad_budget: ['set_ad_budget'],
  add_traffic: ['set_ad_budget'],
  margin_guard: ['compensate', 'issue_coupon'],
};

const PRICE_COMMANDS: readonly string[] = ['set_price', 'set_discount', 'schedule_flash_sale'];

/** The commands an SOP card's rules check. */
export function cardCommands(card: SopCard): Set<string> {
  const out = new Set<string>();
  for (const rule of card.rules) {
    if ('command' in rule) out.add(rule.command);
    if ('commands' in rule) for (const c of rule.commands) out.add(c);
    if ('prior' in rule) for (const c of rule.prior) out.add(c);
    if (rule.kind === 'price_floor') for (const c of PRICE_COMMANDS) out.add(c);
  }
  return out;
}

/**
 * The SOP card an action changes: a card of the owner's role that the cause's violations
 * name; else the card in play of that role whose rules check most of the fix's commands; else
 * the first card in play of that role; else any card the violations name.
 */
export function sopFor(world: World, cause: Cause, fix: Msg = cause.fix): string | undefined {
  if (fix === cause.fix && cause.sop !== undefined) return cause.sop;
  const name = fix.key.startsWith('fix.') ? (fix.key.slice(4) as FixName) : undefined;
  const commands = (name && FIX_COMMANDS[name]) ?? [];
  // The card whose rules check the fix's commands, the owner's own cards first on a tie; no
  // card rather than a wrong one (a stock check is not an ad-launch step).
  const cards = [...activeSopCards(world)].sort(
    (a, b) => Number(b.role === cause.ownerRole) - Number(a.role === cause.ownerRole),
  );
  let matching: SopCard | undefined;
  let best = 0;
  for (const card of cards) {
    const checked = cardCommands(card);
    const hits = commands.filter((cmd) => checked.has(cmd)).length;
    if (hits > best) {
      best = hits;
      matching = card;
    }
  }
  if (matching) return matching.id;
  const own = cause.sops.find((s) => s.role === cause.ownerRole);
  return own?.sop ?? cards.find((c) => c.role === cause.ownerRole && commands.length === 0)?.id;
}

/** The 改进清单: one item per distinct fix, in cause order, each with its owner and SOP. */
export function buildActions(
  world: World,
  causes: readonly Cause[],
  score?: RunScore,
): ActionItem[] {
  const items: ActionItem[] = [];
  const byKey = new Map<string, ActionItem>();
  for (const cause of causes) {
    for (const fix of [cause.fix, ...(cause.alsoFix ?? [])]) {
      const sopRef = sopFor(world, cause, fix);
      // The role whose SOP card the action changes carries it out: a shelf count is the
      // warehouse's step even where operations owns the oversold target.
      const card = activeSopCards(world).find((c) => c.id === sopRef);
      const ownerRole = card?.role ?? cause.ownerRole;
      // One item per fix: the same change asked by two causes is one line, not two.
      const key = JSON.stringify([fix.key, fix.params, ownerRole]);
      const existing = byKey.get(key);
      if (existing) {
        if (!existing.causes.includes(cause.id)) existing.causes.push(cause.id);
        continue;
      }
      const item: ActionItem = {
        id: `a${items.length + 1}`,
        textKey: fix.key,
        params: fix.params,
        ownerRole,
        causes: [cause.id],
        done: false,
        note: '',
      };
      if (sopRef !== undefined) item.sopRef = sopRef;
      const target = cause.target === undefined ? undefined : score?.targets[cause.target];
      if (target) item.check = { kpi: target.kpi, op: target.op, value: target.value };
      else if (cause.count !== undefined && cause.kind === 'sop_violations')
        item.check = { violations: 0 };
      byKey.set(key, item);
      items.push(item);
    }
  }
  return items;
}
