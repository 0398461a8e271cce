import { test } from "node:test";
import { assertCasesPass, type TimeCase } from "./time-case-helpers";

// Follow-ups published on a later day: which day their bare clocks belong to.
const CASES: TimeCase[] = [
  // a date-only publication: a calendar date named earlier frames a clock that the publication day's
  // first hours cannot hold, before the rest of that day does
  {
    id: "en-date-only-framed", lang: "en", publishedAt: "2025-09-15T00:00:00Z", sourceZone: null,
    text: "On Friday, September 12, the mail service went down for ten minutes. Between 15:51 and 15:58 PDT, users got errors.",
    expect: { kind: "range", start: "2025-09-12T22:51:00Z", end: "2025-09-12T22:58:00Z" },
    never: [{ kind: "range", start: "2025-09-15T22:51:00Z", end: "2025-09-15T22:58:00Z" }],
  },
  {
    id: "fr-date-only-framed", lang: "fr", publishedAt: "2025-09-15T00:00:00Z", sourceZone: null,
    text: "Le vendredi 12 septembre, la messagerie a été coupée pendant une heure. À 21 h 40, les utilisateurs ont retrouvé l'accès.",
    expect: { kind: "instant", utc: "2025-09-12T19:40:00Z" },
    never: [{ kind: "instant", utc: "2025-09-15T19:40:00Z" }],
  },
  // "yesterdays outage": the possessive without its apostrophe still names the outage's day
  {
    id: "en-yesterdays-outage", lang: "en", publishedAt: "2025-09-16T09:00:00Z", sourceZone: null,
    text: "The operator apologised for yesterdays network outage.\n\nThe incident was closed at 4:30pm, the chief executive said.",
    expect: { kind: "instant", utc: "2025-09-15T20:30:00Z" },
    never: [{ kind: "instant", utc: "2025-09-16T20:30:00Z" }],
  },
  // negative: "yesterdays" names a day, not a plural noun of the text; a bare clock in a text with no
  // outage noun after it stays on the publication day
  {
    id: "en-yesterdays-no-outage", lang: "en", publishedAt: "2025-09-16T22:00:00Z", sourceZone: null,
    text: "Shares fell after yesterdays results.\n\nThe app went down at 4:30pm.",
    expect: { kind: "instant", utc: "2025-09-16T20:30:00Z" },
  },
];

test("follow-ups: an earlier date frames a date-only report; 'yesterdays outage' names the day", () => {
  assertCasesPass(CASES);
});
