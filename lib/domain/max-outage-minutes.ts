// The longest an outage is taken to last, for the timeline's ends and lengths. Outages of two weeks
// happen (Atlassian's April 2022 outage kept some customers' sites down for up to 14 days), so only
// a longer span is a read error. Extraction reads a stated length more strictly
// (MAX_STATED_LENGTH_MINUTES in extract-article.ts): that is a rule about press wording, not this limit.
export const MAX_OUTAGE_MINUTES = 14 * 24 * 60;
