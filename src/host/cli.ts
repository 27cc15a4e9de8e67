import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import QRCode from 'qrcode';
import { createI18n } from '../i18n';
import { loadScenarioFile } from '../scenario/load-file';
import { parseHostArgs } from './args';
import { ClassSession } from './class';
import { startHost } from './server';

/**
 * `npm run host -- <scenario.yaml> --teams N …`: hosts a class headless on one port and prints
 * the class code, the join URL, a QR code of it and the trainer token. Stops on Ctrl+C or
 * SIGTERM; the journal keeps everything, so running it again on the same folder resumes.
 */

/** The address learners on the LAN type: the machine's first IPv4 address off loopback. */
function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

async function main(): Promise<void> {
  const envLang = /^zh/i.test(process.env.LANG ?? '') ? 'zh-CN' : 'en';
  let args;
  try {
    args = parseHostArgs(process.argv.slice(2), envLang);
  } catch (e) {
    const t = createI18n(envLang).t;
    console.error(t('class.host.badOption', { detail: (e as Error).message }));
    console.error(t('class.host.usage'));
    process.exit(2);
  }
  const t = createI18n(args.lang).t;
  const scenario = loadScenarioFile(args.file);
  const journalDir = resolve(args.journal ?? join('.shopdojo-class', scenario.id));
  const cls = ClassSession.open(scenario, {
    teams: args.teams,
    seatsPerTeam: args.seatsPerTeam,
    botLevel: args.bots,
    seed: args.seed,
    journalDir,
    checkpointEvery: args.checkpointEvery,
  });
  const webRoot = resolve(args.web ?? 'dist');
  const host = await startHost(cls, {
    port: args.port,
    bind: args.bind,
    webRoot: existsSync(join(webRoot, 'index.html')) ? webRoot : null,
    redis: args.redis,
    publicAddress: args.publicAddress,
  });
  const address = args.bind === '0.0.0.0' ? lanAddress() : '127.0.0.1';
  const url = `http://${address}:${host.port}/join/${cls.code}`;
  const out = [
    t('class.host.title', { scenario: scenario.title[args.lang] }),
    t('class.host.listening', { url: `http://${args.bind}:${host.port}` }),
    t(args.bind === '0.0.0.0' ? 'class.host.lanNotice' : 'class.host.localOnly'),
    t('class.host.code', { code: cls.code }),
    t('class.host.joinUrl', { url }),
    t('class.host.trainerToken', { token: cls.trainerToken }),
    t('class.host.teams', {
      teams: cls.teams.length,
      seats: cls.seats.length,
      roles: cls.seats.join(', '),
      level: cls.botLevel,
    }),
    t('class.host.journal', { dir: journalDir }),
  ];
  if (cls.resumed) out.push(t('class.host.resumed'));
  out.push(
    t('class.host.paused', {
      command: `curl -X POST -H 'Authorization: Bearer ${cls.trainerToken}' -d '{"paused":false}' http://127.0.0.1:${host.port}/api/trainer/pace`,
    }),
  );
  console.log(out.join('\n'));
  console.log(await QRCode.toString(url, { type: 'terminal', small: true }));
  const stop = () => {
    void host.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
