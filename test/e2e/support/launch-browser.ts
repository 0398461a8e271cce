// Debian's Chromium driven by playwright-core (no downloaded browsers: the network is closed).
import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** A headless Chromium, or null when /usr/bin/chromium is not installed. */
export async function launchBrowser(): Promise<Browser | null> {
  if (!fs.existsSync(CHROMIUM)) return null;
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
