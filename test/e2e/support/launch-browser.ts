// Debian's Chromium driven by playwright-core (no downloaded browsers: the network is closed).
import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/**
 * A headless Chromium, or null when /usr/bin/chromium is not installed. Where the browser is
 * required (`REQUIRE_BROWSER=1`, set by CI), its absence is an error rather than a skip, so a
 * machine without Chromium can never pass the browser tests by skipping them.
 */
export async function launchBrowser(): Promise<Browser | null> {
  if (!fs.existsSync(CHROMIUM)) {
    if (process.env.REQUIRE_BROWSER === "1") throw new Error(`e2e: ${CHROMIUM} is absent and REQUIRE_BROWSER=1 (apt-get install -y chromium)`);
    return null;
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
