// What an impact figure counts, from how the press words it (folded, French and English).

// Before a users figure, these make it another service's gains, not this outage's victims ("Telegram
// picked up 70 million new users", "Signal a gagné 2 millions d'utilisateurs").
export const USER_GAIN_BEFORE = /(?:gain(?:s|ed)?|picked up|added|attracted|welcomed|won|signed up|recruited|a gagne|ont gagne|a attire|a accueilli|a recrute|a enregistre|a seduit|nouveaux)\s+(?:more than |over |nearly |about |around |some |plus de |pres de |environ |quelque )?$/;
// After the figure: "70 million new users", "2 millions de nouveaux inscrits".
export const USER_GAIN_AFTER = /^\s*(?:de |d'|of )?(?:new|nouveaux|nouvelles)\b/;

// A country word in a time-zone name is no affected country ("4:40pm UK time", "heure de France",
// "British Summer Time").
export const ZONE_AFTER_COUNTRY = /^(?:'s)?\s*(?:time|summer time|standard time|local time)\b/;
export const ZONE_BEFORE_COUNTRY = /(?:heure (?:de |du |d'|des )?(?:la |l')?|time in |fuseau (?:horaire )?(?:de |du |d')?)$/;

// Devices counted as hit ("8.5 million Windows devices", "des millions d'ordinateurs"): an impact of
// its own, often the headline figure of endpoint failures.
export const DEVICE_WORDS = "devices|machines|computers|pcs|hosts|endpoints|appareils|ordinateurs|postes|terminaux";

// Who counted the reports: trackers the press cites (Downdetector and the like).
export const REPORT_COUNTERS: { words: string[]; name: string }[] = [
  { words: ["downdetector"], name: "Downdetector" },
  { words: ["netblocks"], name: "NetBlocks" },
  { words: ["thousandeyes"], name: "ThousandEyes" },
  { words: ["cloudflare radar"], name: "Cloudflare Radar" },
  { words: ["kentik"], name: "Kentik" },
];

// A figure's own sentence saying its units were hit counts even far from the failure words.
export const AFFECTED_CUES: string[] = [
  "affected", "impacted", "hit", "crashed", "knocked offline", "went down", "touche*", "affecte*", "concerne*", "plante*", "impacte*", "paralyse*",
];
