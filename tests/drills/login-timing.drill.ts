import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";

/**
 * Timing drill, `npx vitest run --project drills tests/drills/login-timing.drill.ts`
 * against a running platform (`npm run test:serve`, then its `export TEST_…`
 * lines): the median time of the backend's login for a known e-mail with a
 * wrong password against an unknown e-mail. The unknown path runs the same
 * scrypt work (backend/src/modules/emailpass-even), so the two should be
 * close; the drill prints them and asserts nothing about time (a loaded
 * machine would make any bound flaky). Every attempt comes from its own
 * visitor, and no known e-mail gets more than 8 failures, under the limits.
 */
const backendUrl = process.env.TEST_BACKEND_URL ?? "";
const publishableKey = process.env.TEST_PUBLISHABLE_KEY ?? "";
const PASSWORD = "mat-khau-dung-2026";
const ACCOUNTS = 4;
const PER_ACCOUNT = 8;

let visitors = 0;
const visitor = () => `100.127.${Math.floor(++visitors / 250)}.${1 + (visitors % 250)}`;

function post(path: string, body: object, headers: Record<string, string> = {}) {
  return fetch(`${backendUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey, "x-forwarded-for": visitor(), ...headers },
    body: JSON.stringify(body),
  });
}

async function timedLogin(email: string): Promise<number> {
  const started = performance.now();
  const response = await post("/auth/customer/emailpass", { email, password: "mat-khau-sai-2026" });
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  expect(response.status).toBe(401);
  return elapsed;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

describe("login timing", () => {
  it.skipIf(!backendUrl)("prints the median login time of known and unknown e-mails", async () => {
    const run = Date.now().toString(36);
    const known: string[] = [];
    for (let i = 0; i < ACCOUNTS; i++) {
      const email = `timing-${run}-${i}@example.vn`;
      const { token } = (await (await post("/auth/customer/emailpass/register", { email, password: PASSWORD })).json()) as { token: string };
      expect((await post("/store/customers", { email, first_name: "Lan" }, { authorization: `Bearer ${token}` })).status).toBe(200);
      known.push(email);
    }
    // One of each in turn, so both meet the same load.
    const times = { known: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < ACCOUNTS * PER_ACCOUNT; i++) {
      times.known.push(await timedLogin(known[i % ACCOUNTS] ?? ""));
      times.unknown.push(await timedLogin(`nobody-${run}-${i}@example.vn`));
    }
    const [k, u] = [median(times.known), median(times.unknown)];
    console.log(
      `login timing: known e-mail (wrong password) median ${k.toFixed(1)} ms, unknown e-mail median ${u.toFixed(1)} ms, ratio ${(u / k).toFixed(2)} (${times.known.length} each)`,
    );
    expect(Number.isFinite(k) && Number.isFinite(u)).toBe(true);
  });
});
