// Builds the workbench UI into dist/web, which `dossier serve` serves; everything is bundled, nothing loads from outside.
import { defineConfig } from 'vite';

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: new URL('../dist/web', import.meta.url).pathname,
    emptyOutDir: true,
    // no inline <script> or data: module preload, so the strict CSP holds
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
  },
});
