import { z } from "zod";

/** What `npm run bench` is asked to do (see README, "Benchmarks and fault drills"). */
export type BenchOptions = {
  /** Size of the generated catalogue (1 = national); null for the demo seed alone. */
  scale: number | null;
  /** Measure the catalogue left in .data/bench by an earlier run instead of making a new one. */
  reuse: boolean;
  /** Seconds of each timed run. */
  duration: number;
  /** Concurrent connections of each run. */
  connections: number;
  lighthouse: boolean;
};

const schema = z.object({
  scale: z.coerce.number().gt(0, "must be above 0").lte(1, "must be at most 1 (1 is the national catalogue)").nullable(),
  reuse: z.boolean(),
  duration: z.coerce.number().int().min(1).max(600),
  connections: z.coerce.number().int().min(1).max(1000),
  lighthouse: z.boolean(),
});

const USAGE = "usage: npm run bench -- [--scale 0.05] [--reuse] [--duration 10] [--connections 8] [--no-lighthouse]";

/** Reads `npm run bench -- …` arguments; throws one error naming every bad one, with the usage. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const raw: Record<string, unknown> = { scale: null, reuse: false, duration: 10, connections: 8, lighthouse: true };
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [flag, inline] = arg.split("=", 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === "--reuse") raw.reuse = true;
    else if (flag === "--no-lighthouse") raw.lighthouse = false;
    else if (flag === "--scale" || flag === "--duration" || flag === "--connections") {
      const given = value();
      if (given === undefined || given.startsWith("--")) problems.push(`${flag} needs a number`);
      else raw[flag.slice(2)] = given;
    } else problems.push(`unknown argument "${arg}"`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => `--${issue.path.join(".")} ${issue.message}`));
  if (parsed.success && parsed.data.reuse && parsed.data.scale !== null) {
    problems.push("--reuse measures the catalogue already made: leave out --scale");
  }
  if (problems.length || !parsed.success) throw new Error(`${problems.join("; ")}\n${USAGE}`);
  return parsed.data;
}
