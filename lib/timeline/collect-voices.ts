// Who said what across an incident's documents: statements of the operators (with the organisation a
// spokesperson speaks for), their newsroom posts, and other companies' jabs moved to reactions.
import type { ExtractedDocument, IncidentExport } from "../domain/types";

type Statements = IncidentExport["statements"];
type Reactions = IncidentExport["reactions"];

/** Statements and reactions of the incident, each with its source document, duplicates dropped. */
export function collectVoices(docs: ExtractedDocument[]): { statements: Statements; reactions: Reactions } {
  const operators = failingCompanies(docs);
  const statements: Statements = [];
  const reactions: Reactions = [];
  for (const d of docs) {
    const own = ownCompany(d);
    for (const { span: _s, ...s } of d.facts.statements) {
      // "son porte-parole Andy Stone", "chief executive Matthew Prince": the operator the article is about
      const organisation = s.organisation ?? (s.official && own ? own : null);
      // another company's official voice in an outage that is not its own ("if you're reading this, our
      // servers are working", posted by X's owner during Meta's outage) is a reaction, not a statement
      if (s.official && organisation && operators.size > 0 && !operators.has(organisation.toLowerCase()))
        reactions.push({ kind: "rival-post", who: s.speaker ?? organisation, text: s.quote, source: d.url });
      else statements.push({ ...s, organisation, source: d.url });
    }
    for (const { span: _s, ...r } of d.facts.reactions) reactions.push({ ...r, source: d.url });
    const post = newsroomPost(d, own);
    if (post && !statements.some((s) => s.source === d.url && s.official)) statements.push(post);
  }
  return { statements: unique(statements), reactions: unique(reactions) };
}

// The companies whose services failed in the incident (lower case), from every document.
function failingCompanies(docs: ExtractedDocument[]): Set<string> {
  const out = new Set<string>();
  for (const d of docs) for (const s of d.facts.services) if (s.role === "failed") out.add((s.company ?? s.name).toLowerCase());
  for (const d of docs) if (d.facts.speaksFor) out.add(d.facts.speaksFor.toLowerCase());
  return out;
}

// The company a document is about: its publisher's for an official document, else the company of the
// failed service it names first.
function ownCompany(d: ExtractedDocument): string | null {
  const failed = d.facts.services.filter((s) => s.role === "failed").sort((a, b) => a.span.start - b.span.start).map((s) => s.company ?? s.name);
  if (d.facts.speaksFor) return failed.find((c) => c.toLowerCase() === d.facts.speaksFor) ?? capitalise(d.facts.speaksFor);
  // the failed service named first (the title's) is the one the article is about
  return failed[0] ?? null;
}

/** An operator's own post (newsroom, blog, official account) is a statement in itself: its title stands for it. */
function newsroomPost(d: ExtractedDocument, own: string | null): Statements[number] | null {
  if (d.kind !== "official" || !d.facts.isOutage || !d.title.trim()) return null;
  const who = own ?? d.sourceName;
  return { quote: d.title.trim(), speaker: who, role: "newsroom post", organisation: own, official: true, source: d.url };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function unique<T>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = JSON.stringify(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
