import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { KPI_IDS } from '../../src/sim/ids';

const tsx = 'node_modules/.bin/tsx';
const sim = (...args: string[]) =>
  spawnSync(tsx, ['src/cli/sim.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8' },
  });
const TUTORIAL = 'scenarios/tutorial-one-order.yaml';

describe('npm run sim', () => {
  it('prints exactly one JSON object with every KPI, and the same bytes for the same seed', () => {
    const a = sim(TUTORIAL, '--seed', '4', '--json');
    const b = sim(TUTORIAL, '--seed', '4', '--json');
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(a.stdout) as Record<string, unknown> & {
      kpis: Record<string, number>;
    };
    expect(Object.keys(report.kpis).sort()).toEqual([...KPI_IDS].sort());
    expect(report).toMatchObject({ scenario: { id: 'tutorial-one-order', version: 1 }, seed: 4 });
    for (const key of ['worldHash', 'targets', 'stars', 'roleScores', 'violations', 'review'])
      expect(report).toHaveProperty(key);
  });

  it('gives another world for another seed', () => {
    const a = JSON.parse(
      sim('scenarios/support-first-response.yaml', '--seed', '1', '--json').stdout,
    ) as { worldHash: string };
    const b = JSON.parse(
      sim('scenarios/support-first-response.yaml', '--seed', '2', '--json').stdout,
    ) as { worldHash: string };
    expect(a.worldHash).not.toBe(b.worldHash);
  });

  it('prints the KPI table, stars and the 复盘 in Chinese', () => {
    const out = execFileSync(
      tsx,
      ['src/cli/sim.ts', TUTORIAL, '--lang', 'zh-CN', '--bots', 'novice'],
      { encoding: 'utf8' },
    );
    expect(out).toContain('平均首响时长');
    expect(out).toContain('回顾目标');
    expect(out).toContain('改进清单');
    expect(out).toMatch(/星级：★/);
  });

  it('refuses a wrong option with the usage line and exit code 2', () => {
    const r = sim(TUTORIAL, '--bots', 'guru');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--bots');
    expect(r.stderr).toContain('novice | competent | expert');
    expect(r.stderr).toContain('Usage:');
  });

  it('names the file, line and field of a broken scenario', () => {
    const r = sim('tests/fixtures/scenarios/broken/wrong-type.yaml');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/wrong-type\.yaml:\d+:\d+ \S+/);
  });
});
