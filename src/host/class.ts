import { createHash, randomBytes, randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Scenario } from '../scenario/schema';
import { BOT_LEVELS, type BotLevel, type Role } from '../sim/ids';
import { CLASS_CODE_ALPHABET } from './protocol';
import { playableSeats, Team } from './team';

/** What `class.json` in the journal folder keeps: enough to bring the class back as it was. */
const classFileSchema = z.strictObject({
  format: z.literal(1),
  code: z.string(),
  trainerToken: z.string(),
  scenario: z.strictObject({ id: z.string(), version: z.number().int() }),
  seed: z.number().int(),
  teams: z.number().int().min(1),
  seatsPerTeam: z.number().int().min(1),
  botLevel: z.enum(BOT_LEVELS),
});
type ClassFile = z.infer<typeof classFileSchema>;

export interface ClassOptions {
  teams: number;
  seatsPerTeam: number;
  botLevel: BotLevel;
  seed?: number;
  journalDir: string;
  /** Sim-seconds between two checkpoints (hash + journal flush). */
  checkpointEvery?: number;
}

/** A random class code of `n` characters that read unambiguously aloud and on a projector. */
export function newClassCode(n = 5): string {
  let code = '';
  for (let i = 0; i < n; i++) code += CLASS_CODE_ALPHABET[randomInt(CLASS_CODE_ALPHABET.length)];
  return code;
}

export const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/**
 * A class: one code, one scenario and seed, N teams each with its own authoritative world,
 * one pace for all. Everything that must survive a restart lives in the journal folder.
 */
export class ClassSession {
  readonly scenario: Scenario;
  readonly code: string;
  readonly trainerToken: string;
  readonly teams: Team[];
  readonly seats: Role[];
  readonly botLevel: BotLevel;
  readonly checkpointEvery: number;
  /** Whether the class came back from a journal (and so starts paused at its last point). */
  readonly resumed: boolean;
  paused = true;
  speed = 1;
  closed = false;
  private timer: NodeJS.Timeout | null = null;
  private last = 0;

  private constructor(
    scenario: Scenario,
    file: ClassFile,
    teams: Team[],
    resumed: boolean,
    every: number,
  ) {
    this.scenario = scenario;
    this.code = file.code;
    this.trainerToken = file.trainerToken;
    this.teams = teams;
    this.seats = playableSeats(scenario, file.seatsPerTeam);
    this.botLevel = file.botLevel;
    this.resumed = resumed;
    this.checkpointEvery = every;
  }

  /**
   * Opens the class in `journalDir`: resumes the one journalled there (same code, token and
   * worlds, paused), or starts a new one. A folder holding another scenario's class is an error.
   */
  static open(scenario: Scenario, opts: ClassOptions): ClassSession {
    mkdirSync(opts.journalDir, { recursive: true });
    const path = join(opts.journalDir, 'class.json');
    const every = opts.checkpointEvery ?? defaultCheckpointEvery(scenario);
    if (existsSync(path)) {
      const parsed = classFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.success) throw new Error(`${path}: not a class file (${parsed.error.message})`);
      const file = parsed.data;
      if (file.scenario.id !== scenario.id || file.scenario.version !== scenario.version) {
        throw new Error(
          `${path}: this folder holds a class of ${file.scenario.id} v${file.scenario.version}; use another --journal folder for ${scenario.id}`,
        );
      }
      const teams = range(file.teams).map((n) =>
        Team.resume(scenario, teamJournal(opts.journalDir, n)),
      );
      return new ClassSession(scenario, file, teams, true, every);
    }
    const file: ClassFile = {
      format: 1,
      code: newClassCode(),
      trainerToken: randomBytes(18).toString('base64url'),
      scenario: { id: scenario.id, version: scenario.version },
      seed: opts.seed ?? scenario.seed,
      teams: opts.teams,
      seatsPerTeam: opts.seatsPerTeam,
      botLevel: opts.botLevel,
    };
    const teams = range(file.teams).map((n) =>
      Team.create(scenario, {
        code: file.code,
        team: n,
        seed: file.seed,
        botLevel: file.botLevel,
        journalPath: teamJournal(opts.journalDir, n),
      }),
    );
    writeFileSync(`${path}.tmp`, JSON.stringify(file, null, 2));
    renameSync(`${path}.tmp`, path);
    return new ClassSession(scenario, file, teams, false, every);
  }

  team(n: number): Team | undefined {
    return this.teams[n - 1];
  }

  /** Pause or run every team; journalled per team with a checkpoint. */
  setPace(paused: boolean, speed: number): void {
    this.paused = paused;
    this.speed = speed;
    for (const t of this.teams) t.pace(paused, speed);
  }

  /** Starts the real-time loop that moves every team's clock while the class runs. */
  start(periodMs = 100): void {
    this.last = performance.now();
    this.timer = setInterval(() => {
      const now = performance.now();
      const dt = (now - this.last) / 1000;
      this.last = now;
      if (this.paused) return;
      // A stalled event loop must not fast-forward the day: at most a quarter second a step.
      const every = this.checkpointEvery;
      for (const t of this.teams) {
        const offset = Math.floor(((t.team - 1) * every) / this.teams.length);
        t.run(Math.min(dt, 0.25), this.speed, every, offset);
      }
    }, periodMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const t of this.teams) t.close();
  }
}

/** About one checkpoint every five real seconds at 1×, on whole sim minutes. */
function defaultCheckpointEvery(scenario: Scenario): number {
  return Math.max(60, Math.round((scenario.timeScale * 5) / 60) * 60);
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const teamJournal = (dir: string, n: number) => join(dir, `team-${n}.jsonl`);
