// Keys of the (service x day) index: an incident is filed under every key of its documents, and the
// candidates for a new document are the incidents filed under any of its lookup keys.
import type { ArticleFacts, ServiceMention } from "../domain/types";
import { timeFactDay } from "../domain/time-fact-day";
import { foldText } from "../text/fold-text";
import { PUBLISHED_WINDOW } from "./data/similarity-weights";
import { addDays, dayOfIso } from "./day-arithmetic";
import { nameInitials } from "./name-initials";
import { brandHead } from "../extract/brand-head";
import { writtenNameKeys } from "./written-name-keys";
import { nameWords } from "./written-words";

// A day the text states is matched two days either way (long outages, misread zones).
const STATED_REACH = 2;
/** The key under which every document of a service is also filed, for documents with no day at all. */
export const ANY_DAY = "any";
/** The key under which a document with no day at all is also filed, and which every dated document
 * of its service looks up: an incident of undated reports alone is found by the dated reports that
 * come after it, as it would have found them had they come first (incidents holding a dated
 * document are not filed under it: plan-incident-changes.ts). */
export const UNDATED = "undated";
/** The service part of the keys every dated document is also filed under, for documents that name
 * no service at all (a cable cut, "the internet"): they look up every incident of their days. */
export const ANY_SERVICE = "*";
/** The service part of the keys a document naming no service is filed under; every dated document
 * looks these up, so such a document meets the named reports that come after it too. */
export const NO_SERVICE = "?";
/** The marks of the keys by which a named document and the reports of the services its fact
 * sentences write meet, in either order (written-services.ts: a provider's status page and its
 * customers' reports that write its name): it is filed under `w:name|day` for each name written,
 * which the service's reports look up, and looks up `n:name|day`, under which they are filed. Two
 * marks, so that two reports writing one word ("The", a town) do not meet by it. Names are written
 * as words ("mpl-2" as "mpl 2": written-name-keys.ts). */
export const WRITTEN = "w:";
export const NAMED = "n:";

/**
 * Index keys of one document: `service|YYYY-MM-DD` for the days its outage may be on (two days
 * either way of a day the text states; from a week before to a day after a publication day, since
 * a follow-up dated only by its publication may be about an outage days before), `service|any`, and
 * `*|day` two days either way (`?|day` for a document naming no service), and for a named document
 * `n:service|day` and `w:name|day` for each name its fact sentences write, two days either way.
 */
export function indexKeys(facts: ArticleFacts, publishedAt?: string | null): string[] {
  const names = keyedNamesOf(facts);
  const anyService = dayKeys(facts, publishedAt, names.length > 0 ? [ANY_SERVICE] : [ANY_SERVICE, NO_SERVICE], STATED_REACH);
  const days = dayKeys(facts, publishedAt, names);
  const undated = days.length === 0 ? names.map((n) => `${n}|${UNDATED}`) : [];
  const written = names.length > 0 ? dayKeys(facts, publishedAt, [...writtenNameKeys(facts).map((n) => WRITTEN + n), ...asWords(names, NAMED)], STATED_REACH) : [];
  return [...new Set([...days, ...anyService, ...names.map((n) => `${n}|${ANY_DAY}`), ...undated, ...written])].sort();
}

/**
 * Keys to look a document's candidate incidents up by: its day keys, the `?|day` keys of reports
 * naming no service, the `service|undated` keys of its services' undated incidents, and two days
 * either way `n:name|day` for the names its fact sentences write and `w:service|day`; a document with no day at all (no date in its text, its feed or its page)
 * looks up every incident of its services instead, so it can be placed in the one of its service it
 * tells of (the database bounds that list). A document naming no service looks up every incident
 * of its days (`*|day`).
 */
