// How a follow-up report names the day of the outage it tells ("Tuesday's outage", "yesterday's
// disruption", "the outage on Monday", "la panne de mardi", "l'incident d'hier"), folded. From the
// phrasing of postmortem and next-day news: the day is said once, often in the title or the lead,
// and the clock times of the narration that follows carry no day of their own.

const NOUNS_EN = String.raw`(?:outages?|disruptions?|incidents?|failures?|blackouts?|crash|downtime|meltdown|breakdown)`;
const NOUNS_FR = String.raw`(?:pannes?|incidents?|perturbations?|coupures?|interruptions?|dysfonctionnements?|defaillances?|bugs?)`;

/** After a day anchor: "'s outage", "'s global outage", "'s hours-long disruption" ("yesterdays outage"
 * has lost its apostrophe, which the anchor "yesterdays" took). */
export const STORY_DAY_AFTER = new RegExp(String.raw`^(?:'s?)?\s+(?:[a-z-]+\s+)?${NOUNS_EN}(?![a-z])`);

/** Before a day anchor: "the outage on ", "la panne de ", "l'incident géant du ", "la panne survenue ". */
export const STORY_DAY_BEFORE = new RegExp(
  String.raw`(?:(?<![a-z])${NOUNS_EN}\s+(?:on|of)|(?<![a-z])${NOUNS_FR}\s+(?:[a-z]+\s+)?(?:de|du|d'|survenue?s?|intervenue?s?))\s*$`,
);

/** "la panne d'hier", "l'incident d'avant-hier": "hier" glued to "d'" is no day anchor of its own. */
export const STORY_DAY_HIER = new RegExp(String.raw`(?<![a-z])${NOUNS_FR}\s+(?:[a-z]+\s+)?d'(avant-hier|hier)(?![a-z-])`, "g");

/** A sentence in the future or about plans does not narrate the outage day ("will publish at 15:00"). */
export const NOT_NARRATION = /(?<![a-z])(?:will|won't|is expected|are expected|plans? to|sera|seront|va|vont|prevu|prevue|prevoit|devrait|devraient)(?![a-z])/;

/** Before a day anchor that dates a publication or a statement, not an event ("the report, posted
 * Friday, ...", "said on Thursday", "publié vendredi", "a indiqué jeudi", and French's inverted
 * subject after a quote, "a expliqué le ministère ce mardi", "a indiqué l'opérateur lundi"): in a
 * follow-up, a clock time next to it is still narrated on the outage's day; in any text, a clock in a
 * sentence that also names the events' own day is that day's. */
export const STATEMENT_DAY_BEFORE =
  /(?<![a-z])(?:posted|published|released|issued|put out|said|says|wrote|explained|confirmed|announced|publie(?:e|s|es)?|diffuse(?:e|s|es)?|mis(?:e)? en ligne|(?:(?:a|ont) (?:indique|annonce|explique|precise|declare|confirme|publie|reconnu))(?:\s+(?:(?:le|la|les)\s+|l')[a-z-]+(?:\s+[a-z-]+)?)?)\s+(?:on\s+|ce\s+|le\s+)?$/;

/** Before a date in its sentence that names an earlier event as a comparison or a starting point, not
 * the day the text narrates ("comme lors de la panne du 18 novembre", "like the outage of November 18",
 * "similar to", "reminiscent of", "since the March 3 incident", "after the outage on"): the bare clocks
 * that follow are not that day's, nor does its year carry to later dates. From the way news recalls a
 * previous outage beside the one it reports. */
export const COMPARED_DAY_BEFORE =
  /(?<![a-z])(?:comme|like|just as|same as|similar to|semblable a|identique a|reminiscent of|rappel(?:le|ant)|recall(?:s|ing)?|precedente?s?|previous|(?:after|following|since|depuis|apres|suite a|au lendemain d[e'])\s*(?:la|le|l'|les|the|its|their|sa|son))(?![a-z])[^.;:!?]{0,50}$/;

/** In the sentence naming a day, a word that makes what it tells an earlier episode beside the story,
 * not the story's beginning ("Hier déjà, le site avait connu des lenteurs", "It had already crashed
 * on Monday", "had previously gone down"). */
export const EARLIER_EPISODE = /(?<![a-z])(?:deja|already|previously|auparavant)(?![a-z])/;
