// The clean body text of a page: chrome removed (tags, ARIA roles, boilerplate class names),
// the body container chosen, and its text blocks joined one per line.
import type { CheerioAPI, Cheerio } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { BODY_SELECTORS, BOILERPLATE_WORDS, DROP_ROLES, DROP_TAGS, TEXT_BLOCKS } from "../data/boilerplate";

const boilerplate = new Set(BOILERPLATE_WORDS.map((w) => w.replace(/-$/, "")));
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

function isBoilerplate(el: Element): boolean {
  const name = el.tagName?.toLowerCase();
  if (name === "html" || name === "body" || name === "main" || name === "article") return false;
  const attrs = `${el.attribs?.class ?? ""} ${el.attribs?.id ?? ""}`.toLowerCase();
  if (!attrs.trim()) return false;
  // "share-bar", "comments", "ad_slot": any part of a class name, singular or plural, can tell
  const hit = (w: string) => boilerplate.has(w) || (w.endsWith("s") && boilerplate.has(w.slice(0, -1)));
  return attrs.split(/\s+/).some((token) => hit(token) || token.split(/[-_]+/).some(hit));
}

/** Removes everything that is never article text. */
export function stripChrome($: CheerioAPI): void {
  $(DROP_TAGS.join(",")).remove();
  $(DROP_ROLES.map((r) => `[role='${r}']`).join(",")).remove();
  $("[aria-hidden='true'], [hidden], [style*='display:none'], [style*='display: none']").remove();
  $("*").filter((_, el) => isBoilerplate(el as Element)).remove();
}

function bodyRoot($: CheerioAPI): Cheerio<AnyNode> {
  for (const sel of BODY_SELECTORS) {
    const candidates = $(sel).toArray().map((el) => ({ el, len: squash($(el).text()).length }));
    const best = candidates.sort((a, b) => b.len - a.len)[0];
    if (best && best.len > 200) return $(best.el);
  }
  return densestParagraphParent($) ?? $("body");
}

// Readability's core idea in small: the element whose paragraphs hold the most text.
function densestParagraphParent($: CheerioAPI): Cheerio<AnyNode> | null {
  const scores = new Map<AnyNode, number>();
  for (const p of $("p").toArray()) {
    const len = squash($(p).text()).length;
    const parent = p.parent;
    if (!parent || len < 25) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    if (parent.parent) scores.set(parent.parent, (scores.get(parent.parent) ?? 0) + len / 2);
  }
  const best = [...scores.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? $(best[0]) : null;
}

function linkDensity($: CheerioAPI, el: Cheerio<AnyNode>, len: number): number {
  const linked = el.find("a").toArray().reduce((n, a) => n + squash($(a).text()).length, 0);
  return len === 0 ? 0 : linked / len;
}

/** The article text, one block per line (h1 is not a block: the title is stored apart), link lists left out. */
export function articleText($: CheerioAPI, title: string | null): string {
  const root = bodyRoot($);
  const lines: string[] = [];
  // a quotation (an embedded post and its "— author" line) stays one block, attribution included
  const leaves = root.find(TEXT_BLOCKS).filter((_, el) => $(el).parents("blockquote").length === 0 && (el.tagName === "blockquote" || $(el).find(TEXT_BLOCKS).length === 0));
  for (const el of leaves.toArray()) {
    const line = squash($(el).contents().toArray().map((c) => $(c).text()).join(" "));
    if (!line) continue;
    if (line.length < 120 && linkDensity($, $(el), line.length) > 0.5) continue;
    lines.push(line);
  }
  const blockText = lines.join("\n");
  const all = squash(root.text());
  // pages that write paragraphs as <div> or <br> runs: fall back to the container's lines
  if (blockText.length >= all.length * 0.5) return blockText;
  root.find("br").replaceWith("\n");
  root.find("div, section, h1").each((_, el) => void $(el).append("\n"));
  return root.text().split("\n").map(squash).filter((l) => l && l !== squash(title ?? "")).join("\n");
}
