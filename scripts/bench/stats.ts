/** What one load run measured: its requests' latencies and how long it took. */
export type RunFigures = { requests: number; errors: number; seconds: number; rps: number; p50: number; p95: number; p99: number };

/** The p-th percentile (nearest rank) of sorted values; NaN for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** Figures of a run from each request's latency (ms), the failures and the run's length (s). */
export function summarise(latencies: readonly number[], errors: number, seconds: number): RunFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    errors,
    seconds,
    rps: seconds > 0 ? sorted.length / seconds : Number.NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}
