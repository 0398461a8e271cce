// The hand-set parts of document similarity (the weighing of the evidence itself is fitted:
// lib/cluster/data/pair-model.json, `npm run train:cluster`): how much a service counts in a
// document's profile by its role, when two start times agree, and how far back a publication day may
// stand for its outage in the index.

/** How much an entity counts in a document's service profile, by the role extraction gave it. */
export const ENTITY_WEIGHTS = {
  failed: 1,
  "knock-on": 0.6,
  // the owner of a failed service: a "Meta outage" is about Facebook/Instagram/WhatsApp, but two
  // different Meta apps failing on the same day is weaker evidence than the same app failing
  company: 0.7,
  // a service only named in passing ("unlike the Cloudflare outage..."): a hint, never the profile
  mentioned: 0.5,
} as const;

/**
 * Start-time agreement: starts within `nearHours` agree, within `midHours` half agree, within
 * `farHours` say nothing (long outages and misread zones), beyond that disagree (`far` < 0): a
 * feature of the pair model, and a veto only when both texts state days two or more apart. Starts
 * read only to a part of the day or the day ("mardi matin", "on Tuesday") disagree in the veto alone, and only from
 * `roughDays` apart (lib/cluster/document-similarity.ts says why).
 */
export const START_TERM = { nearHours: 3, midHours: 12, farHours: 24, near: 1, mid: 0.3, far: -1, roughDays: 8 } as const;

/** Without an outage day, a document published on day P is about an outage in [P - back, P + ahead]. */
export const PUBLISHED_WINDOW = { back: 7, ahead: 1 } as const;

/** An undated document under the pair model's undated floor still joins the dated group it is likest
 * to from `floor`, when that group's mean beats every other's by `margin` (undated-place.ts). Chosen
 * by leave-incident-out CV (`npm run train:cluster -- --cv`) from floors 0.25-0.4 and margins
 * 0.15-0.25: 0.3 or 0.35 with 0.15 or 0.2 give 0.969 (P 0.983 R 0.955) against 0.967 (P 0.983 R 0.950)
 * without; floor 0.25 loses precision (P 0.979), floor 0.4 or margin 0.25 gain nothing. The higher
 * floor and wider margin of the best are kept. An undated document whose clocks name a weekday that
 * meets the group's day joins its likest group from `weekdayFloor` (cluster CV 0.969 -> 0.971, P
 * 0.983 -> 0.987; 0.2 gains less on own sets 2-10; lib/cluster/weekday-agreement.ts says why). */
export const UNDATED_PLACEMENT = { floor: 0.35, margin: 0.2, weekdayFloor: 0.1 } as const;
