/*
 * The PNG is drawn from the mounted canvas's layout, but the Export menu lives in the shell. The mounted diagram registers its exporter here; asking for a PNG
 * while another view is shown switches to the diagram first and waits for it.
 */
type Exporter = () => Promise<void>;

let current: Exporter | null = null;
let waiting: ((exporter: Exporter) => void)[] = [];

/** Called by the mounted diagram; returns the unregister function for its cleanup. */
export function registerPngExporter(exporter: Exporter): () => void {
  current = exporter;
  const queue = waiting;
  waiting = [];
  for (const resolve of queue) resolve(exporter);
  return () => {
    if (current === exporter) current = null;
  };
}

/** Downloads the diagram as PNG; `showDiagram` is called first when no diagram is mounted. */
export async function exportDiagramPng(showDiagram: () => void): Promise<void> {
  if (current) return current();
  const exporter = new Promise<Exporter>((resolve) => waiting.push(resolve));
  showDiagram();
  return (await exporter)();
}
