import { describe, expect, it } from "vitest";
import { healthHttpStatus, summariseHealth } from "./health.ts";

describe("summariseHealth", () => {
  it("is ok when the backend answers that the database is up", () => {
    const report = summariseHealth({ reached: true, httpStatus: 200, body: { backend: "up", database: "up" } });
    expect(report).toEqual({ status: "ok", storefront: "up", backend: "up", database: "up" });
    expect(healthHttpStatus(report)).toBe(200);
  });

  it("reports the database down (backend up) when /status says so with a 503", () => {
    const report = summariseHealth({ reached: true, httpStatus: 503, body: { backend: "up", database: "down" } });
    expect(report).toMatchObject({ status: "degraded", backend: "up", database: "down" });
    expect(healthHttpStatus(report)).toBe(503);
  });

  it("reports the backend down and the database unknown when nothing answers", () => {
    const report = summariseHealth({ reached: false });
    expect(report).toEqual({ status: "degraded", storefront: "up", backend: "down", database: "unknown" });
    expect(healthHttpStatus(report)).toBe(503);
  });

  it("treats a 5xx without a database verdict as the backend failing", () => {
    const report = summariseHealth({ reached: true, httpStatus: 502, body: "<html>Bad gateway</html>" });
    expect(report).toMatchObject({ status: "degraded", backend: "down", database: "unknown" });
  });
});
