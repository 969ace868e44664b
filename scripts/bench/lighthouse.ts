import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export type LighthouseFigures = { path: string; score: number; lcpMs: number };

/**
 * Lighthouse's performance category on its default mobile emulation (a
 * mid-range phone, simulated slow 4G and a 4× slower CPU), in Debian's
 * Chromium (CHROMIUM_PATH), headless. Each page is opened once, cold.
 */
export async function lighthouseMobile(origin: string, paths: readonly string[]): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu"],
    logLevel: "silent",
  });
  try {
    const figures: LighthouseFigures[] = [];
    for (const path of paths) {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
      const lhr = result?.lhr;
      const score = lhr?.categories.performance?.score;
      const lcp = lhr?.audits["largest-contentful-paint"]?.numericValue;
      if (!lhr || score == null || lcp === undefined) {
        throw new Error(`Lighthouse measured nothing for ${path}: ${lhr?.runtimeError?.message ?? "no result"}`);
      }
      figures.push({ path, score: Math.round(score * 100), lcpMs: lcp });
    }
    return figures;
  } finally {
    chrome.kill();
  }
}
