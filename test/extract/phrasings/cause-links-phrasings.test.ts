// Round three of the cause tables, written from how French and English tell a cause, not from the
// corpora: each mechanism in other words than the cue lists' own examples, the usual causal links
// ("en raison de", "owing to", "the culprit"), hedges ("vraisemblablement", "appears to"), "no
// explanation given", and a supplier beside the mechanism that failed. Each case is judged as the
// scorer judges an incident: the cause pickCause keeps from the article alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { causeCaseFacts, type Case } from "./cases-helpers";
import { checkCauseCases } from "./check-cause-cases";

checkCauseCases([
  { lang: "fr", text: "Une erreur dans les enregistrements DNS a rendu le site injoignable pendant deux heures.", cause: "network-bgp-dns" },
  { lang: "fr", text: "Le nom de domaine de la boutique avait expiré, ce qui a rendu le site inaccessible.", cause: ["config-change", "network-bgp-dns"] },
  { lang: "fr", text: "Un certificat de sécurité arrivé à expiration a bloqué les connexions à l'application.", cause: "config-change" },
  { lang: "fr", text: "Une erreur de routage chez l'opérateur a coupé l'accès au réseau pendant la nuit.", cause: "network-bgp-dns" },
  { lang: "fr", text: "La panne fait suite à une mise à jour logicielle déployée mardi soir.", cause: "software-bug" },
  { lang: "fr", text: "Une erreur de paramétrage sur les serveurs est à l'origine de la coupure.", cause: "config-change" },
  { lang: "fr", text: "Un pic de fréquentation lors de l'ouverture de la billetterie a fait tomber le site.", cause: "capacity-overload" },
  { lang: "fr", text: "Victime de son succès, la plateforme a été submergée par les demandes des joueurs.", cause: "capacity-overload" },
  { lang: "fr", text: "Les serveurs ont souffert de l'affluence de millions de nouveaux inscrits.", cause: "capacity-overload" },
  { lang: "fr", text: "Un court-circuit dans le local technique a provoqué l'arrêt des serveurs.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "La panne de la climatisation a fait grimper la température des machines jusqu'à leur arrêt, a expliqué l'hébergeur.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "L'incendie qui s'est déclaré dans le bâtiment a provoqué l'arrêt des serveurs.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "Un câble sous-marin sectionné par l'ancre d'un navire a privé plusieurs pays d'Internet.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "Des travaux sur la voirie ont endommagé un câble, coupant l'accès à Internet de milliers de foyers.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "Le site a été rendu inaccessible par une attaque par déni de service.", cause: "cyberattack" },
  { lang: "fr", text: "Un rançongiciel a paralysé les systèmes informatiques de la mutuelle.", cause: "cyberattack" },
  { lang: "fr", text: "La panne est liée à un incident chez un prestataire extérieur, selon la banque.", cause: "third-party" },
], "French mechanisms in other words");

checkCauseCases([
  { lang: "en", text: "Its DNS records had been wrongly edited, leaving the site unreachable for two hours.", cause: "network-bgp-dns" },
  { lang: "en", text: "The store's domain had lapsed, which made the site unreachable.", cause: ["config-change", "network-bgp-dns"] },
  { lang: "en", text: "A security certificate that had run out blocked connections to the app.", cause: "config-change" },
  { lang: "en", text: "A routing error at the carrier cut off access to the network overnight.", cause: "network-bgp-dns" },
  { lang: "en", text: "The outage followed a software update pushed on Tuesday evening.", cause: "software-bug" },
  { lang: "en", text: "A settings mistake on the servers was the culprit.", cause: "config-change" },
  { lang: "en", text: "A rush of fans when ticket sales opened crashed the site.", cause: "capacity-overload" },
  { lang: "en", text: "A short circuit in the equipment room shut down the servers.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "The air conditioning broke down and the machines overheated until they shut down, the host explained.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "A ship's anchor severed an undersea cable, cutting several countries off the internet.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "Roadworks damaged a cable, cutting internet access for thousands of homes.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "A ransomware infection crippled the insurer's computer systems.", cause: "cyberattack" },
  { lang: "en", text: "The outage was linked to an incident at an outside contractor, the bank said.", cause: "third-party" },
], "English mechanisms in other words");

