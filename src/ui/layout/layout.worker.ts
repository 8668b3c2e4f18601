/**
 * The layout worker: lays documents out off the main thread, so that typing and
 * scrolling never wait for arrow routing. One message in, one answer out.
 */
import { createLayoutResponder, type LayoutReply, type LayoutRequest } from './layoutJob';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(reply: LayoutReply): void;
}

const scope = self as unknown as WorkerScope;
const respond = createLayoutResponder();
scope.onmessage = (event) => scope.postMessage(respond(event.data));
