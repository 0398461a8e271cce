// How far past a timed stamp a clock with no day may be read on the publication day: a live page is
// updated after its stamp. Time extraction places such clocks by it, and the timeline re-places them
// by it when it reads a document's clocks in another zone (read-in-incident-zone.ts).
export const FUTURE_SLACK_HOURS = 2;
