import { parseArgs } from 'node:util';
import type { Translate } from './text';
import { LEARNER_MODES, type LearnerMode } from '../sim/engine/learner';
import { BOT_LEVELS, LANGS, type BotLevel, type Lang } from '../sim/ids';

/** A bad command line: the message says what is wrong; the CLI prints it with the usage. */
export class UsageError extends Error {}

export interface SimArgs {
  file: string;
  seed?: number;
  bots?: BotLevel;
  /** A simulated person in the focus seat: the expert at a person's pace, or idle. */
  learner?: LearnerMode;
  lang: Lang;
  json: boolean;
}

/** The language the CLI speaks before it has read `--lang`: Chinese on a Chinese locale. */
export function defaultLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

function oneOf<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  t: Translate,
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(t('cli.badValue', { option, allowed: allowed.join(' | '), value }));
}

/** Parses `sim` arguments; throws UsageError naming the bad part. */
export function parseSimArgs(argv: string[], t: Translate): SimArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        seed: { type: 'string' },
        bots: { type: 'string' },
        learner: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(t('cli.badOption', { detail: (e as Error).message }));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(t('cli.noFile'));
  let seed: number | undefined;
  if (values.seed !== undefined) {
    if (!/^\d+$/.test(values.seed)) throw new UsageError(t('cli.badSeed', { value: values.seed }));
    seed = Number(values.seed);
  }
  return {
    file: positionals[0] as string,
    seed,
    bots: oneOf('bots', values.bots, BOT_LEVELS, t),
    learner: oneOf('learner', values.learner, LEARNER_MODES, t),
    lang: oneOf('lang', values.lang, LANGS, t) ?? defaultLang(),
    json: values.json ?? false,
  };
}
