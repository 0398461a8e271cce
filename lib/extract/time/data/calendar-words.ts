// Calendar and clock vocabulary of French and English news, folded (lower case, no accents).
// Weekday numbers follow ISO 8601 / luxon (1 = Monday ... 7 = Sunday).

export const WEEKDAYS: Record<string, number> = {
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

export const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  "janv.": 1, "fevr.": 2, "fev.": 2, "avr.": 4, "juil.": 7, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  "jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9,
  jan: 1, feb: 2, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** A part of the day: the local hour that stands for it, and whether it belongs to the night
 * that starts on the named day ("la nuit de lundi" is Monday evening into Tuesday). */
export interface PartOfDay {
  hour: number;
  minute?: number;
  pm?: boolean; // a bare clock hour 1..11 said with this part is in the afternoon/evening
  night?: boolean;
}

export const PARTS_OF_DAY: Record<string, PartOfDay> = {
  "tot le matin": { hour: 6 }, "tot dans la matinee": { hour: 7 }, "petit matin": { hour: 6 },
  "debut de matinee": { hour: 8 }, "debut de journee": { hour: 8 }, "fin de journee": { hour: 18, pm: true },
  "milieu de journee": { hour: 12 }, "early hours": { hour: 3 }, "small hours": { hour: 3 }, "fin de matinee": { hour: 11 }, "milieu de matinee": { hour: 10 },
  matin: { hour: 9 }, matinee: { hour: 9 }, "la matinee": { hour: 9 }, "le matin": { hour: 9 },
  "mi-journee": { hour: 12 }, "heure du dejeuner": { hour: 12, minute: 30 },
  "debut d'apres-midi": { hour: 14, pm: true }, "fin d'apres-midi": { hour: 17, minute: 30, pm: true },
  "milieu d'apres-midi": { hour: 15, pm: true }, "apres-midi": { hour: 15, pm: true }, "l'apres-midi": { hour: 15, pm: true },
  "debut de soiree": { hour: 19, pm: true }, "fin de soiree": { hour: 22, minute: 30, pm: true },
  soir: { hour: 20, pm: true }, soiree: { hour: 20, pm: true }, "la soiree": { hour: 20, pm: true }, "le soir": { hour: 20, pm: true },
  nuit: { hour: 23, night: true }, "la nuit": { hour: 23, night: true },
  "early morning": { hour: 6 }, "early in the morning": { hour: 6 }, "late morning": { hour: 11 }, morning: { hour: 9 },
  "the morning": { hour: 9 }, "mid-morning": { hour: 10 }, midday: { hour: 12 }, lunchtime: { hour: 12, minute: 30 },
  "early afternoon": { hour: 14, pm: true }, "late afternoon": { hour: 17, minute: 30, pm: true },
  afternoon: { hour: 15, pm: true }, "the afternoon": { hour: 15, pm: true }, "mid-afternoon": { hour: 15, pm: true },
  "early evening": { hour: 19, pm: true }, "late evening": { hour: 22, minute: 30, pm: true },
  evening: { hour: 20, pm: true }, "the evening": { hour: 20, pm: true },
  night: { hour: 23, night: true }, "the night": { hour: 23, night: true }, "late night": { hour: 23, minute: 30, night: true },
  // "tard dans la nuit", "plus tard dans la soirée": the same hours as "late night", "fin de soirée"...
  "tard nuit": { hour: 23, minute: 30, night: true }, "tard soiree": { hour: 22, minute: 30, pm: true }, "tard soir": { hour: 22, minute: 30, pm: true },
  "tard apres-midi": { hour: 17, minute: 30, pm: true }, "tard matinee": { hour: 11 },
  // "tôt vendredi matin", "tôt dans la matinée": the same hours as "early morning"
  "tot matin": { hour: 6 }, "tot matinee": { hour: 7 },
  // the same with the article French also writes ("en fin de la matinée" is rare, "au début de
  // l'après-midi", "depuis la fin de la matinée" are not)
  "debut de la matinee": { hour: 8 }, "milieu de la matinee": { hour: 10 }, "fin de la matinee": { hour: 11 },
  "debut de l'apres-midi": { hour: 14, pm: true }, "milieu de l'apres-midi": { hour: 15, pm: true }, "fin de l'apres-midi": { hour: 17, minute: 30, pm: true },
  "debut de la soiree": { hour: 19, pm: true }, "fin de la soiree": { hour: 22, minute: 30, pm: true },
  "debut de la journee": { hour: 8 }, "milieu de la journee": { hour: 12 }, "fin de la journee": { hour: 18, pm: true },
  // "by the end of the day": the hour "fin de journée" is read at
  "end of the day": { hour: 18, pm: true }, "end of day": { hour: 18, pm: true },
};

/** Words before a part of the day that make it a time phrase of its own when no day is named ("dans la
 * soirée", "en fin d'après-midi", "au cours de la nuit", "by the evening", "during the night"): the
 * adverbials news uses to narrate the outage day. A bare part ("le soir", "morning") is as often a
 * habit or a noun's modifier ("le trafic du soir", "a morning update") and is not read alone. */
export const PART_FRAMES: Record<"fr" | "en", string[]> = {
  // ("depuis", "since": the part of the day something has lasted from, "depuis le début de l'après-midi")
  // ("d'ici", "avant": a bound, "d'ici la fin de la journée", "avant la fin de l'après-midi")
  fr: ["dans", "en", "au", "a", "vers", "pendant", "durant", "des", "depuis", "jusqu'a", "jusqu'en", "au cours de", "tout au long de", "en plein", "en pleine", "d'ici", "avant"],
  en: ["in", "during", "by", "before", "at", "until", "till", "through", "throughout", "around", "toward", "towards", "since"],
};

/** Modifiers that make a part of the day a time phrase even without a preposition ("Late afternoon, ..."). */
export const FRAMING_MODIFIERS = ["early", "late", "tot", "tard"];

/** Words right after a part of the day that move it to another day than the story's ("la soirée du
 * lendemain", "the morning after", "la nuit suivante"): such a part is not read on the outage day. */
export const OTHER_DAY_AFTER_PART = [
  "suivant", "suivante", "precedent", "precedente", "d'apres", "d'avant", "du lendemain", "du surlendemain",
  "of the next day", "of the following day", "of the previous day", "of the day after", "of the day before",
];

/** Clock tails that set the half of the day ("1 h 30 du matin", "10 heures du soir"). */
export const CLOCK_PERIODS: Record<string, "am" | "pm"> = {
  "du matin": "am", "de la nuit": "am", "du soir": "pm", "de l'apres-midi": "pm", "de l'aprem": "pm",
  "in the morning": "am", "in the afternoon": "pm", "in the evening": "pm", "at night": "pm",
};

/** Number words up to what durations need ("six heures", "ninety minutes"). */
export const NUMBER_WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, "dix-sept": 17, "dix-huit": 18,
  "dix-neuf": 19, vingt: 20, "vingt-quatre": 24, trente: 30, quarante: 40, "quarante-cinq": 45,
  cinquante: 50, soixante: 60, "soixante-dix": 70, "quatre-vingt-dix": 90,
  // Belgian and Swiss French count 70, 80 and 90 as septante, huitante (octante) and nonante
  septante: 70, huitante: 80, octante: 80, nonante: 90,
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, eighteen: 18, twenty: 20, "twenty-four": 24, thirty: 30, forty: 40,
  "forty-five": 45, fifty: 50, sixty: 60, seventy: 70, ninety: 90,
  // Approximate counts: "une quarantaine de minutes", "a couple of hours", "quelques heures".
  "une dizaine de": 10, "une douzaine de": 12, "une quinzaine de": 15, "une vingtaine de": 20,
  "une trentaine de": 30, "une quarantaine de": 40, "une cinquantaine de": 50, "une soixantaine de": 60,
  "une centaine de": 100, "a dozen": 12, "a couple of": 2, "a couple": 2, "a few": 3, "few": 3,
  "several": 4, quelques: 3, plusieurs: 4,
};

