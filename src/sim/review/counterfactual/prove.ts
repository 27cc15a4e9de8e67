import type { RunScore, TargetResult } from '../../scoring/score';
import type { World } from '../../world';
import { msg } from '../evidence';
import type { Cause, CauseProof, Msg } from '../types';
import { COMMAND_CLASSES } from './intervention';
import { KPI_CLASSES } from './plan';
import { MIN_SHARE, proofFrom } from './proof';
import type { CounterfactualSet } from './replay';
import { pickupGap, understaffed } from './structural';

const same = (a: Msg, b: Msg) => JSON.stringify(a) === JSON.stringify(b);
const best = (ps: (CauseProof | undefined)[]) =>
  ps
    .filter((p): p is CauseProof => p !== undefined && p.share >= MIN_SHARE)
    .sort((a, b) => b.share - a.share)[0];

/**
 * One candidate cause put to its tests: the replay with its role played by the expert bot, the
 * replays of the learner's own commands of a class that role owns, and one replay per incident
 * it names. It stays only if a test closes at least {@link MIN_SHARE}
 * of the gap; the incidents it keeps are those whose removal did.
 */
function tested(c: Cause, r: TargetResult, cfs: CounterfactualSet): Cause | undefined {
  const role = proofFrom(cfs[`expert:${c.ownerRole}`], r, c.kind);
  // The learner's own commands of a class the cause's role owns, done on time or left out.
  const own = (KPI_CLASSES[r.kpi] ?? [])
    .filter((cls) => COMMAND_CLASSES[cls].role === c.ownerRole)
    .map((cls) => proofFrom(cfs[`commands:${cls}`], r));
  const byIncident = c.incidents.map((inc) => ({
    inc,
    proof: proofFrom(cfs[`incident:${inc.id}`], r),
  }));
  const kept = byIncident.filter((x) => (x.proof?.share ?? 0) >= MIN_SHARE);
  const proof = best([role, ...own, ...kept.map((x) => x.proof)]);
  if (!proof) return undefined;
  const ids = new Set<unknown>(kept.map((x) => x.inc.id));
  // An incident line stays only for a card whose replay without it moved the KPI.
  const evidence = c.evidence.filter((e) => e.key !== 'evidence.incident' || ids.has(e.params.id));
  for (const x of kept) if (x.proof && x.proof !== proof) evidence.push(x.proof.text);
  return { ...c, incidents: kept.map((x) => x.inc), evidence, proof };
}

/** Findings proven by the same replay become one cause: one figure, one block. */
function merge(causes: Cause[]): Cause[] {
  const out = new Map<string, Cause>();
  for (const c of causes) {
    const key = c.proof?.key ?? c.id;
    const into = out.get(key);
    if (!into) {
      out.set(key, { ...c, evidence: [...c.evidence] });
      continue;
    }
    for (const e of [c.text, ...c.evidence])
      if (!into.evidence.some((x) => same(x, e))) into.evidence.push(e);
    into.alsoFix = [...(into.alsoFix ?? []), c.fix, ...(c.alsoFix ?? [])];
    into.incidents = [...into.incidents, ...c.incidents.filter((i) => !into.incidents.includes(i))];
    into.sops = [...into.sops, ...c.sops];
  }
  return [...out.values()];
}

/** A missed target no tested change explains: said plainly, with what was tried. */
function unexplained(world: World, r: TargetResult, i: number, tried: number): Cause {
  const kpi = { type: 'kpiName', kpi: r.kpi } as const;
  return {
    id: `${i}:unexplained`,
    target: i,
    kpi: r.kpi,
    kind: 'unexplained',
    text: msg('cause.unexplained', {
      kpi,
      actual: { type: 'kpi', kpi: r.kpi, value: r.actual },
      target: { type: 'target', kpi: r.kpi, op: r.op, value: r.value },
      tried,
    }),
    evidence: [],
    incidents: [],
    sops: [],
    refs: [],
    ownerRole: world.scenario.focusRole === 'buyer' ? 'ops' : world.scenario.focusRole,
    fix: msg('fix.generic', { kpi }),
  };
}

/**
 * The causes of the missed targets that the counterfactual replays prove (DESIGN §8): each
 * with the share of the gap it explains and the replay's figure, largest first; plus the
 * structural findings (load against staff, pick-ups against the ship-by promise). A target no
 * change explains gets one plain "not explained by a single change" cause. Targets without
 * data keep their candidates (there is no gap to measure).
 */
export function proveCauses(
  world: World,
  score: RunScore,
  candidates: readonly Cause[],
  cfs: CounterfactualSet,
): Cause[] {
  const out: Cause[] = [];
  const tried = Object.keys(cfs).length;
  score.targets.forEach((r, i) => {
    if (r.met) return;
    const mine = candidates.filter((c) => c.target === i);
    if (r.noData) {
      out.push(...mine);
      return;
    }
    const proven = mine.map((c) => tested(c, r, cfs)).filter((c): c is Cause => !!c);
    const all = merge(proven);
    const staff = understaffed(world, r, i, cfs);
    if (staff) all.push(staff);
    const gap = pickupGap(world, r, i);
    if (gap) all.push(gap);
    all.sort((a, b) => (b.proof?.share ?? 0) - (a.proof?.share ?? 0));
    out.push(...(all.length > 0 ? all : [unexplained(world, r, i, tried)]));
  });
  return out;
}
