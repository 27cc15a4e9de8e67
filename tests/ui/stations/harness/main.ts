// A page that mounts one station panel for a seat of the role in the query string, with bots
// in the other seats, fast-forwarded `t` sim-seconds. Every command the panel issues is
// recorded on `window.stationLog`; `window.advanceSim(n)` moves the sim on.
import { h, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { advance } from '../../../../src/sim/engine/advance';
import { botSeats } from '../../../../src/sim/engine/create-world';
import type { Lang, Role } from '../../../../src/sim/ids';
import { LangContext } from '../../../../src/ui/i18n';
import { GameSession } from '../../../../src/ui/session/controller';
import { builtInScenarios } from '../../../../src/ui/session/scenarios';
import { StationPanel } from '../../../../src/ui/stations';

export interface LoggedAct {
  type: string;
  ok: boolean;
  key?: string;
}

const q = new URLSearchParams(location.search);
const role = (q.get('role') ?? 'support') as Role;
const lang = (q.get('lang') ?? 'zh-CN') as Lang;
const scenario = builtInScenarios().find((s) => s.id === q.get('scenario'));
if (!scenario) throw new Error(`no scenario ${q.get('scenario')}`);
const seats = [{ id: 'me', role }, ...botSeats(scenario).filter((s) => s.role !== role)];
// No bot colleagues: every control must have something to act on, whoever else is staffed.
const session = new GameSession(scenario, { seed: 3, seats, humanSeat: 'me', colleagues: false });
session.start();
advance(session.world, Number(q.get('t') ?? 0));

const log: LoggedAct[] = [];
const act = session.act.bind(session);
session.act = (type, payload) => {
  const r = act(type, payload);
  log.push(r.ok ? { type, ok: true } : { type, ok: false, key: r.reasonKey });
  return r;
};
const w = window as unknown as { stationLog: LoggedAct[]; advanceSim: (n: number) => void };
w.stationLog = log;
w.advanceSim = (n: number) => {
  advance(session.world, n);
  session.setSpeed(session.speed);
};

function Root() {
  const [version, setVersion] = useState(0);
  useEffect(() => session.subscribe(() => setVersion((v) => v + 1)), []);
  return h(LangContext.Provider, { value: lang }, h(StationPanel, { session, version }));
}
const dock = document.getElementById('dock');
if (dock) render(h(Root, {}), dock);
