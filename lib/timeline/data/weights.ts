// How much each kind of evidence counts when sources disagree. The order follows how outages are
// documented: an operator's status page is written by the people fixing it; an official statement
// is authoritative but often vague on times; the press relays both, sometimes rounding ("about an
// hour"). A time read to the minute in an explicit zone beats "Tuesday evening".
import type { CauseStatus, DocumentKind, Granularity } from "../../domain/types";

export const KIND_WEIGHT: Record<DocumentKind, number> = { status: 3, official: 2, news: 1, social: 0.5 };

export const PRECISION_WEIGHT: Record<Granularity, number> = { minute: 1, hour: 0.7, "part-of-day": 0.3, day: 0.1 };

/** Half-width, in minutes, of the interval a time of this precision stands for. */
export const PRECISION_HALF_WIDTH: Record<Granularity, number> = { minute: 0, hour: 30, "part-of-day": 180, day: 720 };

/** A time whose zone was assumed (the outlet's) rather than written counts this much. */
export const ASSUMED_ZONE_FACTOR = 0.75;

/** Instants closer than this (minutes, beyond their precision) are the same value. */
export const TIME_TOLERANCE_MINUTES = 60;

/** Durations agree within this share or this many minutes, whichever is larger (the scorer's own rule). */
export const DURATION_TOLERANCE = { share: 0.3, minutes: 30 } as const;

/** An approximate duration ("about an hour", "nearly six hours") counts this much. */
export const APPROXIMATE_DURATION_FACTOR = 0.5;

/** A duration with an indefinite count ("several hours", "quelques heures") counts this much more: it is a guess. */
export const VAGUE_DURATION_FACTOR = 0.2;

/** A length elapsed so far in a live report ("depuis deux heures", "for the past hour") is a lower bound: it counts this much. */
export const ONGOING_DURATION_FACTOR = 0.3;

/** end - start counts this much: it adds the errors of two instants, often read from different sources. */
export const COMPUTED_DURATION_FACTOR = 0.7;

/** Most outages last hours: a stated span of a day or more ("twice in 24 hours") counts this much. */
export const DAY_LONG_MINUTES = 24 * 60;
export const DAY_LONG_DURATION_FACTOR = 0.25;

/** The faulty change going out ("pushed at 04:09") stands for the start this much: users' trouble
 * usually begins then, but a stated start of the impact is better evidence. */
export const TRIGGER_AS_START_FACTOR = 0.8;

/** A day counted back from a publication known only to its date ("hier après-midi" in an article
 * stamped "2020-05-18") counts this much: the stamp may be a day off from the writer's day (a UTC
 * date for a night's writing, a page's later date), where a weekday or a date the text names is not.
 * Where all documents agree it changes nothing; where one names "lundi" and another's "hier" lands
 * on Sunday, the named day leads. */
export const RELATIVE_DAY_DATE_ONLY_FACTOR = 0.5;

/** A report of trouble at a start's time supports that start this much of its own weight: reports
 * show users were affected by then, but a checkpoint ("12,000 reports at 14:00") may come later. */
export const REPORT_SUPPORT_FACTOR = 0.5;

/** Starts further than this from the incident's consensus day are about another outage. */
export const START_DAY_WINDOW_DAYS = 1;

/** An incident whose start is older than this is resolved even without a recovery fact. */
export const RESOLVED_AFTER_HOURS = 48;

export const CAUSE_STATUS_RANK: Record<CauseStatus, number> = { confirmed: 3, reported: 2, speculated: 1 };

/** A document published this long after the end, stating a confirmed cause, is a postmortem. */
export const POSTMORTEM_AFTER_HOURS = 24;

/** At most this many statements and reactions on the timeline (all remain in the lists). */
export const MAX_TIMELINE_STATEMENTS = 6;
export const MAX_TIMELINE_REACTIONS = 6;
/** At most this many residual-impact sentences on the timeline (all remain in the phases). */
export const MAX_TIMELINE_RESIDUAL = 2;
