/**
 * `npm run build:electron`: compiles the shell to dist-electron/ with esbuild. main.js is an ES
 * module that loads its npm packages from node_modules; preload.cjs is one self-contained
 * CommonJS file, since a sandboxed preload can require nothing but `electron`.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const OUT = 'dist-electron';
rmSync(OUT, { recursive: true, force: true });

await Promise.all([
  build({
    entryPoints: ['electron/main.ts'],
    outfile: `${OUT}/main.js`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    sourcemap: true,
    logLevel: 'info',
  }),
  build({
    entryPoints: ['electron/preload.ts'],
    outfile: `${OUT}/preload.cjs`,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'chrome130',
    external: ['electron'],
    sourcemap: true,
    logLevel: 'info',
  }),
]);
