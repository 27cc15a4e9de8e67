import { defineConfig } from 'vite';

// The renderer: the same build serves the browser (`npm run web`) and the Electron shell,
// which loads dist/ from its own protocol, so asset paths stay relative.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173, strictPort: false },
});
