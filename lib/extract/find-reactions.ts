// What the world did about the outage: hashtags, market moves, users moving to other services,
// rivals and public figures posting jokes.
import type { Reaction, ServiceMention } from "../domain/types";
import { MARKET_MOVES, MARKET_NOUNS, MIGRATION_CUES, MOCK_CUES } from "./data/reaction-cues";
import { compileCues, hasMatch } from "./compile-cues";
import type { CueHit } from "./outage-cue-hits";
import type { ServiceHit } from "./find-services";
import { spanOf, type TextView } from "./text-view";

const HASHTAG_RE = /(?<![\p{L}\p{N}&#/])#([\p{L}_][\p{L}\p{N}_]{1,40})/gu;
const MARKET_NOUN_RE = compileCues(MARKET_NOUNS);
const MARKET_MOVE_RE = compileCues(MARKET_MOVES);
const PERCENT_OR_MONEY = /\d\s*%|\$\s*\d|\d\s*(?:\$|dollars|euros|€|milliards|billion)/;
const MIGRATION_RE = compileCues(MIGRATION_CUES);
const MOCK_RE = compileCues(MOCK_CUES);
const PERSON_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})(?=\s+(?:a |s'est |has |had |also )?\p{Ll})/u;

/** Reactions in text order; hashtags are returned apart as well. */
export function findReactions(view: TextView, hits: ServiceHit[], services: ServiceMention[], cues: CueHit[]): { reactions: Reaction[]; hashtags: string[] } {
  const reactions: Reaction[] = [];
  const hashtags: string[] = [];
  for (const m of view.full.matchAll(HASHTAG_RE)) {
    const tag = `#${m[1]}`;
    if (!hashtags.includes(tag)) hashtags.push(tag);
    reactions.push({ kind: "hashtag", who: null, text: tag, span: spanOf(view, m.index!, m.index! + m[0].length) });
  }
  const failed = new Set(services.filter((s) => s.role === "failed").map((s) => s.name));
  for (const s of view.sentences) {
    const f = view.folded;
    const inSentence = hits.filter((h) => h.index >= s.start && h.index < s.end);
    const text = view.full.slice(s.start, s.end);
    const span = spanOf(view, s.start, s.end);
    const failing = cues.some((c) => c.index >= s.start && c.index < s.end);
    if (hasMatch(MARKET_NOUN_RE, f, s.start, s.end) && hasMatch(MARKET_MOVE_RE, f, s.start, s.end) && PERCENT_OR_MONEY.test(text))
      reactions.push({ kind: "market", who: inSentence[0]?.entry.company ?? null, text: span.text, span });
    else if (hasMatch(MIGRATION_RE, f, s.start, s.end) && inSentence.some((h) => !failed.has(h.entry.name)))
      reactions.push({ kind: "migration", who: inSentence.find((h) => !failed.has(h.entry.name))!.entry.name, text: span.text, span });
    else if (failing && hasMatch(MOCK_RE, f, s.start, s.end))
      reactions.push({ kind: "rival-post", who: mocker(text, inSentence, failed), text: span.text, span });
  }
  return { reactions: reactions.sort((a, b) => a.span.start - b.span.start), hashtags };
}

// The rival service or the person posting: a service that did not fail, else the first person named.
function mocker(text: string, inSentence: ServiceHit[], failed: Set<string>): string | null {
  const rival = inSentence.find((h) => !failed.has(h.entry.name));
  const person = PERSON_RE.exec(text)?.[1] ?? null;
  if (person && !/^(?:Le|La|Les|The|Un|Une|A)\s/.test(person)) return person;
  return rival?.entry.name ?? null;
}
