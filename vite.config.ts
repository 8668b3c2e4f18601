import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The offline copy: a service worker precaches every file of the build, the chunks fetched on
 * demand and the sheet's fonts included, so after one visit the app starts and every export
 * works with no network. A new version waits until the user reloads (registerType "prompt",
 * announced by UpdateBanner); the worker is registered from the app after its first screen.
 */
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  disable: process.env.VITEST === 'true',
  manifest: {
    name: 'Alir — SOP AP',
    short_name: 'Alir',
    description: 'Penyunting SOP Administrasi Pemerintahan (Permen PAN-RB 35/2012)',
    lang: 'id',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1f5fad',
    icons: [
      { src: 'icons/alir-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/alir-512.png', sizes: '512x512', type: 'image/png' },
      {
        src: 'icons/alir-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
      { src: 'icons/alir.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,ttf,woff,woff2,svg,png,webmanifest}'],
    // The sheet's fonts are the largest files (DejaVu, about 0.7 MiB each).
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

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
  // Relative asset paths: the build runs from any sub-path of a static host.
  base: './',
  plugins: [react(), devServerSocket(), offline],
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
