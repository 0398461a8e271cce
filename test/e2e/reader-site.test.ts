// The reader's site as a newcomer meets it (issue 16), in Chromium on the demo ingested for real:
// one language per page (a franc scan of the rendered DOM), the generated lead, an honest chart,
// ranked search, /services /en /fr, visible feed links, no sideways scroll on a phone, snapshots
// behind every source link, axe on the new pages; screenshots at 1280 and 390 px in both languages.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { franc } from "franc";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ensureBuild } from "./support/ensure-build";
import { launchBrowser } from "./support/launch-browser";
import { screenshot, seriousA11yViolations, watchPage } from "./support/page-checks";
import { prepareDb } from "./support/prepare-db";
import { startSite, type RunningSite } from "./support/start-site";
import { testDatabaseUrl } from "../helpers/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-reader-"));
let browser: Browser | null = null;
let site: RunningSite | null = null;
let ctx: BrowserContext;
let slugs: string[] = [];

before(async () => {
  browser = await launchBrowser();
  if (!browser) return void console.log("# NOTICE: /usr/bin/chromium absent: e2e tests skipped (apt-get install -y chromium)");
  ensureBuild();
  const db = testDatabaseUrl(path.join(dir, "site.db")); // TEST_BACKEND picks SQLite or PostgreSQL
  await prepareDb(db);
  site = await startSite(db);
  ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-GB", baseURL: site.baseUrl });
  const list = (await (await fetch(`${site.baseUrl}/api/incidents`)).json()) as { items?: { slug: string }[]; incidents?: { slug: string }[] };
  slugs = (list.items ?? list.incidents ?? []).map((i) => i.slug).filter((s) => !/hostile|pwn/i.test(s));
}, { timeout: 600_000 });

after(async () => {
  await browser?.close();
  await site?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function ready(t: { skip(msg: string): void }): boolean {
  if (browser && site) return true;
  t.skip("NOTICE: chromium absent, e2e step skipped");
  return false;
}

/** Text blocks of the page whose effective language (nearest lang attribute) is the page's own. */
async function blocksInPageLanguage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const out: string[] = [];
    const BLOCKS = "p, li, dd, dt, h1, h2, h3, td, th, figcaption, blockquote, summary";
    for (const el of document.body.querySelectorAll(BLOCKS)) {
      if ((el as HTMLElement).offsetParent === null && getComputedStyle(el).position !== "fixed") continue; // not shown
      let text = "";
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || parent.closest(BLOCKS) !== el) continue; // a nested block is scanned on its own
        const owner = parent.closest("[lang]");
        if (owner && owner.getAttribute("lang") !== pageLang) continue;
        if (parent.closest("code, time, script, style")) continue;
        text += ` ${n.textContent}`; // elements are separate words
      }
      out.push(text.replace(/\s+/g, " ").trim());
    }
    return out;
  });
}

// English wording the site used to print on French pages (issue 16), and its French counterparts
const EN_WORDING = /Outage begins|Service restored|Partial recovery|Cause identified|Status update|spokesperson|official account|total weight|outweigh/;
const FR_WORDING = /Début de la panne|Service rétabli|Rétablissement partiel|Cause identifiée|porte-parole|compte officiel|Mise à jour de la page/;

// function words: a sentence in a language has some; outlet, service and people's names do not
const FUNCTION_WORDS = {
  en: /\b(?:the|and|is|was|were|for|with|that|have|has|are|of|to|its|after|from|by)\b/gi,
  fr: /\b(?:le|la|les|des|une|est|pour|dans|qui|pas|du|au|aux|sur|avec|ont|été|par)\b/gi,
};

/** Blocks holding the other language's site wording, or a sentence franc and function words put in it. */
async function otherLanguageText(page: Page, lang: "en" | "fr"): Promise<string[]> {
  const other = lang === "fr" ? "en" : "fr";
  const wording = lang === "fr" ? EN_WORDING : FR_WORDING;
  return (await blocksInPageLanguage(page)).filter((b) => {
    if (wording.test(b)) return true;
    const theirs = b.match(FUNCTION_WORDS[other])?.length ?? 0;
    const ours = b.match(FUNCTION_WORDS[lang])?.length ?? 0;
    return theirs >= 2 && theirs > ours && franc(b, { only: ["eng", "fra"], minLength: 20 }) === (other === "en" ? "eng" : "fra");
  });
}

function pagesToScan(lang: "en" | "fr"): string[] {
  return [`/${lang}`, ...slugs.map((s) => `/${lang}/incidents/${s}`), "/services", "/sources", "/search?q=panne", "/search?q=outage", "/api-docs"];
}

