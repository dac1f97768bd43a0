import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer only; the Node side is bundled by scripts/build-node.mjs. Relative base: served from app:// or http://127.0.0.1. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 1500,
  },
});