/** Counts that are vague by themselves (the duration is approximate even without "environ"). */
export const VAGUE_COUNTS = new Set([
  "une dizaine de", "une douzaine de", "une quinzaine de", "une vingtaine de", "une trentaine de",
  "une quarantaine de", "une cinquantaine de", "une soixantaine de", "une centaine de",
  "a couple of", "a couple", "a few", "few", "several", "quelques", "plusieurs",
]);

/** Counts that say nothing of the size ("several hours", "quelques heures"): a guess, not a reading. */
export const INDEFINITE_COUNTS = new Set(["a couple of", "a couple", "a few", "few", "several", "quelques", "plusieurs"]);

/** Words before a quantity that make it approximate ("environ", "nearly", "plus de"). */
export const APPROX_CUES = [
  "environ", "a peu pres", "approximativement", "pres de", "presque", "quasiment", "quelque", "plus de", "moins de",
  "pas moins de", "au moins", "pres d'", "plus d'", "moins d'", "au moins", "un peu plus de", "un peu moins de",
  "about", "around", "roughly", "nearly", "almost", "approximately", "some", "more than", "over", "less than",
  "under", "at least", "close to", "upwards of", "just over", "just under", "well over", "a little over", "up to",
];

/** Words right before a quantity of hours that make "2 h 30" a duration, not a clock time. */
export const DURATION_CUES = [
  "pendant", "durant", "dure", "durer", "durait", "dura", "duree de", "duree d'", "en", "il y a", "au bout de",
  "for", "lasted", "lasting", "last", "after", "within", "in", "took", "ago",
  // "une panne de 6 heures", "une coupure longue de 3 h": the outage noun announces a length.
  "panne de", "pannes de", "coupure de", "coupures de", "interruption de", "arret de", "indisponibilite de",
  "longue de", "long de", "d'une duree de",
];

