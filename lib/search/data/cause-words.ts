// Words readers type for a cause, in French and English, mapped to the words of the cause
// category names the incident index holds ("network-bgp-dns" is indexed as network, bgp, dns).
// From the categories' labels in both site languages (lib/i18n/data/messages.ts) and their usual synonyms.
export const CAUSE_WORDS: Record<string, readonly string[]> = {
  reseau: ["network"],
  bogue: ["bug"],
  bug: ["bug"],
  logiciel: ["software"],
  cyberattaque: ["cyberattack"],
  piratage: ["cyberattack"],
  ddos: ["cyberattack"],
  configuration: ["config"],
  materiel: ["hardware"],
  surcharge: ["overload"],
  capacite: ["capacity"],
  prestataire: ["third"],
  fournisseur: ["third"],
  datacenter: ["datacenter"],
};