for (const lang of ["fr", "en"] as const) {
  test(`one language per page (${lang}): no text in the other language outside a lang-marked element`, async (t) => {
    if (!ready(t)) return;
    assert.ok(slugs.length >= 5, `the demo should give its incidents (${slugs.length})`);
    const c = await browser!.newContext({ locale: lang === "fr" ? "fr-FR" : "en-GB", baseURL: site!.baseUrl });
    const page = await c.newPage();
    const found: string[] = [];
    for (const p of pagesToScan(lang)) {
      await page.goto(`${p}${p.includes("?") ? "&" : "?"}lang=${lang}`);
      assert.equal(await page.getAttribute("html", "lang"), lang, p);
      found.push(...(await otherLanguageText(page, lang)).map((b) => `${p}: ${b.slice(0, 140)}`));
    }
    await c.close();
    assert.deepEqual(found, []);
  });
}

test("the lead: what failed, when (UTC and the reader's zone), how long, why, each clause linked to sources", async (t) => {
  if (!ready(t)) return;
  const page = await ctx.newPage();
  const slug = slugs.find((s) => s.startsWith("2021-10-04"))!;
  await page.goto(`/en/incidents/${slug}`, { waitUntil: "networkidle" });
  const lead = (await page.getByTestId("lead").textContent()) ?? "";
  assert.match(lead, /Facebook.*stopped working on 4 October 2021 at \d\d:\d\d UTC \(your time: .+\)/);
  assert.match(lead, /The outage lasted .+, until \d\d:\d\d UTC\./);
  // the sources label this outage both ways (a configuration change on the backbone withdrew the BGP
  // routes to the DNS servers: ../shared/corpus/dev labels config-change and network-bgp-dns), so
  // either category is right; what the lead must say is the cause and that the operator confirmed it
  assert.match(lead, /Cause: (network \(BGP\/DNS\)|configuration change), confirmed by (Meta|the operator)\./);
  assert.ok((await page.getByTestId("lead").locator("sup a").count()) >= 3, "clauses link to their sources");
  await page.goto(`/fr/incidents/${slug}`);
  assert.match((await page.getByTestId("lead").textContent()) ?? "", /ont cessé de fonctionner le 4 octobre 2021 à .+La panne a duré .+Cause : (réseau \(BGP\/DNS\)|changement de configuration), confirmée par (Meta|l.opérateur)/);
  await page.close();
});

test("the chart places every event at its own time: events a day later sit in the later zone, apart", async (t) => {
  if (!ready(t)) return;
  const page = await ctx.newPage();
  for (const prefix of ["2021-10-04", "2024-07-19"]) {
    await page.goto(`/en/incidents/${slugs.find((s) => s.startsWith(prefix))}`);
    const marks = await page.locator("[data-testid=timeline-chart] [data-testid=chart-mark]").evaluateAll((gs) => gs.map((g) => [g.getAttribute("data-at") ?? "", Number(g.getAttribute("data-x"))] as const));
    assert.ok(marks.length >= 3);
    for (let i = 1; i < marks.length; i++) {
      const [at0, x0] = marks[i - 1];
      const [at1, x1] = marks[i];
      if (Date.parse(at1) > Date.parse(at0)) assert.ok(x1 > x0, `${at1} drawn at or before ${at0}`);
    }
    assert.ok(marks.every(([, x]) => x < 1), "nothing pinned to the right edge");
    assert.match((await page.getByTestId("chart-legend").textContent()) ?? "", /Outage/);
  }
  await page.close();
});

