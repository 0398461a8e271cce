// An operator's own statement about an incident ("Summary of the AWS service event", a newsroom
// post) often names its service only as the subject, without a failure word next to it.
import type { ServiceMention } from "../domain/types";
import { COMPANIES } from "./data/services";
import { findServices } from "./find-services";
import { makeTextView, spanOf, type TextView } from "./text-view";

/**
 * In an official outage document, services named in its title or its source's name are the ones
 * that failed; a service only its source names ("Reddit Engineering" writing about "our
 * clusters") is added, cited by the title, since the operator writes about its own outage.
 */
export function promoteOwnServices(view: TextView, services: ServiceMention[], sourceName: string | null, lang: "fr" | "en"): ServiceMention[] {
  const own = new Set(findServices(view, lang).filter((h) => h.index < view.titleEnd).map((h) => h.entry.name));
  const bySource = sourceName ? findServices(makeTextView(sourceName, ""), lang).map((h) => h.entry) : [];
  for (const e of bySource) own.add(e.name);
  if (own.size === 0) return services;
  const unnamed = bySource.filter((e, i) => bySource.findIndex((x) => x.name === e.name) === i && !services.some((s) => s.name === e.name));
  const added = unnamed.map((e): ServiceMention => ({ name: e.name, company: e.parent ?? e.company, role: "failed", span: spanOf(view, 0, view.titleEnd) }));
  const promoted = [...added, ...services].map((s) => (own.has(s.name) && s.role !== "failed" ? { ...s, role: "failed" as const } : s));
  // failed first, as assignServiceRoles orders them
  return [...promoted.filter((s) => s.role === "failed"), ...promoted.filter((s) => s.role !== "failed")];
}

/** The company an official source speaks for, from its name ("Meta Newsroom" -> "meta"; "AWS Health" -> "amazon"). */
export function speaksFor(sourceName: string | null, lang: "fr" | "en"): string | null {
  if (!sourceName) return null;
  const words = new Set(makeTextView(sourceName, "").folded.split(/[^a-z0-9]+/));
  const company = COMPANIES.find((c) => words.has(c));
  if (company) return company;
  const owner = findServices(makeTextView(sourceName, ""), lang).find((h) => h.entry.company)?.entry.company;
  return owner ? owner.toLowerCase() : null;
}
