/**
 * The narrow slice of the Web Storage API the library uses, so unit tests can
 * hand in a fake (including one that throws "quota exceeded").
 */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Every key the app writes starts with this, so other data on the origin is left alone. */
export const KEY_PREFIX = 'alir:';
export const INDEX_KEY = `${KEY_PREFIX}index`;
export const SETTINGS_KEY = `${KEY_PREFIX}settings`;
export const DOC_KEY_PREFIX = `${KEY_PREFIX}doc:`;
export const QUARANTINE_KEY_PREFIX = `${KEY_PREFIX}quarantine:`;

/** The storage key of one document. */
export function docKey(id: string): string {
  return DOC_KEY_PREFIX + id;
}

/** The document id a storage key belongs to, or null for any other key. */
export function idFromDocKey(key: string): string | null {
  return key.startsWith(DOC_KEY_PREFIX) ? key.slice(DOC_KEY_PREFIX.length) : null;
}

/** True when a storage write failed because the browser's quota is used up. */
export function isQuotaError(error: unknown): boolean {
  if (
    !(error instanceof Error) &&
    !(typeof DOMException !== 'undefined' && error instanceof DOMException)
  ) {
    return false;
  }
  const e = error as { name?: string; code?: number };
  return (
    e.name === 'QuotaExceededError' ||
    e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    e.code === 22 ||
    e.code === 1014
  );
}

/** All keys currently in the storage (a snapshot: callers may remove keys while iterating it). */
export function allKeys(storage: KeyValueStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** An in-memory storage for tests and for browsers where localStorage is unavailable. */
export class MemoryStorage implements KeyValueStorage {
  private readonly items = new Map<string, string>();
  /** When set, a write that would make the total length exceed it throws a quota error. */
  quotaChars: number | null = null;

  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.quotaChars !== null) {
      const used =
        this.usedChars() -
        (this.items.get(key)?.length ?? 0) +
        (this.items.has(key) ? 0 : key.length);
      if (used + value.length > this.quotaChars) {
        const error = new Error('The quota has been exceeded.');
        error.name = 'QuotaExceededError';
        throw error;
      }
    }
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  private usedChars(): number {
    let total = 0;
    for (const [k, v] of this.items) total += k.length + v.length;
    return total;
  }
}

/** The browser's localStorage, or an in-memory stand-in when it is blocked (private mode, policy). */
export function browserStorage(): { storage: KeyValueStorage; persistent: boolean } {
  try {
    const storage = window.localStorage;
    const probe = `${KEY_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return { storage, persistent: true };
  } catch (error) {
    // A full storage still reads fine: keep it so the user's documents are there.
    if (isQuotaError(error)) return { storage: window.localStorage, persistent: true };
    return { storage: new MemoryStorage(), persistent: false };
  }
}
