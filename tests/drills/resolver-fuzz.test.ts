import { describe, expect, inject, it } from "vitest";
import { type Probe, resolverProbes } from "./resolver-probes.ts";

/**
 * Fault drill (d): 10,000 random and malformed resolver paths. None may get a
 * 5xx; a malformed one always gets a 400 (or 414/431 when the server refuses
 * the URL's size), never a page; a well-formed unknown one a 404. The seed
 * changes every run and is printed with any failure (RESOLVER_FUZZ_SEED
 * repeats a run).
 */
const { storefrontUrl } = inject("platform");
const COUNT = Number(process.env.RESOLVER_FUZZ_COUNT ?? 10_000);
const CONCURRENCY = 8;
const seed = Number(process.env.RESOLVER_FUZZ_SEED ?? Date.now() % 2 ** 31);

const allowed: Record<Probe["expect"], (status: number) => boolean> = {
  malformed: (s) => s === 400 || s === 414 || s === 431,
  unknown: (s) => s === 404,
  any: (s) => s < 500,
};

async function status(path: string): Promise<number> {
  const response = await fetch(`${storefrontUrl}${path}`, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
  await response.arrayBuffer();
  return response.status;
}

describe(`the resolver under ${COUNT} random paths (seed ${seed})`, () => {
  it("never answers 5xx, a malformed path always 400, an unknown one 404", { timeout: 300_000 }, async () => {
    const probes = resolverProbes(COUNT, seed);
    const wrong: string[] = [];
    const tally = new Map<string, number>();
    let next = 0;
    const worker = async () => {
      while (next < probes.length) {
        const probe = probes[next++] as Probe;
        const got = await status(probe.path).catch((error: unknown) => `failed: ${(error as Error).message}`);
        const key = `${probe.expect} → ${typeof got === "number" ? got : "error"}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
        if (typeof got !== "number" || !allowed[probe.expect](got)) {
          wrong.push(`${got} for ${probe.why} (${probe.expect}): ${probe.path.slice(0, 160)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.log(`resolver fuzz, seed ${seed}: ${[...tally].map(([k, n]) => `${k}: ${n}`).join(", ")}`);
    expect(wrong.slice(0, 20), `seed ${seed}: ${wrong.length} wrong answers (RESOLVER_FUZZ_SEED=${seed} repeats them)`).toEqual([]);
  });
});
