import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a static bundle: Electron loads it from disk, the browser host serves it.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: '../resources/public',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
