// A list of sources from a file: a JSON array of URLs or of {url, name?, lang?, zone?, official?,
// kind?}, or an OPML outline (xmlUrl attributes; `language` as in OPML 2.0, and this project's own
// `zone`, `official` and `sourceKind` attributes, which OPML allows on outlines), validated at the
// boundary.
import { XMLParser } from "fast-xml-parser";
import { z } from "zod";
import type { SourceInput } from "../db/sources";

const urlSchema = z.string().trim().refine((u) => /^https?:\/\/[^\s]+$/i.test(u), "must be an http(s) URL");
const kindSchema = z.enum(["feed", "page", "statuspage", "social"]);
const entrySchema = z.union([
  urlSchema.transform((url) => ({ url })),
  z.object({
    url: urlSchema,
    name: z.string().optional(),
    lang: z.string().optional(),
    zone: z.string().optional(),
    official: z.boolean().optional(),
    kind: kindSchema.optional(),
  }),
]);
const listSchema = z.array(entrySchema);

function opmlOutlines(node: unknown, out: SourceInput[]): SourceInput[] {
  if (Array.isArray(node)) node.forEach((n) => opmlOutlines(n, out));
  else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    const url = o["@_xmlUrl"] ?? o["@_xmlurl"];
    if (typeof url === "string" && urlSchema.safeParse(url).success) {
      const name = (o["@_title"] ?? o["@_text"]) as string | undefined;
      const lang = o["@_language"] as string | undefined;
      const zone = o["@_zone"] as string | undefined;
      const kind = kindSchema.safeParse(o["@_sourceKind"]);
      const official = o["@_official"] === "true" ? true : o["@_official"] === "false" ? false : undefined;
      out.push({
        url: url.trim(), ...(name ? { name } : {}), ...(lang ? { lang } : {}), ...(zone ? { zone } : {}),
        ...(official !== undefined ? { official } : {}), ...(kind.success ? { kind: kind.data } : {}),
      });
    }
    opmlOutlines(o.outline, out);
  }
  return out;
}

/** Parses a source list file's content; throws "sources: ..." with the offending entry. */
export function readSourceList(content: string): SourceInput[] {
  const t = content.trim();
  if (t.startsWith("<")) {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" }).parse(t) as { opml?: { body?: unknown } };
    if (!doc.opml) throw new Error("sources: XML that is not OPML");
    return opmlOutlines(doc.opml.body, []);
  }
  let json: unknown;
  try {
    json = JSON.parse(t);
  } catch (e) {
    throw new Error(`sources: neither JSON nor OPML: ${(e as Error).message}`);
  }
  const parsed = listSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`sources: entry ${issue?.path.join(".") || "?"}: ${issue?.message}`);
  }
  return parsed.data;
}
