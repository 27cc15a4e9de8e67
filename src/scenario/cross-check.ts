import { EVENT_TYPES } from '../sim/events';
import { AD_CHANNELS, type KpiId } from '../sim/ids';
import { formatPath } from './errors';
import type { PathIssue } from './messages';
import { unknownWord } from './words';
import type { Scenario, SopCard } from './schema';

/**
 * Checks that need more than one field at a time, run once the schema has passed: ids that
 * must be unique or must name something defined elsewhere in the file, and numbers that are
 * each valid alone but make no sense together.
 */

type Path = PropertyKey[];

/** The KPIs the sim can measure for one SKU (see skuKpi in src/sim/kpi/compute.ts). */
const SKU_KPIS: readonly KpiId[] = ['conversion_rate', 'gmv', 'stockouts'];

/** Reports ids used twice in a list; returns the ids in order of definition. */
function uniqueIds(
  items: readonly { id: string }[],
  at: Path,
  noun: string,
  out: PathIssue[],
): string[] {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else {
      const message = `duplicate ${noun} id "${item.id}": ${formatPath([...at, first])} already uses it`;
      out.push({ path: [...at, i, 'id'], message });
    }
  });
  return [...seen.keys()];
}

function mustName(
  known: readonly string[],
  noun: string,
  value: string | undefined,
  path: Path,
  out: PathIssue[],
) {
  if (value !== undefined && !known.includes(value))
    out.push({ path, message: unknownWord(noun, value, known) });
}

function clockSeconds(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 3600 + m * 60;
}

/** When a scheduled moment falls, in sim-seconds; "HH:MM" is its first occurrence from the start, as the sim reads it. */
function simTime(at: number | string, startTime: string): number {
  if (typeof at === 'number') return at;
  const t = clockSeconds(at) - clockSeconds(startTime);
  return t < 0 ? t + 86_400 : t;
}

function mustFallInRun(s: Scenario, at: number | string, path: Path, out: PathIssue[]) {
  if (simTime(at, s.startTime) < s.lengthMin * 60) return;
  const run = `the run starts at ${s.startTime} and lasts ${s.lengthMin} min`;
  const nextDay = typeof at === 'string' && clockSeconds(at) < clockSeconds(s.startTime);
  const message = nextDay
    ? `"${at}" is before the start, so it means ${at} the next day, after the run has ended (${run})`
    : `comes after the run ends (${run}), so it would never happen`;
  out.push({ path, message });
}

/** Duplicate card ids in a list of SOP cards, and duplicate rule ids within each card. */
export function checkSopCards(cards: readonly SopCard[], at: Path): PathIssue[] {
  const out: PathIssue[] = [];
  uniqueIds(cards, at, 'SOP card', out);
  cards.forEach((card, i) => uniqueIds(card.rules, [...at, i, 'rules'], 'rule', out));
  return out;
}

/** The semantic checks of a scenario that has passed the schema. Paths index the document. */
export function crossCheckScenario(s: Scenario, sopLibrary: readonly SopCard[]): PathIssue[] {
  const out: PathIssue[] = [];
  const skus = uniqueIds(s.catalogue, ['catalogue'], 'SKU', out);
  const personas = uniqueIds(s.demand.personas, ['demand', 'personas'], 'persona', out);
  const couriers = uniqueIds(s.couriers, ['couriers'], 'courier', out);

  s.catalogue.forEach((sku, i) => {
    if (sku.cost >= sku.price) {
      const message = `cost ${sku.cost} is not below the price ${sku.price}, so every sale would lose money`;
      out.push({ path: ['catalogue', i, 'cost'], message });
    }
  });
  for (const channel of AD_CHANNELS) {
    const def = s.demand.channels[channel];
    if (def && def.cpc === undefined) {
      const message = 'missing field "cpc": an ad channel needs a cost per click';
      out.push({ path: ['demand', 'channels', channel, 'cpc'], message });
    }
  }
  if (s.demand.personas.reduce((sum, p) => sum + p.share, 0) <= 0) {
    const message = 'the persona shares add up to 0: give at least one persona a share above 0';
    out.push({ path: ['demand', 'personas'], message });
  }
  s.demand.scripted.forEach((c, i) => {
    const at = ['demand', 'scripted', i];
    mustName(personas, 'persona', c.persona, [...at, 'persona'], out);
    mustName(skus, 'SKU', c.sku, [...at, 'sku'], out);
    mustFallInRun(s, c.at, [...at, 'at'], out);
  });
  s.demand.history.forEach((h, i) =>
    mustName(skus, 'SKU', h.sku, ['demand', 'history', i, 'sku'], out),
  );
  s.incidents.forEach((inc, i) => {
    if ('sku' in inc) mustName(skus, 'SKU', inc.sku, ['incidents', i, 'sku'], out);
    if ('courier' in inc)
      mustName(couriers, 'courier', inc.courier, ['incidents', i, 'courier'], out);
    mustFallInRun(s, inc.at, ['incidents', i, 'at'], out);
  });

  out.push(...checkSopCards(s.sopCards, ['sopCards']));
  const builtIn = sopLibrary.map((c) => c.id);
  s.sopCards.forEach((card, i) => {
    if (builtIn.includes(card.id)) {
      const message = `the built-in SOP library already has a card "${card.id}"; give this card its own id`;
      out.push({ path: ['sopCards', i, 'id'], message });
    }
  });
  const cards = [...builtIn, ...s.sopCards.map((c) => c.id)];
  s.sops.forEach((id, i) => mustName(cards, 'SOP card', id, ['sops', i], out));

  s.targets.forEach((t, i) => {
    mustName(skus, 'SKU', t.sku, ['targets', i, 'sku'], out);
    if (t.sku !== undefined && !SKU_KPIS.includes(t.kpi)) {
      const message = `"${t.kpi}" is measured for the whole shop; per SKU only ${SKU_KPIS.join(', ')}`;
      out.push({ path: ['targets', i, 'sku'], message });
    }
    if (t.vsBaseline !== undefined && s.baselineIdle.length === 0) {
      const message =
        '"vsBaseline" compares with a baseline run in which the roles listed in "baselineIdle" do nothing, ' +
        'but "baselineIdle" is empty; list the roles to leave idle, e.g. baselineIdle: [ops]';
      out.push({ path: ['targets', i, 'vsBaseline'], message });
    }
  });
  if (!s.roles.includes(s.focusRole)) {
    const message = `the focus role "${s.focusRole}" is not among the roles in play (${s.roles.join(', ')})`;
    out.push({ path: ['focusRole'], message });
  }
  s.tutorial.forEach((step, i) =>
    mustName(EVENT_TYPES, 'event', step.doneWhen, ['tutorial', i, 'doneWhen'], out),
  );
  return out;
}
