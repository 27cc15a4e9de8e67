import { createServer as createHttpServer } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { matchMaker, Server } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import type { ClassSession } from './class';
import { httpHandler } from './http';
import { CREATE_KEY, HOSTED, TeamRoom } from './room';

export interface HostOptions {
  port: number;
  bind: string;
  /** The build to serve to browsers (vite's `dist/`); null serves no pages. */
  webRoot: string | null;
  /** A Redis URL: presence and matchmaking shared with the other host processes. */
  redis?: string;
  /** With Redis: the `host:port` other machines reach this process at (default: bind address). */
  publicAddress?: string;
}

export interface RunningHost {
  port: number;
  stop(): Promise<void>;
}

/** Largest WebSocket message a learner may send: commands are ~100 bytes. */
const MAX_PAYLOAD = 16 * 1024;

/** A free TCP port on `bind`, for when the port must be known before listening (Redis mode). */
export async function freePort(bind: string): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((done) => probe.listen(0, bind, done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

/**
 * Serves one class on one port: the HTTP routes, the WebSocket, and one room per team, all
 * created on this process (a class never spreads over processes; with Redis, learners may
 * still reach it through any host that shares the Redis).
 */
export async function startHost(cls: ClassSession, opts: HostOptions): Promise<RunningHost> {
  HOSTED.set(cls.code, cls);
  const port = opts.port === 0 && opts.redis ? await freePort(opts.bind) : opts.port;
  const http = createHttpServer(httpHandler(cls, opts.webRoot));
  const server = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: MAX_PAYLOAD }),
    greet: false,
    // The CLI and the Electron utility process decide when to exit, not Colyseus.
    gracefullyShutdown: false,
    ...(opts.redis
      ? {
          presence: new RedisPresence(opts.redis),
          driver: new RedisDriver(opts.redis),
          publicAddress:
            opts.publicAddress ?? `${opts.bind === '0.0.0.0' ? '127.0.0.1' : opts.bind}:${port}`,
        }
      : {}),
    selectProcessIdToCreateRoom: () => Promise.resolve(matchMaker.processId),
  });
  server.define('team', TeamRoom);
  await server.listen(port, opts.bind);
  const actual = (http.address() as AddressInfo).port;
  for (const team of cls.teams) {
    await matchMaker.createRoom('team', { code: cls.code, team: team.team, key: CREATE_KEY });
  }
  cls.start();
  return {
    port: actual,
    async stop() {
      cls.stop();
      HOSTED.delete(cls.code);
      await server.gracefullyShutdown(false);
    },
  };
}
