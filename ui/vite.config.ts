import { defineConfig, searchForWorkspaceRoot } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Tauri serves the built files itself; the dev server is only for `make dev`.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    // The catalogues (../locales/<lang>/ui.ftl) live beside the library's own,
    // outside ui/: the dev server and vitest may read that folder, nothing else.
    fs: { allow: [searchForWorkspaceRoot(process.cwd()), '../locales'] },
  },
  // pdf.js's worker is an ES module: bundled as one, started from the app's own files.
  worker: { format: 'es' },
  build: {
    target: 'es2021',
    // Everything is local: no CDN, no remote fonts, matching the strict CSP.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    // Lets @testing-library/svelte clean up the DOM after each test.
    globals: true,
    include: ['src/**/*.test.ts'],
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
});
