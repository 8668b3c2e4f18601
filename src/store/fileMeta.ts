import type { DocumentMeta } from '../model/documentMeta';
import type { EditorState } from './editorTypes';

/**
 * Who the open document is in a file written now: its library entry's id (so opening the file
 * here again finds it) and the time of its last change — now, when the screen holds changes
 * not stored yet. Undefined for a document with no entry yet: the file gets a fresh id.
 */
export function fileMetaOf(
  state: Pick<EditorState, 'docId' | 'dirty' | 'entries'>,
  now: Date = new Date(),
): DocumentMeta | undefined {
  if (state.docId === null) return undefined;
  const entry = state.entries.find((e) => e.id === state.docId);
  const modified = state.dirty || !entry ? now.toISOString() : entry.updatedAt;
  return { id: state.docId, modified };
}
