import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { isKnownHarmless } from "./log-lines.ts";

type LineListener = (tag: string, line: string) => void;
const listeners = new Set<LineListener>();

/**
 * Calls `listener` with every line the platform prints through `logger` from
 * now on (the restart test reads a first start's output); returns how to stop.
 */
export function onLogLine(listener: LineListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Prints a line with a coloured tag naming the part of the platform it comes
 * from, leaving out the few known harmless lines (log-lines.ts says which and why).
 */
export function logger(tag: string, colour = 36): (line: string) => void {
  const prefix = process.stdout.isTTY ? `\x1b[${colour}m[${tag}]\x1b[0m` : `[${tag}]`;
  return (line) => {
    if (line.trim() === "" || isKnownHarmless(line)) return;
    console.log(`${prefix} ${line}`);
    for (const listener of listeners) listener(tag, line);
  };
}

/** Children still running; killed with their groups if this process exits without stopping them. */
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

type RunOptions = { cwd: string; env: NodeJS.ProcessEnv; log: (line: string) => void };

/**
 * Starts a long-running child whose output is tagged line by line. It leads its
 * own process group, so stopping it also stops what it started (`medusa develop`
 * runs the server in a grandchild).
 */
export function startProcess(command: string, args: string[], options: RunOptions): ChildProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on("line", options.log);
  }
  return child;
}

/** Runs a command to completion; rejects with its exit code if it fails. */
export function runProcess(command: string, args: string[], options: RunOptions): Promise<void> {
  const child = startProcess(command, args, options);
  return new Promise((resolve, reject) => {
    child.on("error", (error) => reject(new Error(`Could not run ${command}: ${error.message}`, { cause: error })));
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** Stops a child and its process group with SIGTERM, then SIGKILL if it has not gone after `graceMs`. */
export function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      child.kill(signal); // the group is already gone
    }
  };
  if (child.exitCode !== null || child.signalCode !== null) {
    signalGroup("SIGTERM"); // the leader exited; make sure nothing it started lingers
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalGroup("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    signalGroup("SIGTERM");
  });
}

/**
 * Polls `url` until it answers with a status below 500, or rejects after
 * `timeoutMs`, or as soon as `child` exits (its own log says why).
 */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The process serving ${url} exited before it was ready (see its log above).`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s.`);
}

/**
 * Fails with a clear message if something already listens on `port`: a
 * leftover process would otherwise answer the readiness checks in our place.
 */
export async function assertPortFree(port: number, variable: string): Promise<void> {
  const { createServer } = await import("node:net");
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once("error", () => reject(new Error(`Port ${port} is already in use (another platform still running?). Stop it, or set ${variable}.`)));
    server.listen(port, () => server.close(() => resolve()));
  });
}
