// Checks shared by the e2e tests: accessibility (axe), CSP violations, executed payloads, JS weight.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

export const RESULTS = path.resolve("test-results");

/** Serious and critical axe violations on the page, as "rule: target" lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return r.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${v.help}`));
}

/** Starts recording what must never happen: dialogs, CSP violations, page errors. */
export function watchPage(page: Page): { problems: string[] } {
  const problems: string[] = [];
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) problems.push(`csp: ${m.text()}`);
  });
  return { problems };
}

/** The value any payload would have set; undefined when nothing ran. */
export async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

/** Saves a full-page screenshot under test-results/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Gzipped bytes of each script the page loads from its own origin, by path (call before navigating). */
export function measureScripts(page: Page): () => Promise<Map<string, number>> {
  const bodies: Promise<[string, number]>[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script" && new URL(r.url()).origin === new URL(page.url()).origin) {
      bodies.push(r.body().then((b): [string, number] => [new URL(r.url()).pathname, zlib.gzipSync(b).length]).catch((): [string, number] => [r.url(), 0]));
    }
  });
  return async () => new Map(await Promise.all(bodies));
}

/** Sum of the sizes in a script map, optionally leaving out the scripts of `except`. */
export function totalBytes(scripts: Map<string, number>, except?: Map<string, number>): number {
  let n = 0;
  for (const [k, v] of scripts) if (!except?.has(k)) n += v;
  return n;
}
