import { readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JoinRefused, LockstepSeat } from '../../src/host/lockstep-client';
import { hashWorld } from '../../src/sim/engine/hash';
import {
  startHostProcess,
  stopProcess,
  tempDir,
  trainer,
  until,
  type HostProcess,
} from './harness';

/**
 * A class on a real host process: learners as colyseus.js clients in Node join by code, play
 * on one world per team, drop and come back, and the host is killed (SIGKILL) and restarted
 * on its journal. Everything runs on 127.0.0.1 and is stopped by PID.
 */

const SCENARIO = 'scenarios/conversion-boost.yaml';
const journal = tempDir('shopdojo-class-');
let host: HostProcess;
const seats: LockstepSeat[] = [];

async function enter(roomTeam: number, name: string, seat?: string, code = host.code) {
  const s = await LockstepSeat.join(host.endpoint, `${host.code}-${roomTeam}`, {
    code,
    name,
    ...(seat ? { seat } : {}),
  });
  seats.push(s);
  return s;
}

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof JoinRefused) return e.why;
    throw e;
  }
  return 'joined';
}

/** Runs the class for a few checkpoints, pauses it, and waits until every copy has caught up. */
async function playAWhile(learners: LockstepSeat[], checkpoints: number): Promise<void> {
  const t = trainer(host);
  const start = learners.map((l) => l.checkpoints);
  await t.pace({ paused: false, speed: 4 });
  await until(
    () => learners.every((l, i) => l.checkpoints >= (start[i] ?? 0) + checkpoints),
    'checkpoints',
  );
  const status = await t.pace({ paused: true });
  await until(
    () =>
      learners.every(
        (l) => l.seq === status.teams[Number(l.welcome?.roomId.split('-')[1]) - 1]?.seq,
      ),
    'the pause to reach every learner',
  );
}

beforeAll(async () => {
  host = await startHostProcess([
    SCENARIO,
    '--teams',
    '2',
    '--seats-per-team',
    '2',
    '--journal',
    journal.dir,
    '--checkpoint-every',
    '60',
    '--bots',
    'novice',
  ]);
});

afterAll(async () => {
  for (const s of seats) {
    await Promise.race([s.leave().catch(() => undefined), new Promise((r) => setTimeout(r, 500))]);
  }
  if (host) await stopProcess(host.child);
  journal.remove();
});

describe('a class on one host', () => {
  it('seats learners by their login, refuses clearly, and keeps one world per team on every copy', async () => {
    const ana = await enter(1, 'Ana', 'ops');
    const bo = await enter(1, 'Bo');
    expect(ana.welcome?.seat).toBe('ops');
    expect(bo.welcome?.seat).toBe('support'); // the first free seat
    expect(await refusal(enter(1, 'Cy'))).toBe('team_full');
    const dan = await enter(2, 'Dan', 'ops');
    expect(await refusal(enter(2, 'Eve', 'ops'))).toBe('seat_taken');
    expect(await refusal(enter(2, 'Eve', 'trainer'))).toBe('unknown_seat');
    expect(await refusal(enter(2, 'Eve', 'support', 'WRONG1'))).toBe('wrong_code');
    expect(
      await refusal(LockstepSeat.join(host.endpoint, 'NOSUCH-1', { code: 'NOSUCH', name: 'Eve' })),
    ).toBe('wrong_code');

    // Learners cannot create rooms: a second room for a team would take over its stream.
    await expect(
      new Client(host.endpoint).create('team', { code: host.code, team: 1 }),
    ).rejects.toThrow();

    expect(await ana.act('set_price', { sku: 'running-tee', price: 79 })).toMatchObject({
      ok: true,
    });
    // The role comes from the seat's login: support cannot set a price, whatever it sends.
    expect(await bo.act('set_price', { sku: 'running-tee', price: 1 })).toMatchObject({
      ok: false,
      refusal: 'command_refused',
      reasonKey: 'not_your_role',
    });
    // A malformed message is answered with a refusal, and the learner stays connected.
    const refused = new Promise<{ refusal: string }>((r) => {
      ana.room.onMessage('refused', r);
    });
    ana.room.send('cmd', { cid: 'x', type: 'no_such_command' });
    expect((await refused).refusal).toBe('bad_message');
    expect(await ana.act('read_funnel')).toMatchObject({ ok: true });

    await playAWhile([ana, bo, dan], 3);
    const status = await trainer(host).status();
    expect(status.paused).toBe(true);
    const [team1, team2] = status.teams;
    expect(hashWorld(ana.world!)).toBe(team1?.hash);
    expect(hashWorld(bo.world!)).toBe(team1?.hash);
    expect(hashWorld(dan.world!)).toBe(team2?.hash);
    expect(team1?.hash).not.toBe(team2?.hash); // team 1 changed a price; team 2 did not
    expect(ana.world?.skus['running-tee']?.price).toBe(79);
    expect(ana.mismatches + bo.mismatches + dan.mismatches).toBe(0);
    expect(team1?.seats).toEqual({ ops: 'Ana', support: 'Bo' });
  });

  it('gives a dropped learner the seat back and applies a command sent while offline exactly once', async () => {
    const ana = seats[0] as LockstepSeat;
    const before = ana.world?.commandLog.filter((c) => c.command.seat === 'ops').length ?? 0;
    await ana.leave(false); // the network drops: not a consented leave
    const sent = ana.act('read_funnel'); // queued while offline
    await ana.reconnect();
    expect(await sent).toMatchObject({ ok: true });
    expect(ana.welcome?.seat).toBe('ops');
    await playAWhile([ana], 1);
    const after = ana.world?.commandLog.filter((c) => c.command.seat === 'ops').length ?? 0;
    expect(after - before).toBe(1);
    expect(hashWorld(ana.world!)).toBe((await trainer(host).status()).teams[0]?.hash);
  });

  it('comes back paused with the same hashes after a SIGKILL, and learners rejoin their seats', async () => {
    const before = await trainer(host).status();
    const { code, port } = host;
    await stopProcess(host.child, 'SIGKILL');
    // The trainer runs it again on the same journal and port (a class has one fixed port).
    host = await startHostProcess([
      SCENARIO,
      '--teams',
      '2',
      '--journal',
      journal.dir,
      '--checkpoint-every',
      '60',
      '--port',
      String(port),
    ]);
    expect(host.output()).toContain('Resumed from the journal');
    const after = await trainer(host).status();
    expect(after.code).toBe(code);
    expect(after.paused).toBe(true);
    expect(after.teams.map((t) => [t.clock, t.seq, t.hash])).toEqual(
      before.teams.map((t) => [t.clock, t.seq, t.hash]),
    );
    // The learner's seat key brings them back to their own seat on the new host.
    const ana = seats[0] as LockstepSeat;
    await ana.rejoin();
    expect(ana.welcome?.seat).toBe('ops');
    expect(hashWorld(ana.world!)).toBe(after.teams[0]?.hash);
    await playAWhile([ana], 2);
    expect(hashWorld(ana.world!)).toBe((await trainer(host).status()).teams[0]?.hash);
    const lines = readFileSync(joinPath(journal.dir, 'team-1.jsonl'), 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      kind: 'header',
      scenario: { id: 'conversion-boost' },
    });
  });

  it('refuses new learners once the trainer closes the class', async () => {
    await trainer(host).close();
    expect(await refusal(enter(2, 'Fay', 'support'))).toBe('class_closed');
  });
});
