import { parseArgs } from 'node:util';
import { z } from 'zod';
import { BOT_LEVELS, LANGS } from '../sim/ids';

/** `npm run host -- <scenario.yaml> --teams N …`, checked: a bad option names itself. */
const hostArgsSchema = z.strictObject({
  file: z.string().min(1, 'a scenario file is required'),
  teams: z.coerce.number().int().min(1).max(30),
  seatsPerTeam: z.coerce.number().int().min(1).max(4).default(4),
  port: z.coerce.number().int().min(0).max(65535).default(2567),
  bind: z.enum(['127.0.0.1', '0.0.0.0']).default('127.0.0.1'),
  journal: z.string().min(1).optional(),
  bots: z.enum(BOT_LEVELS).default('competent'),
  seed: z.coerce.number().int().min(0).optional(),
  redis: z
    .string()
    .regex(/^redis:\/\/[^\s]+$/, 'a redis://host:port URL')
    .optional(),
  publicAddress: z
    .string()
    .regex(/^[\w.-]+:\d+$/, 'host:port')
    .optional(),
  web: z.string().min(1).optional(),
  checkpointEvery: z.coerce.number().int().min(1).optional(),
  lang: z.enum(LANGS).default('en'),
});
export type HostArgs = z.infer<typeof hostArgsSchema>;

/** Parses the host's command line; throws an Error naming the bad option. */
export function parseHostArgs(argv: string[], defaultLang: HostArgs['lang']): HostArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      teams: { type: 'string' },
      'seats-per-team': { type: 'string' },
      port: { type: 'string' },
      bind: { type: 'string' },
      journal: { type: 'string' },
      bots: { type: 'string' },
      seed: { type: 'string' },
      redis: { type: 'string' },
      'public-address': { type: 'string' },
      web: { type: 'string' },
      'checkpoint-every': { type: 'string' },
      lang: { type: 'string' },
    },
  });
  const parsed = hostArgsSchema.safeParse({
    file: positionals[0] ?? '',
    teams: values.teams,
    seatsPerTeam: values['seats-per-team'],
    port: values.port,
    bind: values.bind,
    journal: values.journal,
    bots: values.bots,
    seed: values.seed,
    redis: values.redis,
    publicAddress: values['public-address'],
    web: values.web,
    checkpointEvery: values['checkpoint-every'],
    lang: values.lang ?? defaultLang,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const option = String(issue?.path[0] ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    throw new Error(`--${option}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
