// What a timeline entry says in the page's language: our own words for the moments we name
// (start, recovery...), and the source's words, marked with their language, for what it quotes.
import type { CauseCategory, IncidentExport, Lang, TimelineEntry } from "../domain/types";
import { messages } from "./data/messages";
import { STORY_WORDING } from "./data/story-wording";
import { lowerFirst } from "./lower-first";

type Doc = Pick<IncidentExport["documents"][number], "url" | "title" | "lang">;

export interface EntryText {
  /** words generated in the page's language, or null */
  generated: string | null;
  /** words taken from a source (a quote, a status page's title), with that source's language */
  quoted: { text: string; lang: Lang } | null;
}

const asLang = (l: string | undefined, fallback: Lang): Lang => (l === "fr" || l === "en" ? l : fallback);

/** The entry's text for a reader of `lang`; `docs` names the language of each source. */
export function describeEntry(e: TimelineEntry, docs: Map<string, Doc>, cause: CauseCategory | null, lang: Lang): EntryText {
  const w = STORY_WORDING[lang];
  const doc = docs.get(e.sources[0] ?? "");
  const sourceLang = asLang(doc?.lang, lang);
  switch (e.kind) {
    case "statement":
    case "reaction":
      return { generated: null, quoted: { text: e.text, lang: sourceLang } };
    case "update":
      // an operator's status-page update is shown verbatim, as the operator wrote it
      if (e.official) return { generated: null, quoted: { text: e.text, lang: sourceLang } };
    // falls through: a press update names the document it comes from
    case "postmortem":
      // the entry names the document it comes from: its title is the source's words
      return { generated: w.entry[e.kind] ?? null, quoted: doc?.title ? { text: doc.title, lang: sourceLang } : null };
    case "cause-identified":
      return { generated: cause ? w.causeIdentified(lowerFirst(messages[lang].causeCategory[cause])) : messages[lang].entryKind[e.kind], quoted: null };
    default:
      return { generated: w.entry[e.kind] ?? messages[lang].entryKind[e.kind] ?? e.kind, quoted: null };
  }
}
