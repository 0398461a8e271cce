// Feeds are English unless asked otherwise (?lang=fr); a page links to the feed in its own language.
import type { Lang } from "../../lib/domain/types";

/** The query that selects a feed's language: "" for English, "?lang=fr" for French. */
export const feedLangQuery = (lang: Lang) => (lang === "en" ? "" : `?lang=${lang}`);
