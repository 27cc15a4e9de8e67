import type { KpiId } from '../ids';
import { msg } from './evidence';
import type { Cause, Msg } from './types';

const key = (m: Msg) => JSON.stringify(m);

/**
 * The short line that stands for a finding already cited under an earlier target: the later
 * target still shows a cause (with its own replay figure), but not the same sentence again.
 */
function pointer(c: Cause, kpi: KpiId, where: KpiId, kind: Cause['kind']): Cause {
  const out: Cause = {
    ...c,
    text: msg('cause.same_as', {
      label: { type: 'msg', msg: msg(`label.${kind}`) },
      where: { type: 'kpiName', kpi: where },
      kpi: { type: 'kpiName', kpi },
    }),
    evidence: [],
    incidents: [],
    sops: [],
    refs: [],
  };
  delete out.alsoFix;
  return out;
}

/**
 * No line twice in one 复盘: a finding already cited under an earlier target is not repeated
 * under a later one — the later target gets one line pointing back to it, with its own figure —
 * and an evidence line already shown is left out of later causes.
 */
export function dedupeCauses(causes: readonly Cause[]): Cause[] {
  const out: Cause[] = [];
  const seen = new Set<string>();
  const byText = new Map<string, Cause>();
  for (const c of causes) {
    const text = key(c.text);
    const earlier = byText.get(text);
    if (earlier) {
      // Only a target's finding can point back; an SOP cluster is listed once, and that is all.
      if (c.kpi && earlier.kpi && c.target !== undefined && c.target !== earlier.target)
        out.push(pointer(c, c.kpi, earlier.kpi, earlier.kind));
      continue;
    }
    seen.add(text);
    const evidence = c.evidence.filter((e) => {
      const k = key(e);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    const copy = { ...c, evidence };
    byText.set(text, copy);
    out.push(copy);
  }
  return out;
}
