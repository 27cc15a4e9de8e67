import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../src/scenario/load-file';
import { playToEnd } from '../../../src/sim/engine/play';
import {
  addItem,
  doneCount,
  initialChecklist,
  relabelChecklist,
  removeItem,
  setNote,
  setOwner,
  toggleItem,
} from '../../../src/ui/debrief/checklist-model';
import {
  axisTop,
  funnelOption,
  hourLabelFilter,
  minuteLabels,
  niceCeil,
  roleScoresOption,
  seriesOption,
} from '../../../src/ui/debrief/chart-options';
import {
  analyse,
  botLevelOf,
  funnelOf,
  incidentSpans,
  playedRole,
  playExpert,
} from '../../../src/ui/debrief/model';
import { playAs } from '../../sim/scoring/fixture';
import {
  countByKind,
  filterTimeline,
  MAX_REFS,
  selectTimeline,
  timelineLines,
  timelineTitle,
} from '../../../src/ui/debrief/timeline-model';

const scenario = loadScenarioFile('scenarios/full-chain-day.yaml');
const world = playToEnd(scenario, { seed: scenario.seed, botLevel: 'competent' });
const core = analyse(world, undefined);

describe('timeline selection', () => {
  const items = selectTimeline(world);

  it('keeps the key events in time order and nothing routine', () => {
    expect(items.length).toBeGreaterThan(0);
    for (let i = 1; i < items.length; i++)
      expect(items[i]!.t).toBeGreaterThanOrEqual(items[i - 1]!.t);
    const kinds = new Set(items.map((i) => i.kind));
    expect(kinds.has('incident')).toBe(true);
    expect(kinds.has('sop')).toBe(true);
    expect(kinds.has('bad_review')).toBe(true);
  });

  it('pairs each incident start with its end', () => {
    const started = world.log.filter((e) => e.type === 'incident_started');
    const incidents = items.filter((i) => i.kind === 'incident');
    expect(incidents.length).toBe(started.length);
    for (const inc of incidents) {
      const end = world.log.find((e) => e.type === 'incident_ended' && e.incident === inc.incident);
      expect(inc.to).toBe(end?.t ?? world.clock);
      expect(inc.to).toBeGreaterThan(inc.t);
    }
  });

  it('groups bursts and counts every event once', () => {
    const total = (kind: string) =>
      items.filter((i) => i.kind === kind).reduce((s, i) => s + i.count, 0);
    expect(total('sop')).toBe(world.log.filter((e) => e.type === 'sop_violation').length);
    expect(total('bad_review')).toBe(
      world.log.filter((e) => e.type === 'bad_review_posted').length,
    );
    for (const i of items) {
      expect(i.refs.length).toBeLessThanOrEqual(MAX_REFS);
      expect(i.to - i.t).toBeLessThan(3600 * 6);
    }
    const sop = items.filter((i) => i.kind === 'sop');
    for (const i of sop) expect(Math.floor(i.t / 3600)).toBe(Math.floor(i.to / 3600));
  });

  it('titles rows in both languages with names, not ids', () => {
    const incident = items.find((i) => i.kind === 'incident')!;
    expect(timelineTitle(incident, 'zh-CN', world)).toMatch(/[\u4e00-\u9fff]/);
    const sop = items.find((i) => i.kind === 'sop')!;
    expect(timelineTitle(sop, 'en', world)).toMatch(new RegExp(`^${sop.count} × `));
    expect(timelineTitle(sop, 'en', world)).not.toContain(sop.rule);
    const lines = timelineLines(items, 'en', world);
    expect(lines.length).toBe(items.length);
    expect(lines[0]).toMatch(/^\d{2}:\d{2} /);
    const inc = lines[items.indexOf(incident)];
    expect(inc).toMatch(/^\d{2}:\d{2}–\d{2}:\d{2} /);
  });

  it('filters by kind and counts per kind', () => {
    const counts = countByKind(items);
    expect(filterTimeline(items, new Set(['sop'])).length).toBe(counts.sop);
    expect(filterTimeline(items, new Set()).length).toBe(items.length);
  });
});

