// The clean body text of a page: chrome removed (tags, ARIA roles, boilerplate class names),
// the body container chosen, and its text blocks joined one per line.
// Every walk here is iterative and visits each node a bounded number of times: a hostile page of
// 100,000 nested elements took 156 s and then overflowed the stack through per-block
// .parents()/.find() and the recursive .text() (issue 14); it now costs what its size does.
import type { CheerioAPI, Cheerio } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { BODY_SELECTORS, BOILERPLATE_WORDS, DROP_ROLES, DROP_TAGS, TEXT_BLOCKS } from "../data/boilerplate";

const boilerplate = new Set(BOILERPLATE_WORDS.map((w) => w.replace(/-$/, "")));
const blockTags = new Set(TEXT_BLOCKS.split(",").map((t) => t.trim()));
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

const isElement = (n: AnyNode): n is Element => n.type === "tag" || n.type === "script" || n.type === "style";
const childrenOf = (n: AnyNode): AnyNode[] => ("children" in n ? (n.children as AnyNode[]) : []);
const nameOf = (n: AnyNode) => (isElement(n) ? n.name.toLowerCase() : "");

/** Nodes of the subtree under `root` (root included) in document order, without recursion;
 * `skip` stops the walk from entering a node's children. */
function* walk(root: AnyNode, skip?: (n: AnyNode) => boolean): Generator<AnyNode> {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    yield n;
    if (skip?.(n)) continue;
    const kids = childrenOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

/** The text of a subtree, as cheerio's .text() gives it, without recursion. */
function textOf(root: AnyNode): string {
  let out = "";
  for (const n of walk(root)) if (n.type === "text") out += (n as unknown as { data: string }).data;
  return out;
}

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

// An ancestor's text holds its descendants', so the longest candidate is always an outermost one
// (ties go to the first, the ancestor): only those are measured, and their subtrees are disjoint.
function outermost(candidates: AnyNode[]): AnyNode[] {
  const wanted = new Set(candidates);
  const out: AnyNode[] = [];
  const doc = candidates[0] ? rootOf(candidates[0]) : null;
  if (!doc) return out;
  for (const n of walk(doc, (x) => wanted.has(x))) if (wanted.has(n)) out.push(n);
  return out;
}

function rootOf(n: AnyNode): AnyNode {
  let r = n;
  while (r.parent) r = r.parent;
  return r;
}

function bodyRoot($: CheerioAPI): Cheerio<AnyNode> {
  for (const sel of BODY_SELECTORS) {
    const candidates = outermost($(sel).toArray()).map((el) => ({ el, len: squash(textOf(el)).length }));
    const best = candidates.sort((a, b) => b.len - a.len)[0];
    if (best && best.len > 200) return $(best.el);
  }
  return densestParagraphParent($) ?? $("body");
}

// Readability's core idea in small: the element whose paragraphs hold the most text.
function densestParagraphParent($: CheerioAPI): Cheerio<AnyNode> | null {
  const scores = new Map<AnyNode, number>();
  // a <p> cannot hold another <p> once parsed, so these texts do not overlap
  for (const p of $("p").toArray()) {
    const len = squash(textOf(p)).length;
    const parent = p.parent;
    if (!parent || len < 25) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    if (parent.parent) scores.set(parent.parent, (scores.get(parent.parent) ?? 0) + len / 2);
  }
  const best = [...scores.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? $(best[0]) : null;
}

// Text inside links over all text; an outer link's text counts once (nested links are invalid HTML).
function linkDensity(el: AnyNode, len: number): number {
  let linked = 0;
  for (const n of walk(el, (x) => x !== el && nameOf(x) === "a")) if (n !== el && nameOf(n) === "a") linked += squash(textOf(n)).length;
  return len === 0 ? 0 : linked / len;
}

/**
 * The text blocks under `root` (not root itself), in document order: a block with no block inside,
 * or a blockquote (a quotation stays one block, attribution included); nothing inside a blockquote.
 * One pass down, one pass back up: each node is visited twice.
 */
function leafBlocks(root: AnyNode): AnyNode[] {
  let quoted = false;
  for (let p = root.parent; p && !quoted; p = p.parent) quoted = nameOf(p) === "blockquote";
  if (quoted) return [];
  const order: AnyNode[] = [];
  const inQuote = new Map<AnyNode, boolean>([[root, nameOf(root) === "blockquote"]]);
  for (const n of walk(root)) {
    if (!isElement(n)) continue;
    order.push(n);
    const here = inQuote.get(n) ?? false;
    for (const c of childrenOf(n)) if (isElement(c)) inQuote.set(c, here || nameOf(c) === "blockquote");
  }
  const hasBlockInside = new Set<AnyNode>();
  for (let i = order.length - 1; i > 0; i--) {
    const n = order[i];
    if ((blockTags.has(nameOf(n)) || hasBlockInside.has(n)) && n.parent) hasBlockInside.add(n.parent);
  }
  return order.filter((n) => {
    if (n === root || !blockTags.has(nameOf(n))) return false;
    const underQuote = n.parent !== null && n.parent !== root ? inQuote.get(n.parent) === true : nameOf(root) === "blockquote";
    return !underQuote && (nameOf(n) === "blockquote" || !hasBlockInside.has(n));
  });
}

// The container's text with a line break for each <br> and after each div, section and h1: the
// lines of pages that write paragraphs as <div> or <br> runs.
function containerLines(root: AnyNode): string {
  let out = "";
  const stack: (AnyNode | { close: true })[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if ("close" in n) {
      out += "\n";
      continue;
    }
    if (n.type === "text") out += (n as unknown as { data: string }).data;
    const name = nameOf(n);
    if (name === "br") out += "\n";
    if (name === "div" || name === "section" || name === "h1") stack.push({ close: true });
    const kids = childrenOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/** The article text, one block per line (h1 is not a block: the title is stored apart), link lists left out. */
export function articleText($: CheerioAPI, title: string | null): string {
  const root = bodyRoot($).get(0);
  if (!root) return "";
  const lines: string[] = [];
  for (const el of leafBlocks(root)) {
    const line = squash(childrenOf(el).map(textOf).join(" "));
    if (!line) continue;
    if (line.length < 120 && linkDensity(el, line.length) > 0.5) continue;
    lines.push(line);
  }
  const blockText = lines.join("\n");
  const all = squash(textOf(root));
  // pages that write paragraphs as <div> or <br> runs: fall back to the container's lines
  if (blockText.length >= all.length * 0.5) return blockText;
  return containerLines(root).split("\n").map(squash).filter((l) => l && l !== squash(title ?? "")).join("\n");
}
