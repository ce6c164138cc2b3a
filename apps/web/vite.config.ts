import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // The API's pure contracts (roles, vocabularies, error codes, the generated OpenAPI types): one source for both.
      '@contracts': fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url)),
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    // `npm run dev`: the API runs on :3000 (npm start); Vite proxies /api so the app keeps one origin and the cookie.
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The API serves the app with a self-only CSP: no data: URIs for assets.
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What the entry imports statically goes into one chunk. Left to itself the bundler split every module the
          // first page shares with some lazy page into a chunk per set of sharers (49 chunks on the sign-in page),
          // and the glue between them took 15 kB of the first page's 200 kB budget. Lazy pages keep their chunks.
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
