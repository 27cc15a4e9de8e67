// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The map's frame-rate bench page, built apart from the app (`vite build -c bench/vite.config.js`)
// into .tmp/bench-dist/, which git and the linters ignore. `npx tsx src/cli/bench-fps.ts` uses it.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../.tmp/bench-dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 5000,
    rollupOptions: { input: { fps: fileURLToPath(new URL('fps.html', import.meta.url)) } },
  },
});
