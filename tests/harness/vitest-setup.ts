import type { TestProject } from "vitest/node";
import { ensurePlatform, type PlatformUnderTest } from "./test-platform.ts";

declare module "vitest" {
  export interface ProvidedContext {
    platform: PlatformUnderTest;
  }
}

/** Vitest global setup: the platform under test, provided to tests as `inject("platform")`. */
export default async function setup(project: TestProject) {
  const { platform, stop } = await ensurePlatform();
  project.provide("platform", platform);
  return stop;
}
