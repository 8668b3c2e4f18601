import { useSyncExternalStore } from 'react';

/**
 * A new version of the app, announced by its service worker (vite-plugin-pwa, registerType
 * "prompt"): it waits until the user chooses to reload, so it is never applied in the middle
 * of work. Without a service worker (development, tests in jsdom) nothing is ever announced.
 */
let ready = false;
let applyUpdate: (() => Promise<void>) | null = null;
const listeners = new Set<() => void>();

/** Says a new version is waiting; `apply` activates it and reloads (the service worker's registration calls it). */
export function announceUpdate(apply: () => Promise<void>): void {
  ready = true;
  applyUpdate = apply;
  for (const listener of listeners) listener();
}

/** Registers the service worker that keeps the app working offline; its code loads after the first screen. */
export async function registerAppUpdates(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => announceUpdate(() => update(true)),
  });
}

/** True once a new version is waiting. */
export function useUpdateReady(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => ready,
  );
}

/** Activates the waiting version and reloads the page (the caller has stored the work first). */
export function applyAppUpdate(): Promise<void> {
  return applyUpdate ? applyUpdate() : Promise.resolve();
}
