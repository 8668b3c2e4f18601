import { existsSync } from 'node:fs';

/** Debian's Chromium (or CHROMIUM_PATH) wins; elsewhere Playwright's own browser is used. */
export const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Headless Chromium that sends nothing of its own (updates, sync, QUIC), for tests and benches. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