/** Words that name a day relative to publication; `night` marks the night that starts on that day,
 * `byHour` the nights whose day depends on when the article was written ("cette nuit" at 8:00 is
 * last night, at 23:00 tonight). */
export const RELATIVE_DAYS: Record<string, { offset: number; part?: string; byHour?: boolean }> = {
  "avant-hier": { offset: -2 }, "avant hier": { offset: -2 }, hier: { offset: -1 }, "aujourd'hui": { offset: 0 },
  "la veille": { offset: -1 }, "l'avant-veille": { offset: -2 }, "ce matin": { offset: 0, part: "matin" },
  "cet apres-midi": { offset: 0, part: "apres-midi" }, "ce midi": { offset: 0, part: "mi-journee" },
  "ce soir": { offset: 0, part: "soir" }, "cette nuit": { offset: 0, part: "nuit", byHour: true },
  "la nuit derniere": { offset: -1, part: "nuit" },
  // "yesterdays outage": the possessive's apostrophe is often dropped
  "yesterday": { offset: -1 }, yesterdays: { offset: -1 }, "the day before yesterday": { offset: -2 }, "the day before": { offset: -1 },
  "the previous day": { offset: -1 }, today: { offset: 0 }, "earlier today": { offset: 0 },
  "this morning": { offset: 0, part: "morning" }, "this afternoon": { offset: 0, part: "afternoon" },
  "this evening": { offset: 0, part: "evening" }, tonight: { offset: 0, part: "night" },
  "last night": { offset: -1, part: "night" }, "last evening": { offset: -1, part: "evening" },
  overnight: { offset: 0, part: "night", byHour: true },
};

/** Phrases naming one weekend, Saturday and Sunday, and which one (folded; "weekend" stands for its
 * spellings "week-end" and "week end" too): "latest" is the latest begun by publication ("over the
 * weekend", "tout le week-end"); "last" the same, or the one before when written during a weekend
 * ("last weekend" said on a Sunday); "this" the current or just-past one early in the week, the coming
 * one later in it; "next" the coming one. The bare noun ("weekend traffic", "le week-end, le trafic
 * baisse") is a habit or a modifier as often, and is not read. English and French usage. */
export const WEEKEND_PHRASES: Record<string, "latest" | "last" | "this" | "next"> = {
  "over the weekend": "latest", "during the weekend": "latest", "throughout the weekend": "latest", "all weekend": "latest",
  "this past weekend": "latest", "the past weekend": "latest", "last weekend": "last", "this weekend": "this",
  "next weekend": "next", "this coming weekend": "next", "the coming weekend": "next",
  "tout le weekend": "latest", "pendant le weekend": "latest", "durant le weekend": "latest", "au cours du weekend": "latest",
  "ce dernier weekend": "latest", "le weekend dernier": "last", "le weekend passe": "last", "ce weekend": "this",
  "le weekend prochain": "next", "le prochain weekend": "next",
};