export function lookupKeys(facts: ArticleFacts, publishedAt?: string | null): string[] {
  const names = keyedNamesOf(facts);
  if (names.length === 0) return dayKeys(facts, publishedAt, [ANY_SERVICE], STATED_REACH);
  const days = dayKeys(facts, publishedAt, names);
  if (days.length === 0) return names.map((n) => `${n}|${ANY_DAY}`).sort();
  // the services its fact sentences write, and the reports that write its services (written-services.ts)
  const written = dayKeys(facts, publishedAt, [...writtenNameKeys(facts).map((n) => NAMED + n), ...asWords(names, WRITTEN)], STATED_REACH);
  return [...new Set([...days, ...dayKeys(facts, publishedAt, [NO_SERVICE], STATED_REACH), ...names.map((n) => `${n}|${UNDATED}`), ...written])].sort();
}

// service names as the words a text writes them in, behind `mark` (initials keys are no names)
function asWords(names: string[], mark: string): string[] {
  return names.filter((n) => !n.startsWith(INITIALS)).map((n) => mark + nameWords(n));
}

function dayKeys(facts: ArticleFacts, publishedAt: string | null | undefined, names: string[], reach?: number): string[] {
  const day = facts.outageDay ?? dayOfIso(publishedAt ?? null);
  if (!day || names.length === 0) return [];
  const stated = facts.outageDay !== null && facts.times.some((t) => timeFactDay(t) === facts.outageDay);
  const [from, to] =
    reach !== undefined ? [-reach, reach] : stated ? [-STATED_REACH, STATED_REACH] : [-PUBLISHED_WINDOW.back, Math.max(PUBLISHED_WINDOW.ahead, STATED_REACH)];
  const days: string[] = [];
  for (let d = from; d <= to; d++) days.push(addDays(day, d));
  // a report published days after the outage day it states (a follow-up, a postmortem, the outage
  // restored weeks later) is also news of its publication days: the reports of those days, which may
  // state no earlier day, must meet it, or the order documents arrive in decides whether they join
  const published = dayOfIso(publishedAt ?? null);
  if (stated && published && published > day) for (let d = -STATED_REACH; d <= STATED_REACH; d++) days.push(addDays(published, d));
  // a follow-up counting its outage back from its publication ("une semaine après la panne") meets
  // the reports of the day it counts back to (clustering places it there: document-features.ts)
  if (facts.followUpDay) for (let d = -STATED_REACH; d <= STATED_REACH; d++) days.push(addDays(facts.followUpDay, d));
  return [...new Set(names.flatMap((n) => days.map((d) => `${n}|${d}`)))].sort();
}

function keyedNamesOf(facts: ArticleFacts): string[] {
  // an operator's post naming no service is filed under the company it speaks for
  return facts.services.length > 0 || !facts.speaksFor ? keyedNames(facts.services) : [keyName(facts.speaksFor)];
}

/** The failed services and their owners (a "Meta" document must meet "Facebook" ones); else any
 * service. A name's initials are a key too, so that "GTBank" and "Guaranty Trust Bank" meet
 * (similarity counts them as one service: name-initials.ts), and so is a brand's head. */
function keyedNames(services: ServiceMention[]): string[] {
  const failed = services.filter((s) => s.role === "failed" || s.role === "knock-on");
  const chosen = failed.length > 0 ? failed : services;
  const names = chosen.flatMap((s) => (s.company ? [s.name, s.company] : [s.name]));
  const initials = names.flatMap((n) => nameInitials(n)?.letters ?? []).map((l) => `${INITIALS}${l}`);
  // "Zorvex Broadband" is filed under "zorvex" too, where the reports that shorten it are (brand-head.ts)
  const heads = names.flatMap((n) => brandHead(keyName(n)) ?? []);
  return [...new Set([...names.map(keyName), ...heads, ...initials].filter((n) => n.length > 0))];
}

// the mark of an initials key: no folded service name starts with it
const INITIALS = "~";

/** Lower-case, accent-free form of a service name used in keys and similarity. */
export function keyName(name: string): string {
  return foldText(name).trim();
}
