/** Reusable search buffers, sized for the largest grid seen: a search allocates nothing. */
export class Scratch {
  g = new Float64Array(0);
  stamp = new Uint32Array(0);
  parent = new Int32Array(0);
  generation = 0;
  /** A binary min-heap of (priority, state), `size` entries long. */
  heapF = new Float64Array(1024);
  heapS = new Int32Array(1024);
  size = 0;
  /** The priority of the entry `pop` returned last. */
  poppedF = 0;

  /** The heuristic's terms by column and by row, for grids up to the largest seen. */
  private hx = new Float64Array(0);
  private hy = new Float64Array(0);

  heuristicRows(columns: number, rows: number): { hx: Float64Array; hy: Float64Array } {
    if (this.hx.length < columns) this.hx = new Float64Array(columns);
    if (this.hy.length < rows) this.hy = new Float64Array(rows);
    return { hx: this.hx, hy: this.hy };
  }

  reset(states: number): void {
    if (this.g.length < states) {
      this.g = new Float64Array(states);
      this.stamp = new Uint32Array(states);
      this.parent = new Int32Array(states);
      this.generation = 0;
    }
    this.generation++;
    this.size = 0;
  }

  push(f: number, s: number): void {
    if (this.size === this.heapF.length) {
      const f2 = new Float64Array(this.size * 2);
      const s2 = new Int32Array(this.size * 2);
      f2.set(this.heapF);
      s2.set(this.heapS);
      this.heapF = f2;
      this.heapS = s2;
    }
    const hf = this.heapF;
    const hs = this.heapS;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (hf[p]! <= f) break;
      hf[i] = hf[p]!;
      hs[i] = hs[p]!;
      i = p;
    }
    hf[i] = f;
    hs[i] = s;
  }

  pop(): number {
    const hf = this.heapF;
    const hs = this.heapS;
    const top = hs[0]!;
    this.poppedF = hf[0]!;
    const n = --this.size;
    if (n > 0) {
      const lastF = hf[n]!;
      const lastS = hs[n]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const c = l + 1 < n && hf[l + 1]! < hf[l]! ? l + 1 : l;
        if (hf[c]! >= lastF) break;
        hf[i] = hf[c]!;
        hs[i] = hs[c]!;
        i = c;
      }
      hf[i] = lastF;
      hs[i] = lastS;
    }
    return top;
  }
}
