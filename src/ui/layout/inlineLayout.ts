import type { SopDocument } from '../../model/types';
import type { LayoutAnswer, LayoutKind } from './layoutJob';

/** Lays a document out in place, for where there are no workers. */
export type InlineLayout = <K extends LayoutKind>(kind: K, doc: SopDocument) => LayoutAnswer<K>;

let inline: InlineLayout | null = null;

/**
 * Where there are no workers (jsdom, in the unit tests) the views lay out in place with the
 * layout given here. The app itself never imports the layout on the main thread: it stays in
 * the worker's chunk and out of the first download.
 */
export function provideInlineLayout(layout: InlineLayout): void {
  inline = layout;
}

/** The layout given for laying out in place, if any. */
export function inlineLayout(): InlineLayout | null {
  return inline;
}
