import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ClassSession } from '../../src/host/class';
import { readJournal } from '../../src/host/journal';
import { loadScenarioFile } from '../../src/scenario/load-file';
import { hashWorld } from '../../src/sim/engine/hash';
import { tempDir } from './harness';

/** The journal in-process: what a restarted host reads back, and what it refuses. */

const scenario = loadScenarioFile('scenarios/tutorial-one-order.yaml');
const dirs: { remove: () => void }[] = [];
const fresh = () => {
  const d = tempDir('shopdojo-journal-');
  dirs.push(d);
  return d.dir;
};
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

function playSome(dir: string) {
  const cls = ClassSession.open(scenario, {
    teams: 1,
    seatsPerTeam: 4,
    botLevel: 'novice',
    journalDir: dir,
    checkpointEvery: 60,
  });
  const team = cls.team(1)!;
  team.claim('ops', { name: 'Ana', keyHash: 'k'.repeat(64) });
  expect(team.submit('ops', 'c1', 'read_funnel', {})).toMatchObject({ ok: true });
  expect(team.submit('ops', 'c1', 'read_funnel', {})).toMatchObject({ ok: true }); // a resend
  cls.setPace(false, 1);
  team.run(200 / scenario.timeScale, 1, 60);
  cls.setPace(true, 1);
  cls.stop();
  return {
    code: cls.code,
    token: cls.trainerToken,
    clock: team.world.clock,
    hash: hashWorld(team.world),
  };
}

describe('the team journal', () => {
  it('brings a class back with its code, token, seat claims and world hash, each command once', () => {
    const dir = fresh();
    const before = playSome(dir);
    const back = ClassSession.open(scenario, {
      teams: 9,
      seatsPerTeam: 1,
      botLevel: 'expert',
      journalDir: dir,
    });
    const team = back.team(1)!;
    expect([back.code, back.trainerToken, back.teams.length, back.paused]).toEqual([
      before.code,
      before.token,
      1,
      true,
    ]);
    expect(team.world.clock).toBe(before.clock);
    expect(hashWorld(team.world)).toBe(before.hash);
    expect(team.claims.get('ops')?.name).toBe('Ana');
    expect(team.world.seats.ops?.bot).toBeUndefined(); // the person's seat stays the person's
    expect(team.world.commandLog.filter((c) => c.command.type === 'read_funnel')).toHaveLength(1);
    back.stop();
  });

  it('drops a torn last line and names the line of any other damage', () => {
    const dir = fresh();
    playSome(dir);
    const path = join(dir, 'team-1.jsonl');
    const lines = readJournal(path).entries.length;
    appendFileSync(path, '{"kind":"cmd","seq":99,"ti');
    expect(readJournal(path).entries).toHaveLength(lines);
    const text = readFileSync(path, 'utf8').split('\n');
    text[2] = 'not json';
    writeFileSync(path, text.join('\n'));
    expect(() => readJournal(path)).toThrow(`${path}:3: not a JSON line`);
  });

  it('refuses a journal folder that holds another scenario’s class', () => {
    const dir = fresh();
    playSome(dir);
    const other = loadScenarioFile('scenarios/conversion-boost.yaml');
    expect(() =>
      ClassSession.open(other, { teams: 1, seatsPerTeam: 4, botLevel: 'novice', journalDir: dir }),
    ).toThrow(/holds a class of tutorial-one-order/);
  });
});
