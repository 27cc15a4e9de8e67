import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/scenario/load-file';
import { advance } from '../../src/sim/engine/advance';
import { botSeats, createWorld } from '../../src/sim/engine/create-world';
import { hashWorld } from '../../src/sim/engine/hash';
import { humanCommands, replay } from '../../src/sim/engine/replay';
import { playAndReport } from '../../src/sim/report';
import {
  decodeFile,
  FILE_SPECS,
  type FileSpec,
  progressV1toV2,
  settingsV1toV2,
  STORE_NAMES,
} from '../../src/platform/store-migrations';
import {
  autosaveRunSchema,
  loggedCommandSchema,
  runReportSchema,
} from '../../src/platform/store-schema';

const FLASH_SALE = 'scenarios/flash-sale-shipping.yaml';

describe('migrations', () => {
  it('progress v1 → current: stars and counts kept, no per-role bests yet', () => {
    const v1 = {
      schemaVersion: 1,
      byProfile: { p1: { 'tutorial-one-order': { bestStars: 2, attempts: 3 } } },
    };
    const out = decodeFile(FILE_SPECS.progress, v1);
    expect(out).toEqual({
      ok: true,
      fromVersion: 1,
      data: {
        schemaVersion: 2,
        byProfile: { p1: { 'tutorial-one-order': { bestStars: 2, attempts: 3, bestByRole: {} } } },
      },
    });
    // Pure: the input is left as it was.
    expect(v1.byProfile.p1['tutorial-one-order']).toEqual({ bestStars: 2, attempts: 3 });
    expect(progressV1toV2({ schemaVersion: 1, byProfile: {} })).toEqual({
      schemaVersion: 2,
      byProfile: {},
    });
  });

  it('settings v1 → current: language and speed kept, sound becomes a switch and a volume', () => {
    const v1 = { schemaVersion: 1, lang: 'zh-CN', speed: 4, sound: true } as const;
    expect(settingsV1toV2(v1)).toEqual({
      schemaVersion: 2,
      language: 'zh-CN',
      defaultSpeed: 4,
      sound: { enabled: true, volume: 0.8 },
      textSize: 'medium',
    });
    expect(decodeFile(FILE_SPECS.settings, v1)).toMatchObject({ ok: true, fromVersion: 1 });
  });

  it('an old file that does not match its own version is refused, naming the field', () => {
    const bad = { schemaVersion: 1, lang: 'fr', speed: 2, sound: true };
    expect(decodeFile(FILE_SPECS.settings, bad)).toMatchObject({
      ok: false,
      problem: 'schema-invalid',
      message: expect.stringMatching(/^lang: /) as unknown,
    });
  });

  it('refuses files from newer versions and files with no version', () => {
    for (const name of STORE_NAMES) {
      const spec: FileSpec<unknown> = FILE_SPECS[name];
      expect(decodeFile(spec, { schemaVersion: spec.version + 1 })).toMatchObject({
        ok: false,
        problem: 'newer-version',
      });
      for (const raw of [null, [], 'x', {}, { schemaVersion: '1' }, { schemaVersion: 0 }])
        expect(decodeFile(spec, raw)).toMatchObject({ ok: false, problem: 'schema-invalid' });
    }
  });

  it('every file has a chain of steps from v1 and an empty value that validates', () => {
    for (const name of STORE_NAMES) {
      const spec: FileSpec<unknown> = FILE_SPECS[name];
      for (let v = 1; v < spec.version; v++) expect(spec.steps[v], `${name} v${v}`).toBeDefined();
      expect(decodeFile(spec, spec.empty())).toMatchObject({ ok: true, fromVersion: spec.version });
    }
  });
});

describe('the schemas fit what the simulation produces', () => {
  it('a real run report (RunReport) validates, and survives JSON', () => {
    const scenario = loadScenarioFile('scenarios/tutorial-one-order.yaml');
    const { report } = playAndReport(scenario, { lang: 'zh-CN' });
    const parsed = runReportSchema.parse(JSON.parse(JSON.stringify(report)));
    expect(parsed.review.actions.length).toBeGreaterThanOrEqual(0);
    expect(parsed.worldHash).toBe(report.worldHash);
  });

  it('every command a full run logs validates as a saved command', () => {
    const scenario = loadScenarioFile(FLASH_SALE);
    const world = createWorld(scenario, { botLevel: 'expert' });
    advance(world, 3 * 3600);
    expect(world.commandLog.length).toBeGreaterThan(0);
    for (const entry of world.commandLog)
      loggedCommandSchema.parse(JSON.parse(JSON.stringify(entry)));
  });

  it('an autosave rebuilds the same world by replay', () => {
    const scenario = loadScenarioFile(FLASH_SALE);
    const seats = botSeats(scenario);
    const world = createWorld(scenario, { seats, seed: 7 });
    advance(world, 1800);
    const run = autosaveRunSchema.parse(
      JSON.parse(
        JSON.stringify({
          scenarioId: scenario.id,
          scenarioVersion: scenario.version,
          seed: world.seed,
          seats,
          role: 'ops',
          botLevel: 'competent',
          log: humanCommands(world),
          clock: world.clock,
          speed: 2,
          savedAt: '2025-03-01T09:00:00.000Z',
          worldHash: hashWorld(world),
        }),
      ),
    );
    const again = replay(scenario, { seed: run.seed, seats: run.seats }, run.log, run.clock);
    expect(hashWorld(again)).toBe(run.worldHash);
  });
});

describe('ids that every object inherits', () => {
  const progress = (key: string): unknown =>
    JSON.parse(
      `{"schemaVersion":2,"byProfile":{"${key}":{"tutorial-one-order":{"bestStars":2,"attempts":1,"bestByRole":{}}}}}`,
    );

  it('a stored file keyed by constructor or toString is refused', () => {
    for (const key of ['constructor', 'toString', 'hasOwnProperty']) {
      expect(decodeFile(FILE_SPECS.progress, progress(key)).ok, key).toBe(false);
    }
  });

  it('a __proto__ key is dropped, never merged into every object', () => {
    const out = decodeFile(FILE_SPECS.progress, progress('__proto__'));
    expect(out.ok && Object.keys(out.data.byProfile)).toEqual([]);
    expect(({} as Record<string, unknown>)['tutorial-one-order']).toBeUndefined();
  });
});
