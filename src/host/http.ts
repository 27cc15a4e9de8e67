import { timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { createI18n } from '../i18n';
import type { Lang } from '../sim/ids';
import type { ClassSession } from './class';
import { classCodeSchema, paceSchema } from './protocol';

/**
 * The host's HTTP side, beside the WebSocket on the same port: the browser build, `/join/:code`,
 * the class's public seat list and the trainer's API (pace, close, status) behind the trainer
 * token. Only files under the build folder are ever served; no path from a client reaches
 * anything else on the disk.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
};
const MAX_BODY = 4096;

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
  res.end(text);
}

function langOf(req: IncomingMessage): Lang {
  return /^zh/i.test(req.headers['accept-language'] ?? '') ? 'zh-CN' : 'en';
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((done) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > MAX_BODY) req.destroy();
    });
    req.on('end', () => {
      try {
        done(text ? JSON.parse(text) : {});
      } catch {
        done(undefined);
      }
    });
    req.on('error', () => done(undefined));
  });
}

/** The seat list learners pick from: names and who is taken, never keys or worlds. */
export function publicClass(cls: ClassSession): unknown {
  return {
    code: cls.code,
    scenario: { id: cls.scenario.id, title: cls.scenario.title },
    paused: cls.paused,
    speed: cls.speed,
    closed: cls.closed,
    teams: cls.teams.map((t) => ({
      team: t.team,
      roomId: `${cls.code}-${t.team}`,
      seats: cls.seats.map((seat) => ({
        seat,
        role: seat,
        taken: t.claims.has(seat),
        name: t.claims.get(seat)?.name ?? '',
      })),
    })),
  };
}

function trainerStatus(cls: ClassSession): unknown {
  return {
    code: cls.code,
    paused: cls.paused,
    speed: cls.speed,
    closed: cls.closed,
    teams: cls.teams.map((t) => ({
      team: t.team,
      clock: t.world.clock,
      seq: t.seq,
      hash: t.lastHash,
      finished: t.world.finished,
      seats: Object.fromEntries([...t.claims].map(([s, c]) => [s, c.name])),
    })),
  };
}

function isTrainer(req: IncomingMessage, token: string): boolean {
  const given = Buffer.from((req.headers.authorization ?? '').replace(/^Bearer\s+/i, ''));
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

async function trainerApi(
  cls: ClassSession,
  req: IncomingMessage,
  res: ServerResponse,
  action: string,
): Promise<void> {
  if (!isTrainer(req, cls.trainerToken)) return send(res, 401, { error: 'trainer token required' });
  if (action === 'status' && req.method === 'GET') return send(res, 200, trainerStatus(cls));
  if (req.method !== 'POST') return send(res, 405, { error: 'use POST' });
  const body = await readBody(req);
  if (action === 'pace') {
    const pace = paceSchema.safeParse(body);
    if (!pace.success) return send(res, 400, { error: `pace: ${pace.error.issues[0]?.message}` });
    cls.setPace(pace.data.paused ?? cls.paused, pace.data.speed ?? cls.speed);
    return send(res, 200, trainerStatus(cls));
  }
  if (action === 'close') {
    cls.closed = true;
    return send(res, 200, trainerStatus(cls));
  }
  return send(res, 404, { error: `no trainer action ${action}` });
}

function serveFile(webRoot: string | null, path: string, res: ServerResponse): boolean {
  if (!webRoot) return false;
  let rel: string;
  try {
    rel = decodeURIComponent(path);
  } catch {
    return false;
  }
  const file = resolve(webRoot, '.' + (rel === '/' ? '/index.html' : rel));
  if (!file.startsWith(webRoot + sep) || !existsSync(file) || !statSync(file).isFile())
    return false;
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
  return true;
}

/** The request handler; Colyseus adds its matchmaking routes in front of it. */
export function httpHandler(cls: ClassSession, webRoot: string | null): RequestListener {
  const root = webRoot ? resolve(webRoot) : null;
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] === 'api' && parts[1] === 'trainer' && parts[2]) {
      void trainerApi(cls, req, res, parts[2]);
      return;
    }
    if (parts[0] === 'api' && parts[1] === 'class' && parts[2]) {
      const code = classCodeSchema.safeParse(parts[2]);
      if (!code.success || code.data !== cls.code) return send(res, 404, { refusal: 'wrong_code' });
      return send(res, 200, publicClass(cls));
    }
    if (parts[0] === 'join' && parts[1]) {
      const code = classCodeSchema.safeParse(parts[1]);
      if (code.success && code.data === cls.code) {
        res.writeHead(302, { location: `/?join=${cls.code}` });
        res.end();
        return;
      }
      const t = createI18n(langOf(req)).t;
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(
        `<!doctype html><meta charset="utf-8"><p>${escapeHtml(t('class.join.noClass', { code: parts[1] }))}</p>`,
      );
      return;
    }
    if (req.method === 'GET' && serveFile(root, url.pathname, res)) return;
    if (url.pathname === '/favicon.ico') {
      // The build has no icon file; an empty answer spares every browser a logged 404.
      res.writeHead(204);
      res.end();
      return;
    }
    send(res, 404, { error: 'not found' });
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
