import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The built app allows no connections at all (`connect-src 'none'` in index.html). The
 * development server alone needs its hot-reload socket, so only `npm start` widens the
 * policy to its own origin; `vite build` keeps the strict one.
 */
function devServerSocket(): Plugin {
  return {
    name: 'alir-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(
        "connect-src 'none'",
        "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), devServerSocket()],
  build: {
    target: 'es2022',
    // Nothing is fetched at run time; keep every asset in the bundle.
    assetsInlineLimit: 0,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    setupFiles: ['src/ui/layout/inlineLayout.setup.ts'],
  },
});
