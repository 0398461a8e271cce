// Who speaks a cause: the operator in the first person, on its status page or in its own incident report
// confirms it; the newsroom's "we" and a live blog's "Update:" do not. And the words that look like a
// cause but are not: a firewall ("pare-feu") is no fire, a partner that was hit is no supplier, the update
// brought in to restore service is the fix. Written for these tests, not taken from the corpora.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCauseCases } from "./check-cause-cases";
import { causeCaseFacts } from "./cases-helpers";

checkCauseCases([
  { lang: "en", text: "We pushed a bad routing change to our edge, which made our addresses unreachable.", cause: ["config-change", "network-bgp-dns"], status: "confirmed" },
  { lang: "fr", text: "Nos équipes ont trouvé un bogue dans notre outil de déploiement, à l'origine de la panne.", cause: "software-bug", status: "confirmed" },
  { lang: "en", text: "Investigating - A hardware fault on a storage node is slowing uploads.", cause: "hardware-or-datacenter", status: "confirmed" },
  { lang: "fr", text: "Résolu - Une surcharge de nos serveurs de connexion a provoqué des erreurs.", cause: "capacity-overload", status: "confirmed" },
  { lang: "en", title: "Incident report: API errors on 3 June", text: "A faulty configuration file was pushed to every server, which caused the errors.", cause: "config-change", status: "confirmed" },
  { lang: "fr", title: "Rapport d'incident : la panne du 3 juin", text: "Un câble a été sectionné par des travaux, ce qui a provoqué la coupure.", cause: "hardware-or-datacenter", status: "confirmed" },
], "the operator's own voice confirms");

checkCauseCases([
  { lang: "fr", text: "À l'heure où nous écrivons ces lignes, la panne serait due à une cyberattaque.", cause: "cyberattack", status: "speculated" },
  { lang: "fr", text: "Selon nos informations, la panne est due à une erreur de configuration.", cause: "config-change", status: "reported" },
  { lang: "en", text: "As we reported earlier, the outage was caused by a fire at a data centre.", cause: "hardware-or-datacenter", status: "reported" },
  { lang: "en", text: "Update: 4 p.m. - The outage was caused by a fire at a data centre.", cause: "hardware-or-datacenter", status: "reported" },
], "the newsroom's words stay reports");

checkCauseCases([
  { lang: "fr", text: "Une règle du pare-feu, modifiée par erreur, a provoqué la panne.", cause: "config-change" },
  { lang: "en", text: "The outage was caused by a cease-fire announcement that drew a crowd to the site, which could not cope with the number of visitors.", cause: "capacity-overload" },
  { lang: "fr", text: "La panne a rendu impossible pour trois de ses partenaires de livrer les commandes.", cause: null },
  { lang: "en", text: "Engineers rolled out a software update to restore service on Tuesday evening.", cause: null },
  { lang: "fr", text: "Une mise à jour logicielle, censée corriger une faille, a provoqué la panne.", cause: "software-bug" },
  { lang: "en", text: "The company runs its servers in a data centre in Virginia.", cause: null },
  { lang: "en", text: "Last month's outage was traced to a faulty switch. The site went down again on Tuesday.", cause: null },
  { lang: "en", text: "A volumetric attack against its DNS servers took the site offline.", cause: "cyberattack" },
], "look-alikes and targets");

test("a status update's head is read as the operator's only before a dash and not before a time", () => {
  const f = causeCaseFacts({ lang: "en", text: "Update - A failed power supply in a rack caused the errors." });
  assert.equal(f.causes[0]?.status, "confirmed", JSON.stringify(f.causes));
});
