// The words titles and timeline entries are made of, in English and French.

export const TITLE = {
  en: { and: "and", template: (list: string) => `${list} outage`, none: "Service outage" },
  fr: { and: "et", template: (list: string) => `Panne ${elideDe(list)}`, none: "Panne de service" },
} as const;

/** French "de" elides before a vowel sound written with a vowel: "Panne d'Instagram". */
function elideDe(list: string): string {
  return /^[aeiouyàâéèêîôûAEIOUYÉÈÊÎÔÛ]/.test(list) ? `d'${list}` : `de ${list}`;
}

/** English text of timeline entries (the page translates nothing else). */
export const ENTRY_TEXT = {
  "first-reports": "First reports of problems",
  start: "Outage begins",
  acknowledgement: "The operator acknowledges the problem",
  "cause-identified": "Cause identified",
  "partial-recovery": "Partial recovery",
  recovery: "Service restored",
  postmortem: "Postmortem published",
  update: "Status update",
  trigger: "The faulty change goes out",
  mitigation: "The change is undone or a fix deployed",
  residual: "Impact continues after the fix",
} as const;

/** Cause categories in words, for the timeline. */
export const CAUSE_LABEL = {
  "network-bgp-dns": "network (BGP/DNS)",
  "config-change": "configuration change",
  "software-bug": "software bug",
  "hardware-or-datacenter": "hardware or data centre failure",
  "capacity-overload": "capacity overload",
  cyberattack: "cyberattack",
  "third-party": "third-party failure",
  unknown: "unknown",
} as const;