test("search ranks and finds: outage/panne, BGP, DNS, 2021, écran bleu; counts; no generated text", async (t) => {
  if (!ready(t)) return;
  const page = await ctx.newPage();
  const hits = async (q: string) => {
    await page.goto(`/search?${new URLSearchParams({ q })}`);
    return page.locator("[data-testid=incident-hit] > a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  };
  assert.ok((await hits("BGP")).some((h) => h.includes("/incidents/2021-10-04")), "BGP finds Facebook 2021");
  assert.ok((await hits("DNS")).some((h) => h.includes("/incidents/2021-10-04")), "DNS finds Facebook 2021");
  assert.ok((await hits("DNS")).some((h) => h.includes("/incidents/2025-10-20")), "DNS finds AWS 2025");
  // the 2021 incidents first; a later one whose articles recall 2021 may follow
  const y2021 = await hits("2021");
  assert.ok(y2021.slice(0, 2).every((h) => h.includes("/incidents/2021-")), `2021: ${y2021}`);
  assert.ok((await hits("écran bleu"))[0]?.includes("crowdstrike"), "écran bleu finds CrowdStrike");
  assert.ok((await hits("instagram 2021"))[0]?.includes("2021-10-04"), "instagram 2021");
  for (const q of ["outage", "panne"]) {
    await page.goto(`/search?q=${q}`);
    assert.match((await page.getByTestId("incident-count").textContent()) ?? "", /\d+ incidents?/);
    const snippets = (await page.getByTestId("incident-hit").allTextContents()).join(" ");
    assert.doesNotMatch(snippets, /Outage begins|Service restored|Status update|Début de la panne/);
    assert.doesNotMatch(snippets, /\b\d{4}-\d{2}-\d{2}\b/, "dates are written out");
  }
  await page.goto("/search?q=zzqxv");
  assert.ok((await page.getByTestId("search-empty").locator("a").count()) > 0, "the empty state suggests");
  await page.close();
});

test("findable: /services, /en, /fr answer; feeds linked visibly on the pages they concern; last updated", async (t) => {
  if (!ready(t)) return;
  const page = await ctx.newPage();
  for (const p of ["/services", "/en", "/fr", "/api-docs", "/favicon.ico", "/favicon.svg"]) {
    assert.equal((await page.request.get(p)).status(), 200, p);
  }
  await page.goto("/fr");
  assert.equal(await page.getAttribute("html", "lang"), "fr");
  await page.goto("/en");
  const kinds = await page.locator("main [data-testid=follow-links] a").evaluateAll((as) => as.map((a) => a.getAttribute("data-feed-kind")));
  assert.deepEqual(kinds, ["RSS", "Atom", "JSON Feed"]);
  for (const href of await page.locator("main [data-testid=follow-links] a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) {
    assert.equal((await page.request.get(href)).status(), 200, href);
  }
  await page.goto(`/en/incidents/${slugs[0]}`);
  assert.ok((await page.locator(`[data-testid=follow-links] a[href$="/incidents/${slugs[0]}/feed.xml"]`).count()) === 1, "incident feed linked visibly");
  assert.match((await page.getByTestId("last-updated").textContent()) ?? "", /Last updated/);
  await page.goto("/services");
  const service = await page.locator("[data-testid=services-index] a").first().getAttribute("href");
  await page.goto(service!);
  assert.equal(await page.locator(`[data-testid=follow-links] a[href="${service}/feed.xml"]`).count(), 1, "service feed linked visibly");
  await page.close();
});

test("every source link on a demo incident page resolves, through its original or its snapshot", async (t) => {
  if (!ready(t)) return;
  const page = await ctx.newPage();
  const broken: string[] = [];
  for (const slug of slugs) {
    await page.goto(`/en/incidents/${slug}`);
    const items = await page.getByTestId("source-item").evaluateAll((lis) => lis.map((li) => ({
      original: li.querySelector("a[rel~=noopener]")?.getAttribute("href") ?? "",
      snapshot: li.querySelector("[data-testid=snapshot-link]")?.getAttribute("href") ?? "",
    })));
    for (const { original, snapshot } of items) {
      const ok = async (u: string) => !!u && await page.request.get(u, { timeout: 3000 }).then((r) => r.ok(), () => false);
      if (!(await ok(snapshot)) && !(await ok(original))) broken.push(`${slug}: ${original}`);
    }
  }
  const snap = await page.request.get("/sources/1");
  assert.equal(snap.status(), 200);
  assert.deepEqual(broken, []);
  await page.close();
});

test("phones: no horizontal scroll at 390 px on any page; screenshots at 1280 and 390 px in both languages", async (t) => {
  if (!ready(t)) return;
  const wide: string[] = [];
  for (const lang of ["en", "fr"] as const) {
    const c = await browser!.newContext({ viewport: { width: 390, height: 844 }, locale: lang === "fr" ? "fr-FR" : "en-GB", baseURL: site!.baseUrl });
    const page = await c.newPage();
    for (const p of [...pagesToScan(lang), "/sources/1", "/services/facebook"]) {
      await page.goto(p);
      const [sw, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (sw > cw) wide.push(`${lang} ${p}: ${sw} > ${cw}`);
    }
    const fb = `/${lang}/incidents/${slugs.find((s) => s.startsWith("2021-10-04"))}`;
    await page.goto(fb, { waitUntil: "networkidle" });
    await screenshot(page, `reader-incident-${lang}-390`);
    await page.goto("/sources");
    await screenshot(page, `reader-sources-${lang}-390`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(fb, { waitUntil: "networkidle" });
    await screenshot(page, `reader-incident-${lang}-1280`);
    await c.close();
  }
  assert.deepEqual(wide, []);
});

test("accessibility (axe) on the new pages, light and dark: no serious or critical violation", async (t) => {
  if (!ready(t)) return;
  const found: string[] = [];
  for (const scheme of ["light", "dark"] as const) {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      const page = await ctx.newPage();
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      const w = watchPage(page);
      for (const p of ["/services", "/fr", "/api-docs", "/sources/1", `/fr/incidents/${slugs[0]}`, "/search?q=zzqxv"]) {
        await page.goto(p);
        found.push(...(await seriousA11yViolations(page)).map((v) => `${scheme} ${viewport.width} ${p}: ${v}`));
      }
      found.push(...w.problems);
      await page.close();
    }
  }
  assert.deepEqual(found, []);
});
