const REQUIRED = [22, 12] as const;

/** Stops early, with what to do, on a Node.js older than Astro 7 and Vitest 5 need. */
export function assertNodeVersion(version: string = process.versions.node): void {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  if (major > REQUIRED[0] || (major === REQUIRED[0] && minor >= REQUIRED[1])) return;
  throw new Error(`Node.js ${REQUIRED.join(".")} or newer is needed; this is ${version}. Install Node 22 (nvm install, or see README "Prerequisites") and run the command again.`);
}