checkCauseCases([
  { lang: "fr", text: "Le service est interrompu en raison d'une panne électrique.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "Le site est tombé à cause d'une erreur de configuration.", cause: "config-change" },
  { lang: "fr", text: "La coupure est due à une attaque DDoS.", cause: "cyberattack" },
  { lang: "fr", text: "La panne est liée à une mise à jour du logiciel.", cause: "software-bug" },
  { lang: "fr", text: "La panne a été provoquée par un câble sectionné.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "À la suite d'un incendie, le centre de données a été arrêté.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "Un problème DNS est à l'origine de la panne.", cause: "network-bgp-dns" },
  { lang: "fr", text: "La panne est consécutive à une surcharge des serveurs.", cause: "capacity-overload" },
  { lang: "fr", text: "L'interruption est imputable à une erreur humaine lors d'une opération de maintenance.", cause: "config-change" },
  { lang: "fr", text: "Une mise à jour défaillante a déclenché une cascade de pannes.", cause: "software-bug" },
  { lang: "fr", text: "La coupure a été occasionnée par une surchauffe des équipements.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "The service was suspended owing to a power failure.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "The site went down because of a configuration error.", cause: "config-change" },
  { lang: "en", text: "The outage was sparked by a DDoS attack.", cause: "cyberattack" },
  { lang: "en", text: "A faulty software update set off a chain of crashes.", cause: "software-bug" },
  { lang: "en", text: "The disruption came down to a severed cable.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "The culprit was an overloaded database.", cause: "capacity-overload" },
], "causal links");

checkCauseCases([
  { lang: "fr", text: "La panne serait due à une erreur de configuration.", cause: "config-change", status: "speculated" },
  { lang: "fr", text: "Une cyberattaque pourrait être à l'origine de la panne.", cause: "cyberattack", status: "speculated" },
  { lang: "fr", text: "Selon certaines hypothèses, un incendie aurait touché le centre de données.", cause: "hardware-or-datacenter", status: "speculated" },
  { lang: "fr", text: "La panne est vraisemblablement liée à une mise à jour du logiciel.", cause: "software-bug", status: "speculated" },
  { lang: "fr", text: "Un problème de DNS est sans doute à l'origine de la panne.", cause: "network-bgp-dns", status: "speculated" },
  { lang: "en", text: "The outage appears to have been caused by a DNS problem.", cause: "network-bgp-dns", status: "speculated" },
  { lang: "en", text: "A software update seems to have triggered the outage.", cause: "software-bug", status: "speculated" },
  { lang: "en", text: "The outage was most likely caused by a power failure.", cause: "hardware-or-datacenter", status: "speculated" },
  // stated plainly by the press: reported; by the operator: confirmed
  { lang: "fr", text: "La panne est due à une erreur de configuration.", cause: "config-change", status: "reported" },
  { lang: "fr", text: "« Une erreur de configuration est à l'origine de la panne », a reconnu l'opérateur.", cause: "config-change", status: "confirmed" },
  { lang: "en", text: "A DNS problem caused the outage, the company said in a statement.", cause: "network-bgp-dns", status: "confirmed" },
], "hedges and who speaks");

checkCauseCases([
  { lang: "fr", text: "Aucune explication n'a été donnée sur l'origine de la panne.", cause: "unknown" },
  { lang: "fr", text: "L'entreprise n'a pas communiqué sur les causes de la panne.", cause: "unknown" },
  { lang: "fr", text: "Les causes de l'incident restent inconnues.", cause: "unknown" },
  { lang: "fr", text: "On ignore encore ce qui a provoqué la panne.", cause: "unknown" },
  { lang: "en", text: "The company has not said what caused the outage.", cause: "unknown" },
  { lang: "en", text: "It is not yet clear what caused the outage.", cause: "unknown" },
  { lang: "en", text: "The cause of the outage is still under investigation.", cause: "unknown" },
  // a mechanism named beside the missing explanation wins
  { lang: "fr", text: "Aucune explication officielle, mais une attaque DDoS est à l'origine de la panne selon les spécialistes.", cause: "cyberattack" },
], "no explanation given");

checkCauseCases([
  { lang: "fr", text: "La panne vient d'un bug dans une mise à jour livrée par son prestataire de sécurité.", cause: "software-bug" },
  { lang: "fr", text: "Le fournisseur de services cloud de la banque a subi une panne électrique, privant les clients de leur application.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "The outage came from a bug in an update shipped by its security vendor.", cause: "software-bug" },
  { lang: "en", text: "The bank's app went down because its cloud provider was hit by a power failure.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "The outage was caused by a problem at a third-party provider.", cause: "third-party" },
], "the mechanism beside the supplier");

checkCauseCases([
  // names a mechanism that did not cause this outage
  { lang: "fr", text: "Les bureaux, épargnés par l'incendie de l'an dernier, sont restés ouverts pendant la panne.", cause: null },
  { lang: "en", text: "The offices, spared by last year's fire, stayed open during the outage.", cause: null },
  { lang: "fr", text: "Contrairement à ce que pensaient certains, la panne n'est pas due à une cyberattaque mais à une erreur de configuration.", cause: "config-change" },
  { lang: "en", text: "The outage was due not to an attack but to a configuration error.", cause: "config-change" },
  { lang: "fr", text: "La panne a commencé aux heures d'affluence, provoquant de longues files d'attente.", cause: null },
  { lang: "en", text: "Downdetector showed a spike in users reporting problems following the outage.", cause: null },
  { lang: "en", text: "Users were asked to update their app once the outage was over.", cause: null },
], "named but not the cause");

checkCauseCases([
  { lang: "fr", text: "En 2021, une panne similaire avait été causée par un incendie dans un centre de données.", cause: null },
  { lang: "en", text: "Last year, a similar outage was caused by a fire at a data center.", cause: null },
  { lang: "fr", text: "Ce n'est pas la première fois : l'an dernier, une cyberattaque avait paralysé le service.", cause: null },
  { lang: "en", text: "It is not the first time: in 2019 a DDoS attack took the service down.", cause: null },
  { lang: "fr", text: "La précédente panne, en mars, était due à une erreur de configuration.", cause: null },
  { lang: "en", text: "The previous outage, in March, was caused by a configuration error.", cause: null },
  // this outage's cause, named before the sentence turns to the other one, or dated years back
  { lang: "en", text: "The outage was caused by a DNS error, the worst since a similar outage in 2019.", cause: "network-bgp-dns" },
  { lang: "fr", text: "La panne est due à une erreur de configuration, comme lors d'une panne similaire en 2021.", cause: "config-change" },
  { lang: "en", text: "A bug introduced years ago in the code caused the outage.", cause: "software-bug" },
], "the cause of another, earlier outage");

checkCauseCases([
  { lang: "en", text: "The company dismissed reports of a cyberattack.", cause: null },
  { lang: "fr", text: "Rien n'indique qu'une cyberattaque soit à l'origine de la panne.", cause: null },
  { lang: "en", text: "The outage was not caused by a cyberattack but by a faulty update, the company said.", cause: "software-bug", status: "confirmed" },
  { lang: "fr", text: "La panne n'est pas liée à une attaque mais à une surcharge des serveurs.", cause: "capacity-overload" },
  // not confirmed is not denied: the cause stays a guess
  { lang: "en", text: "The company has not yet confirmed a cyberattack.", cause: "cyberattack", status: "speculated" },
  { lang: "fr", text: "L'opérateur n'a pas confirmé la piste d'une cyberattaque.", cause: "cyberattack", status: "speculated" },
  { lang: "fr", text: "L'opérateur évoque un « problème technique » sans plus de détails.", cause: "unknown" },
  { lang: "en", text: "The company blamed a \"technical issue\" without giving details.", cause: "unknown" },
], "denials, doubts and non-answers");

checkCauseCases([
  { lang: "en", text: "Our engineers determined that a failed storage device triggered the incident.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "Nos équipes ont identifié l'origine de l'incident : un équipement réseau défectueux.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "Selon l'opérateur, la panne provient d'un incident sur un équipement de son cœur de réseau.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "A storm knocked out power to the data center.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "Un violent orage a privé le site d'électricité, provoquant la coupure.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "A lightning strike on the building caused the outage.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "Le trafic a explosé pendant le match, et les serveurs n'ont pas tenu la charge.", cause: "capacity-overload" },
  { lang: "en", text: "The servers could not cope with the number of viewers during the match.", cause: "capacity-overload" },
  { lang: "fr", text: "Les serveurs n'ont pas supporté le nombre de connexions simultanées.", cause: "capacity-overload" },
  // figures of speech and what users saw
  { lang: "en", text: "A perfect storm of events caused the outage.", cause: null },
  { lang: "fr", text: "La panne a déclenché une tempête de critiques sur les réseaux sociaux.", cause: null },
  { lang: "en", text: "Users saw failed requests to servers because of the outage.", cause: null },
  { lang: "fr", text: "Les serveurs en panne ont provoqué la colère des joueurs.", cause: null },
  { lang: "en", text: "Users could not handle the frustration caused by the outage.", cause: null },
], "broken equipment, weather, and servers that could not take the load");

checkCauseCases([
  // the subjunctive after a hedge and the conditional of a claim are guesses of the same mechanism
  { lang: "fr", text: "Il est possible que les serveurs n'aient pas supporté l'affluence du premier jour des soldes.", cause: "capacity-overload", status: "speculated" },
  { lang: "fr", text: "Il semble que la plateforme n'ait pas tenu la charge à l'ouverture des inscriptions.", cause: "capacity-overload", status: "speculated" },
  { lang: "fr", text: "Selon un analyste, les serveurs n'auraient pas tenu face à la demande.", cause: "capacity-overload", status: "speculated" },
  { lang: "fr", text: "Nos capacités n'auraient pas suffi, reconnaît un responsable sous couvert d'anonymat.", cause: "capacity-overload", status: "speculated" },
  { lang: "en", text: "It is possible that the servers could not cope with the demand on the first day of the sales.", cause: "capacity-overload", status: "speculated" },
  // an adverb between the auxiliary and "pas"
  { lang: "fr", text: "Les serveurs de la billetterie n'ont manifestement pas tenu la charge lors de la mise en vente.", cause: "capacity-overload" },
  { lang: "fr", text: "Peut-être que le site n'a tout simplement pas encaissé le choc de la mise en vente.", cause: "capacity-overload", status: "speculated" },
  // the mood alone names no load: what was not borne must be one
  { lang: "fr", text: "Il est possible que les joueurs n'aient pas supporté la nouvelle interface.", cause: null },
  { lang: "fr", text: "Les abonnés n'auraient pas supporté une nouvelle hausse des prix.", cause: null },
  { lang: "fr", text: "Les clients n'ont visiblement pas supporté l'attente au téléphone.", cause: null },
], "servers that could not take the load, told as a guess");

// An update users are asked to make names software but says nothing of the cause: at most the
// classifier's reading of a document that names it (flagged inferred), never a stated cause.
for (const c of [
  { lang: "en", text: "The store's app update arrives next week, after the outage." },
  { lang: "fr", text: "Les abonnés devront faire une mise à jour de l'application après la panne." },
] as Case[]) {
  test(`an update named with no cause talk is not stated (${c.lang}): ${c.text}`, () => {
    const stated = causeCaseFacts(c).causes.filter((x) => !x.inferred).map((x) => x.category);
    assert.deepEqual(stated, []);
  });
}

checkCauseCases([
  { lang: "fr", text: "Nous savons que la panne n'est pas liée à la nouvelle offre gratuite (nous y reviendrons plus tard) ou à un piratage.", cause: null },
  { lang: "en", text: "The outage was not caused by the new free offer announced on Monday morning for all players or by a hack.", cause: null },
  { lang: "fr", text: "Le service, au cœur de la tempête depuis mardi, reste indisponible à cause de la panne.", cause: null },
  { lang: "en", text: "The company, in the eye of the storm since the outage began, has apologised.", cause: null },
  // a storm that did break things
  { lang: "fr", text: "La tempête a arraché des lignes et provoqué la coupure du réseau.", cause: "hardware-or-datacenter" },
], "denials joined by 'or', and storms as figures of speech");

checkCauseCases([
  { lang: "fr", text: "Les certificats de sécurité de l'application avaient expiré dans la nuit.", cause: "config-change" },
  { lang: "fr", text: "Un dysfonctionnement logiciel est en cause, selon l'entreprise.", cause: "software-bug" },
  { lang: "fr", text: "Un problème chez son fournisseur de cloud a rendu l'application indisponible.", cause: "third-party" },
  { lang: "en", text: "A problem at its cloud host made the app unavailable.", cause: "third-party" },
  { lang: "en", text: "The app was unavailable owing to a glitch at its payments processor.", cause: "third-party" },
  // an attack's flood of traffic is the attack
  { lang: "en", text: "Hackers targeted the bank's servers with a flood of junk traffic.", cause: "cyberattack" },
  { lang: "fr", text: "Une attaque par déni de service a saturé les serveurs de la banque.", cause: "cyberattack" },
  { lang: "en", text: "A DDoS attack overwhelmed the servers, the company said.", cause: "cyberattack", status: "confirmed" },
  // unless set against each other
  { lang: "fr", text: "Les joueurs pensaient à une cyberattaque, mais c'est un afflux massif de joueurs qui a saturé les serveurs, a expliqué l'éditeur.", cause: "capacity-overload" },
], "more wordings: lapsed certificates, software faults, suppliers, attacks that flood");

checkCauseCases([
  { lang: "fr", text: "A priori, c'est une erreur de configuration qui a provoqué la panne.", cause: "config-change", status: "speculated" },
  { lang: "en", text: "A DNS issue is a potential cause of the outage.", cause: "network-bgp-dns", status: "speculated" },
  { lang: "fr", text: "Une surcharge des serveurs est une cause potentielle de la panne.", cause: "capacity-overload", status: "speculated" },
  { lang: "fr", text: "Les ingénieurs cherchent à savoir si un changement DNS est en cause.", cause: "config-change", status: "speculated" },
  { lang: "en", text: "The outage was reportedly caused by a configuration error.", cause: "config-change", status: "reported" },
  { lang: "fr", text: "Selon nos informations, la panne est due à une erreur de configuration.", cause: "config-change", status: "reported" },
  // the operator quoted, with the speech verb after the quotation
  { lang: "fr", text: "« Nous avons identifié une erreur de configuration à l'origine de l'incident », indique Free.", cause: "config-change", status: "confirmed" },
  { lang: "fr", text: "La panne vient d'une erreur de configuration, explique-t-elle.", cause: "config-change", status: "confirmed" },
  // "s'explique par" is no one speaking
  { lang: "fr", text: "La panne s'explique par une erreur de configuration.", cause: "config-change", status: "reported" },
], "hedges, press reports and the operator's quoted word");

// Cause words in other senses do not make a sentence state a cause; the data centre they name may
// still be read by the classifier (flagged inferred, below any stated cause), never stated.
for (const c of [
  { lang: "fr", text: "Cette panne remet en cause la fiabilité des centres de données." },
  { lang: "fr", text: "Pour cette raison, les clients du centre de données demandent des compensations." },
  { lang: "en", text: "For that reason, customers of the data center are asking for compensation." },
  { lang: "fr", text: "Les responsables du centre de données ont présenté leurs excuses." },
  { lang: "en", text: "The company's data center team was responsible for restoring service." },
] as Case[]) {
  test(`a cause word in another sense states no cause (${c.lang}): ${c.text}`, () => {
    const stated = causeCaseFacts(c).causes.filter((x) => !x.inferred).map((x) => x.category);
    assert.deepEqual(stated, []);
  });
}

checkCauseCases([
  // the same words where they do name the cause
  { lang: "fr", text: "Un incendie dans le centre de données est en cause.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "A fire at the data center was responsible for the outage.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "La raison de la panne : une coupure de courant dans le centre de données.", cause: "hardware-or-datacenter" },
], "cause words in their causal sense");

checkCauseCases([
  { lang: "fr", text: "Des responsables américains affirment que des câbles sous-marins ont été coupés, perturbant le trafic internet.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "Un incendie s'est déclaré dans le bâtiment, privant les clients de leurs sites.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "Undersea cables were cut in the Red Sea, disrupting internet traffic across the region.", cause: "hardware-or-datacenter" },
], "what the cause went on to do, as a participle");

checkCauseCases([
  { lang: "en", text: "Engineers had to add servers by hand to meet the traffic demand, which led to the crash.", cause: "capacity-overload" },
  { lang: "fr", text: "Les serveurs ne suffisaient plus à faire face à la demande, ce qui a provoqué la panne.", cause: "capacity-overload" },
  // "demand" as what users do
  { lang: "en", text: "Because of the outage, frustrated users demand refunds from the carrier.", cause: null },
], "demand the servers could not meet, not users' demands");
