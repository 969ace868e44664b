export type PartStatus = "up" | "down" | "unknown";

export type HealthReport = {
  status: "ok" | "degraded";
  storefront: PartStatus;
  backend: PartStatus;
  database: PartStatus;
};

/** What the backend's /status answered, or that it did not answer at all. */
export type BackendProbe = { reached: false } | { reached: true; httpStatus: number; body: unknown };

/**
 * Turns a probe of the backend into the storefront's health report. The
 * database is only known through the backend: if the backend is unreachable,
 * the database's state is unknown, and the platform is degraded either way.
 */
export function summariseHealth(probe: BackendProbe): HealthReport {
  if (!probe.reached) {
    return { status: "degraded", storefront: "up", backend: "down", database: "unknown" };
  }
  const database = readDatabase(probe.body);
  const backend: PartStatus = probe.httpStatus < 500 || database === "down" ? "up" : "down";
  const healthy = backend === "up" && database === "up";
  return { status: healthy ? "ok" : "degraded", storefront: "up", backend, database };
}

function readDatabase(body: unknown): PartStatus {
  if (typeof body === "object" && body !== null && "database" in body) {
    const value = (body as { database: unknown }).database;
    if (value === "up" || value === "down") return value;
  }
  return "unknown";
}

/** The HTTP status /health answers with: 503 when any part is not up. */
export function healthHttpStatus(report: HealthReport): 200 | 503 {
  return report.status === "ok" ? 200 : 503;
}
