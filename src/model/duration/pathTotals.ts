import type { SopGraph } from '../rules/sopGraph';

/**
 * The cost of entering each symbol from another one: the Waktu of its step, or
 * nothing when the arrow stays within one step (a row passing through two actors
 * is one activity with one Waktu).
 */
export type EntryCost = (from: number, to: number) => number;

/** A small binary heap of [distance, node] for Dijkstra. */
class MinHeap {
  private items: [number, number][] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: [number, number]): void {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (a[parent]![0] <= a[i]![0]) break;
      [a[parent], a[i]] = [a[i]!, a[parent]!];
      i = parent;
    }
  }
  pop(): [number, number] {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]![0] < a[m]![0]) m = l;
        if (r < a.length && a[r]![0] < a[m]![0]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

/** Least total cost from `start` to every symbol (Infinity if unreachable); loops never make a way shorter. */
export function shortestTotals(
  graph: SopGraph,
  start: number,
  startCost: number,
  cost: EntryCost,
): Float64Array {
  const dist = new Float64Array(graph.symbols.length).fill(Infinity);
  dist[start] = startCost;
  const heap = new MinHeap();
  heap.push([startCost, start]);
  while (heap.size > 0) {
    const [d, u] = heap.pop();
    if (d > dist[u]!) continue;
    for (const { to } of graph.exits[u]!) {
      const next = d + cost(u, to);
      if (next < dist[to]!) {
        dist[to] = next;
        heap.push([next, to]);
      }
    }
  }
  return dist;
}

/**
 * Arrows that close a loop: walking the flow depth-first from `start` (exits in
 * document order), an arrow back to a symbol still on the current walk. Without
 * them the flow is acyclic; returned with a topological order of what `start` reaches.
 */
export function acyclicOrder(
  graph: SopGraph,
  start: number,
): { order: number[]; loopBack: Set<string> } {
  const state = new Uint8Array(graph.symbols.length); // 0 new, 1 on the walk, 2 done
  const loopBack = new Set<string>();
  const postorder: number[] = [];
  // An explicit stack: 2,000-step SOPs would overflow a recursive walk.
  const stack: [node: number, nextExit: number][] = [[start, 0]];
  state[start] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [u, k] = top;
    const exits = graph.exits[u]!;
    if (k === exits.length) {
      stack.pop();
      state[u] = 2;
      postorder.push(u);
      continue;
    }
    top[1] = k + 1;
    const edge = exits[k]!;
    if (state[edge.to] === 1) loopBack.add(edge.flow.id);
    else if (state[edge.to] === 0) {
      state[edge.to] = 1;
      stack.push([edge.to, 0]);
    }
  }
  return { order: postorder.reverse(), loopBack };
}

/** Greatest total cost from `start` to every symbol, not going round any loop (-Infinity if unreachable). */
export function longestTotals(
  graph: SopGraph,
  start: number,
  startCost: number,
  cost: EntryCost,
): Float64Array {
  const { order, loopBack } = acyclicOrder(graph, start);
  const best = new Float64Array(graph.symbols.length).fill(-Infinity);
  best[start] = startCost;
  for (const u of order) {
    for (const { flow, to } of graph.exits[u]!) {
      if (loopBack.has(flow.id)) continue;
      best[to] = Math.max(best[to]!, best[u]! + cost(u, to));
    }
  }
  return best;
}
