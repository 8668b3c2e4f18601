import type { Identity, SopDocument } from '../types';

/** Changes some identity fields; the rest of the document is shared, not copied. */
export function updateIdentity(doc: SopDocument, patch: Partial<Identity>): SopDocument {
  const keys = Object.keys(patch) as (keyof Identity)[];
  if (keys.every((k) => Object.is(doc.identity[k], patch[k]))) return doc;
  return { ...doc, identity: { ...doc.identity, ...patch } };
}

/** Renames the SOP (the identity's "Nama SOP", which is also its name in the library). */
export function renameSop(doc: SopDocument, name: string): SopDocument {
  return updateIdentity(doc, { name });
}
