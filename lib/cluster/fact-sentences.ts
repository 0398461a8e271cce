import type { ArticleFacts } from "../domain/types";

/** The sentences facts were read from: those that date the outage carry its specifics too (hours,
 * places, what stopped, whose servers). */
export function factSentences(facts: ArticleFacts): string[] {
  return [...facts.causes, ...facts.statements, ...facts.reactions, ...facts.impacts, ...facts.times].map((x) => x.span.text);
}
