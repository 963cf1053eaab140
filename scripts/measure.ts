export interface Figure {
  name: string;
  medianMs: number;
  p95Ms: number;
  note?: string;
}

/** Runs `work` a few times to warm up, then `runs` times, and reports the median and 95th percentile. */
export function measure(name: string, runs: number, work: () => void, note?: string): Figure {
  for (let i = 0; i < Math.min(5, runs); i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return figure(name, times, note);
}

/** The same for work that awaits (network, WebCrypto): each run is awaited before the next starts. */
export async function measureAsync(name: string, runs: number, work: () => Promise<void>, note?: string): Promise<Figure> {
  for (let i = 0; i < Math.min(5, runs); i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return figure(name, times, note);
}

function figure(name: string, times: number[], note?: string): Figure {
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { name, medianMs: at(0.5), p95Ms: at(0.95), ...(note ? { note } : {}) };
}
