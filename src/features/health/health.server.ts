import { MEDUSA_BACKEND_URL } from "astro:env/server";
import { type BackendProbe, type HealthReport, summariseHealth } from "./health.ts";

const TIMEOUT_MS = 3_000;

/** Asks the backend's /status (which queries the database) and reports every part. */
export async function checkHealth(): Promise<HealthReport> {
  return summariseHealth(await probeBackend());
}

async function probeBackend(): Promise<BackendProbe> {
  try {
    const response = await fetch(new URL("/status", MEDUSA_BACKEND_URL), {
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body: unknown = await response.json().catch(() => null);
    return { reached: true, httpStatus: response.status, body };
  } catch {
    return { reached: false };
  }
}
