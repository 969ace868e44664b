/**
 * Reading what the platform's parts print: which lines are trouble, and the
 * few known lines from dependencies that look like trouble but are not.
 */

/**
 * Exact lines that are expected on a one-machine start and say nothing an
 * operator must act on. Each is left out of the output; nothing else is.
 */
const KNOWN_HARMLESS = [
  // Medusa, in every process it starts, when REDIS_URL is unset. One machine
  // without Redis is the documented default (README, "Past one machine").
  "Local Event Bus installed. This is not recommended for production.",
  // express-session, through Medusa, when REDIS_URL is unset (three lines): the
  // Admin's sessions live in the backend's memory, which is what one machine without Redis means.
  "Warning: connect.session() MemoryStore is not",
  "designed for a production environment, as it will leak",
  "memory, and will not scale past a single process.",
  // pg 8, once per process, when Medusa's product module creates variants: it
  // lists in parallel inside one transaction (@medusajs/product, createVariants_).
  // pg queues the queries, so they run correctly; only pg 9 will refuse it.
  "DeprecationWarning: Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead.",
  // Node's hint after a process's first warning; the warning itself, when it is not the one above, still shows.
  "(Use `node --trace-deprecation ...` to show where the warning was created)",
];

const harmless = new Set(KNOWN_HARMLESS);

/** Medusa's logger prints one JSON object a line in production; its message and level, if the line is one. */
function medusaLine(line: string): { level: string; message: string } | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    const parsed = JSON.parse(line) as { level?: unknown; message?: unknown };
    if (typeof parsed.level === "string") return { level: parsed.level, message: String(parsed.message ?? "") };
  } catch {
    // not JSON after all
  }
  return undefined;
}

/** Whether a printed line is one of the known harmless ones above (then it is not shown). */
export function isKnownHarmless(line: string): boolean {
  // Node prefixes its warnings with the process id: "(node:1234) DeprecationWarning: …".
  return harmless.has(medusaLine(line)?.message ?? line.trim().replace(/^\(node:\d+\) /, ""));
}

const TROUBLE_WORDS = /\b(error|errors|warn|warning|fatal|panic|deprecated|deprecationwarning|exception|unhandled)\b|\[(error|warn)\]/i;

/**
 * Whether a line reads as an error or a warning to someone watching a start:
 * Medusa's error and warn levels, and in any other line (Postgres, Astro,
 * Node) a word such as ERROR, WARNING, FATAL or DeprecationWarning.
 */
export function isTroubleLine(line: string): boolean {
  if (isKnownHarmless(line)) return false;
  const medusa = medusaLine(line);
  if (medusa) return ["error", "warn", "fatal"].includes(medusa.level);
  return TROUBLE_WORDS.test(line);
}
