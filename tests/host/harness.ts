import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Real parts for the class-host tests: the host as a child process (`npm run host`'s entry) on
 * a free 127.0.0.1 port that it prints, a trainer talking to its HTTP API, and a redis-server
 * on a random loopback port. Everything is stopped by its PID; nothing talks beyond 127.0.0.1.
 */

const ROOT = resolve(import.meta.dirname, '../..');
// One process (node with tsx's loader), so a signal to its PID reaches the host itself.
const TSX_LOADER = 'tsx';

export interface HostProcess {
  child: ChildProcess;
  port: number;
  code: string;
  token: string;
  output: () => string;
  endpoint: string;
}

export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts `src/host/cli.ts` with `args` (plus --port 0 --lang en unless given) and waits for it. */
export async function startHostProcess(args: string[], timeoutMs = 45_000): Promise<HostProcess> {
  const full = [...args];
  if (!full.includes('--port')) full.push('--port', '0');
  full.push('--lang', 'en');
  const child = spawn(
    process.execPath,
    ['--import', TSX_LOADER, join(ROOT, 'src/host/cli.ts'), ...full],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'test' },
    },
  );
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const until = Date.now() + timeoutMs;
  for (;;) {
    const port = /Listening: http:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1];
    const code = /Class code: (\w+)/.exec(out)?.[1];
    const token = /Trainer token[^:]*: (\S+)/.exec(out)?.[1];
    if (port && code && token && /The class is paused/.test(out)) {
      return {
        child,
        port: Number(port),
        code,
        token,
        output: () => out,
        endpoint: `ws://127.0.0.1:${port}`,
      };
    }
    if (child.exitCode !== null) throw new Error(`host exited ${child.exitCode}:\n${out}`);
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`host did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Stops a process by its PID and waits until it is gone. */
export async function stopProcess(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  process.kill(child.pid as number, signal);
  await gone;
}

/** The trainer's HTTP API of a host. */
export function trainer(host: { port: number; token: string }) {
  const base = `http://127.0.0.1:${host.port}/api/trainer`;
  const headers = { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' };
  return {
    async status(): Promise<TrainerStatus> {
      const res = await fetch(`${base}/status`, { headers });
      return (await res.json()) as TrainerStatus;
    },
    async pace(body: { paused?: boolean; speed?: number }): Promise<TrainerStatus> {
      const res = await fetch(`${base}/pace`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      });
      return (await res.json()) as TrainerStatus;
    },
    async close(): Promise<TrainerStatus> {
      const res = await fetch(`${base}/close`, { method: 'POST', headers });
      return (await res.json()) as TrainerStatus;
    },
  };
}

export interface TrainerStatus {
  code: string;
  paused: boolean;
  speed: number;
  closed: boolean;
  teams: {
    team: number;
    clock: number;
    seq: number;
    hash: string;
    seats: Record<string, string>;
  }[];
}

/** Polls `check` until it returns a value (not undefined/false) or the time runs out. */
export async function until<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  ms = 15_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function freeLoopbackPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

/** A throwaway redis-server on a random loopback port, no persistence. */
export async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freeLoopbackPort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  await until(
    () => /Ready to accept connections/.test(out) || child.exitCode !== null,
    'redis-server',
  );
  if (child.exitCode !== null) throw new Error(`redis-server exited:\n${out}`);
  return { url: `redis://127.0.0.1:${port}`, stop: () => stopProcess(child) };
}
