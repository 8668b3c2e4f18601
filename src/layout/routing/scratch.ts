/** Reusable search buffers, sized for the largest grid seen. */
export class Scratch {
  g = new Float64Array(0);
  stamp = new Uint32Array(0);
  parent = new Int32Array(0);
  generation = 0;
  heapF: number[] = [];
  heapS: number[] = [];

  reset(states: number): void {
    if (this.g.length < states) {
      this.g = new Float64Array(states);
      this.stamp = new Uint32Array(states);
      this.parent = new Int32Array(states);
      this.generation = 0;
    }
    this.generation++;
    this.heapF.length = 0;
    this.heapS.length = 0;
  }

  push(f: number, s: number): void {
    const hf = this.heapF;
    const hs = this.heapS;
    let i = hf.length;
    hf.push(f);
    hs.push(s);
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
    const lastF = hf.pop()!;
    const lastS = hs.pop()!;
    const n = hf.length;
    if (n > 0) {
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
