// Weights and thresholds of document similarity. Tuned by hand on the reasoning below, not fitted
// to the dev corpus: the failed service and the outage's own day carry most of the decision (they
// are language-independent and extraction reads them reliably); text, start times and shared
// specifics (numbers, hashtags, people) only separate close calls.

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

/** Score terms; each term is in [0, 1] (start may be negative as a penalty). */
export const SCORE_WEIGHTS = {
  entity: 0.5,
  day: 0.3,
  start: 0.1,
  specifics: 0.1,
} as const;

/**
 * Day term by the gap in days between the two outage days (index = gap). `stated`: both texts name
 * the day; two or more days apart they link only when their start times agree, and beyond the
 * table never (another outage of the same service). `published`: at
 * least one day is only a publication day, which may stand for an outage a few days before (a
 * follow-up), so a larger gap costs less, up to the publication window. `unknown`: a side has no day.
 */
export const DAY_TERM = {
  stated: [1, 0.6, 0.3],
  published: [1, 0.5, 0.2, 0.1],
  unknown: 0.4,
} as const;

/**
 * Start-time term: starts within `nearHours` agree, within `midHours` half agree, within
 * `farHours` say nothing (long outages and misread zones), beyond that are a penalty large enough
 * that two reports alone on adjacent days with starts that far apart stay two outages, but not a
 * veto: one misread start must not keep apart two groups that agree on everything else.
 */
export const START_TERM = { nearHours: 3, midHours: 12, farHours: 24, near: 1, mid: 0.3, far: -3 } as const;

/** Average-link threshold: two groups merge when their mean pairwise score reaches it. */
export const LINK_THRESHOLD = 0.55;

/** Without an outage day, a document published on day P is about an outage in [P - back, P + ahead]. */
export const PUBLISHED_WINDOW = { back: 7, ahead: 1 } as const;
