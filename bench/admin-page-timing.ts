// The admin dashboard is rendered per request for one admin at a time, so
// its figure is a latency, not a throughput: sequential requests, each timed
// from sending to the last byte of the HTML, after a few to warm up.

export type PageTiming = { path: string; runs: number; medianMs: number; p95Ms: number; maxMs: number; bytes: number };

const sortedAt = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

export async function timePage(url: string, { cookie, marker, warmup = 5, runs = 30 }: { cookie: string; marker: string; warmup?: number; runs?: number }): Promise<PageTiming> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    const body = await response.text();
    const ms = performance.now() - started;
    if (response.status !== 200 || !body.includes(marker)) throw new Error(`${url} answered ${response.status} without "${marker}"`);
    if (i >= warmup) times.push(ms);
    bytes = body.length;
  }
  const sorted = times.toSorted((a, b) => a - b);
  return { path: new URL(url).pathname, runs, medianMs: sortedAt(sorted, 0.5), p95Ms: sortedAt(sorted, 0.95), maxMs: sorted.at(-1)!, bytes };
}
