import { useState } from 'react';

/**
 * An action that takes a while (an export): `busy` while it runs, and a failure's message
 * handed to `onFailed` instead of being lost in a rejected promise.
 */
export function useBusyTask(
  task: () => Promise<void>,
  onFailed: (reason: string) => void,
): [busy: boolean, run: () => Promise<void>] {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await task();
    } catch (error) {
      onFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return [busy, run];
}
