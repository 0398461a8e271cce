// Atom feed of one demo newsroom: official statements with their full text, as press rooms publish.
import { escapeMarkup as esc } from "./escape-markup";
import { atomPath, statementPath } from "./demo-urls";
import type { DemoNewsroom, DemoStatement } from "./load-demo-data";

function entryXml(s: DemoStatement, room: DemoNewsroom, base: string): string {
  const html = s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("");
  return `  <entry>
    <id>tag:demo.outage-atlas,${s.publishedAt.slice(0, 10)}:${esc(room.slug)}/${esc(s.id)}</id>
    <title type="text">${esc(s.title)}</title>
    <link rel="alternate" type="text/html" href="${esc(base + statementPath(s))}"/>
    <published>${esc(s.publishedAt)}</published>
    <updated>${esc(s.publishedAt)}</updated>
    <author><name>${esc(s.author)}</name></author>
    <content type="html">${esc(html)}</content>
  </entry>`;
}

/** The newsroom's Atom 1.0 document, newest first. */
export function renderAtom(room: DemoNewsroom, statements: DemoStatement[], base: string): string {
  const entries = [...statements].sort((x, y) => Date.parse(y.publishedAt) - Date.parse(x.publishedAt));
  const updated = entries[0]?.publishedAt ?? "2000-01-01T00:00:00Z";
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${room.lang}">
  <id>tag:demo.outage-atlas,2021:${esc(room.slug)}</id>
  <title>${esc(room.name)}</title>
  <subtitle>${esc(`Official statements from ${room.organisation}`)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${esc(base + atomPath(room.slug))}"/>
  <link rel="alternate" type="text/html" href="${esc(`${base}/newsroom/${room.slug}/`)}"/>
  <updated>${esc(updated)}</updated>
${entries.map((s) => entryXml(s, room, base)).join("\n")}
</feed>
`;
}
