// Real pages nest a few dozen elements deep; a hostile one nests 100,000 (issue 14). HTML parsers
// pay per level for each tag (htmlparser2 keeps its open-element stack with unshift: 100,000 nested
// <div>s took minutes), and selectors and .text() walk the depth again (domutils' recursive
// textContent overflowed the stack). So tags that would open deeper than the cap are removed from
// the markup before parsing, in one linear scan; their text stays, in the deepest kept element.

/** Deeper than any article page's markup (browsers' own limits start around 512). */
export const MAX_NESTING = 256;

// Elements that never hold others (void), and those a parser closes by themselves when a sibling
// opens (<p><p>, <li><li>): neither makes the page deeper, so neither is counted.
const FLAT = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  "p", "li", "dt", "dd", "option", "tr", "td", "th",
]);
// Raw text elements: their content is not markup.
const RAW = new Set(["script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes", "plaintext"]);

const TAG_NAME = /^<\/?([a-zA-Z][^\s/>]*)/;

/** `html` with every tag that would open deeper than `max` (and its end tag) left out. */
export function capNesting(html: string, max = MAX_NESTING): string {
  const lower = html.length > 0 ? html.toLowerCase() : html;
  const open: string[] = []; // never longer than max, so searching it is bounded
  const droppedOpen = new Map<string, number>();
  let out = "";
  let kept = 0; // html[kept, i) is copied when a tag is dropped
  let dropped = false;
  let i = html.indexOf("<");
  while (i !== -1 && i < html.length) {
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      if (end === -1) break; // the rest is a comment
      i = html.indexOf("<", end + 3);
      continue;
    }
    const close = html.indexOf(">", i + 1);
    if (close === -1) break;
    const m = TAG_NAME.exec(html.slice(i, Math.min(close + 1, i + 64)));
    if (!m) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    const name = m[1].toLowerCase();
    const isEnd = html[i + 1] === "/";
    const selfClosing = html[close - 1] === "/";
    let drop = false;
    if (isEnd) {
      const pending = droppedOpen.get(name) ?? 0;
      if (pending > 0) {
        droppedOpen.set(name, pending - 1);
        drop = true;
      } else {
        const at = open.lastIndexOf(name);
        if (at !== -1) open.length = at;
      }
    } else if (!FLAT.has(name) && !selfClosing) {
      if (open.length >= max) {
        droppedOpen.set(name, (droppedOpen.get(name) ?? 0) + 1);
        drop = true;
      } else open.push(name);
    }
    if (drop) {
      out += html.slice(kept, i);
      kept = close + 1;
      dropped = true;
    }
    let next = close + 1;
    if (!isEnd && RAW.has(name) && !drop) {
      // skip the raw text to its end tag; unterminated, the rest of the page is that text
      const end = lower.indexOf(`</${name}`, next);
      if (end === -1) break;
      if (open[open.length - 1] === name) open.pop();
      next = lower.indexOf(">", end) + 1 || html.length;
    }
    i = html.indexOf("<", next);
  }
  return dropped ? out + html.slice(kept) : html;
}