describe('chart options', () => {
  const labels = { you: 'You', expert: 'Expert', target: 'Target' };

  it('puts the target as a markLine on the KPI time series', () => {
    const opt = seriesOption({
      kpi: 'on_time_ship_rate',
      op: '>=',
      target: 0.95,
      values: world.series.on_time_ship_rate,
      startTime: scenario.startTime,
      lang: 'zh-CN',
      labels,
      incidents: incidentSpans(world).map((s) => ({ ...s, name: s.kind })),
    });
    const series = opt.series as {
      markLine?: { data: { yAxis: number }[] };
      data: number[];
      markArea?: { data: unknown[] };
    }[];
    expect(series[0]?.markLine?.data[0]?.yAxis).toBe(0.95);
    expect(series[0]?.data.length).toBe(world.series.on_time_ship_rate.length);
    expect(series[0]?.markArea?.data.length).toBe(3);
    expect((opt.xAxis as { data: string[] }).data[0]).toBe('08:01');
  });

  it('adds the expert series beside the learner when given', () => {
    const opt = seriesOption({
      kpi: 'csat',
      op: '>=',
      target: 4.5,
      values: [4, 4.2],
      expert: [4.6, 4.8],
      startTime: '09:00',
      lang: 'en',
      labels,
    });
    expect((opt.series as { name: string }[]).map((s) => s.name)).toEqual(['You', 'Expert']);
  });

  it('labels minutes on the scenario clock', () => {
    expect(minuteLabels(3, '23:58', 'en')).toEqual(['23:59', 'day 2 00:00', 'day 2 00:01']);
  });

  it('builds the funnel from visitors to paid, and the role bars', () => {
    const f = funnelOf(world);
    expect(f.uv).toBeGreaterThanOrEqual(f.cart);
    expect(f.cart).toBeGreaterThanOrEqual(f.paid);
    const opt = funnelOption(
      f,
      f,
      { uv: 'UV', cart: 'Cart', paid: 'Paid', you: 'You', expert: 'Expert' },
      (r) => r,
    );
    const series = opt.series as { data: { value: number }[] }[];
    expect(series.length).toBe(2);
    expect(series[0]?.data.map((d) => d.value)).toEqual([f.uv, f.cart, f.paid]);
    const roles = roleScoresOption(core.score.roleScores, undefined, {
      roles: { buyer: 'B', support: 'S', ops: 'O', warehouse: 'W' },
      you: 'You',
      expert: 'Expert',
    });
    expect((roles.series as { data: number[] }[])[0]?.data).toEqual([
      core.score.roleScores.buyer,
      core.score.roleScores.support,
      core.score.roleScores.ops,
      core.score.roleScores.warehouse,
    ]);
  });
});

describe('checklist editing', () => {
  const items = initialChecklist(core.doc, 'zh-CN', world);

  it('starts from the 复盘 actions', () => {
    expect(items.map((i) => i.id)).toEqual(core.doc.actions.map((a) => a.id));
    expect(items.every((i) => !i.custom && !i.done)).toBe(true);
  });

  it('ticks, reassigns, notes, adds and removes', () => {
    const id = items[0]!.id;
    let next = toggleItem(items, id);
    expect(doneCount(next)).toBe(1);
    next = setOwner(next, id, 'ops');
    expect(next[0]?.ownerRole).toBe('ops');
    next = setNote(next, id, 'x'.repeat(3000));
    expect(next[0]?.note.length).toBe(2000);
    next = addItem(next, '  我的改进  ', 'support');
    expect(next.at(-1)).toMatchObject({ text: '我的改进', custom: true, ownerRole: 'support' });
    expect(addItem(next, '   ', 'ops').length).toBe(next.length);
    const mine = next.at(-1)!.id;
    expect(mine).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(removeItem(next, mine).length).toBe(next.length - 1);
    expect(removeItem(next, id).length).toBe(next.length);
  });

  it('re-renders generated text in the other language and keeps the learner’s own', () => {
    const mixed = addItem(toggleItem(items, items[0]!.id), 'mine', 'ops');
    const en = relabelChecklist(mixed, core.doc, 'en', world);
    expect(en[0]?.text).toBe(initialChecklist(core.doc, 'en', world)[0]?.text);
    expect(en[0]?.done).toBe(true);
    expect(en.at(-1)?.text).toBe('mine');
  });
});

describe('seat helpers', () => {
  it('names the played role and the bots’ level', () => {
    expect(botLevelOf(world)).toBe('competent');
    expect(playedRole(world, 'nobody')).toBe(scenario.focusRole);
  });
});

describe('the expert yardstick', () => {
  it('stops where the learner stopped, and says when that stretch is too short to score', () => {
    const early = playExpert(playAs('tutorial-one-order', 'support', { minutes: 15 }), undefined);
    expect(early).toMatchObject({ trimmed: true, until: 15 * 60, verdict: 'too_short', stars: 0 });
    const full = playExpert(
      playAs('tutorial-one-order', 'support', { level: 'expert' }),
      undefined,
    );
    expect(full).toMatchObject({ trimmed: false, verdict: 'scored', stars: 3 });
  });
});

describe('axis helpers', () => {
  it('rounds axis tops up to values with four round steps', () => {
    expect(niceCeil(0.123)).toBe(0.16);
    expect(niceCeil(13)).toBe(16);
    expect(niceCeil(150)).toBe(160);
    expect(niceCeil(0)).toBe(1);
    expect(axisTop('on_time_ship_rate', [1, 0.97], 0.95)).toBe(1);
    expect(axisTop('csat', [4.2], 4.5)).toBe(5);
    expect(axisTop('oversold_orders', [0, 3], 15)).toBe(20);
  });

  it('labels full hours only, about six of them', () => {
    const labels = minuteLabels(720, '08:00', 'en');
    const shown = labels.filter((_, i) => hourLabelFilter(labels)(i));
    expect(shown).toEqual(['10:00', '12:00', '14:00', '16:00', '18:00', '20:00']);
    const short = minuteLabels(60, '09:00', 'en');
    expect(short.filter((_, i) => hourLabelFilter(short)(i))).toEqual([
      '09:10',
      '09:20',
      '09:30',
      '09:40',
      '09:50',
      '10:00',
    ]);
  });
});
