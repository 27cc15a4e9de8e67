import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LockstepSeat } from '../../src/host/lockstep-client';
import { hashWorld } from '../../src/sim/engine/hash';
import {
  startHostProcess,
  startRedis,
  stopProcess,
  tempDir,
  trainer,
  until,
  type HostProcess,
} from './harness';

/**
 * Scale-out (DESIGN §7): two host processes share a real redis-server (started here on a random
 * loopback port, no persistence). Each hosts its own class; a learner asks the second process
 * for a team room of the first, and Redis matchmaking seats them there.
 */

const SCENARIO = 'scenarios/conversion-boost.yaml';
let redis: Awaited<ReturnType<typeof startRedis>>;
const dirs = [tempDir('shopdojo-scale-a-'), tempDir('shopdojo-scale-b-')];
const hosts: HostProcess[] = [];
let learner: LockstepSeat | undefined;

beforeAll(async () => {
  redis = await startRedis();
  const common = ['--teams', '2', '--checkpoint-every', '60', '--redis', redis.url];
  // Started one after the other: two cold starts at once crawl on a loaded 2-core machine.
  for (const d of dirs)
    hosts.push(await startHostProcess([SCENARIO, ...common, '--journal', d.dir]));
});

afterAll(async () => {
  if (learner) {
    await Promise.race([
      learner.leave().catch(() => undefined),
      new Promise((r) => setTimeout(r, 500)),
    ]);
  }
  for (const h of hosts) await stopProcess(h.child);
  if (redis) await redis.stop();
  for (const d of dirs) d.remove();
});

describe('several host processes on one Redis', () => {
  it('seats a learner who came through one process in a team room of the other, across a drop too', async () => {
    const [a, b] = hosts as [HostProcess, HostProcess];
    expect(a.code).not.toBe(b.code);
    // Through b's address, into a's class.
    learner = await LockstepSeat.join(b.endpoint, `${a.code}-2`, {
      code: a.code,
      name: 'Gu',
      seat: 'ops',
    });
    expect(learner.welcome?.seat).toBe('ops');
    expect(await learner.act('set_price', { sku: 'yoga-pants', price: 149 })).toMatchObject({
      ok: true,
    });
    const t = trainer(a);
    await t.pace({ paused: false, speed: 4 });
    await until(() => (learner?.checkpoints ?? 0) >= 2, 'checkpoints through the other process');
    await learner.leave(false);
    await learner.reconnect();
    expect(await learner.act('read_funnel')).toMatchObject({ ok: true });
    const status = await t.pace({ paused: true });
    await until(() => learner?.seq === status.teams[1]?.seq, 'the pause to reach the learner');
    expect(hashWorld(learner.world!)).toBe(status.teams[1]?.hash);
    expect(status.teams[1]?.seats).toEqual({ ops: 'Gu' });
    expect(learner.mismatches).toBe(0);
  });
});
