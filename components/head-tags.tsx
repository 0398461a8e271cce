import type { HeadTag } from "../app/_lib/incident-metadata";

/** Elements for next/head, which takes direct children only (so a function, not a component). */
export function HeadTags(tags: HeadTag[]) {
  return tags.map((h, i) => {
    if (h.tag === "meta") return <meta key={`m${i}`} name={h.name} property={h.property} content={h.content} />;
    return <link key={`l${i}`} rel={h.rel} href={h.href} type={h.type} title={h.title} hrefLang={h.hrefLang} />;
  });
}
