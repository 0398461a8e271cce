import { test } from "node:test";
import assert from "node:assert/strict";
import { findServices } from "../../lib/extract/find-services";
import { outageCueHits } from "../../lib/extract/outage-cue-hits";
import { makeTextView } from "../../lib/extract/text-view";
import { titleHeadName } from "../../lib/extract/title-head-name";
import { outageFacts, roleOf } from "./article-helpers";

const head = (title: string, text: string, lang: "fr" | "en") => {
  const view = makeTextView(title, text, lang);
  return titleHeadName(view, findServices(view, lang), outageCueHits(view.folded))?.entry.name ?? null;
};

test("a headline's topic before a colon that the rest says failed or came back is the failed service", () => {
  assert.equal(head("Plivex : l'application inaccessible depuis ce matin", "Les clients de la néobanque Plivex ne pouvaient plus payer.", "fr"), "Plivex");
  assert.equal(head("Banque Korvel : le service rétabli après six heures", "Selon Banque Korvel, tout fonctionne.", "fr"), "Banque Korvel");
  assert.equal(head("Zunder: service restored after a night-long outage", "Customers of Zunder were back online by 7 a.m.", "en"), "Zunder");
});

test("a season, a place, a known service, or a rest with no failure word: no name", () => {
  // the topic written lower-case in the body is a common noun
  assert.equal(head("Canicule : une panne de climatisation paralyse un centre de données", "La canicule a eu raison des machines.", "fr"), null);
  // a place: the body writes it after a place word
  assert.equal(head("Roubaix : panne géante dans le centre-ville", "Les commerces à Roubaix sont fermés.", "fr"), null);
  // a known service in the title is the catalogue's to read
  assert.equal(head("Rentrée : Pronote en panne", "La Rentrée commence mal pour Pronote.", "fr"), null);
  // nothing failed after the colon
  assert.equal(head("Plivex : une nouvelle offre pour les étudiants", "Plivex lance une carte.", "fr"), null);
  // named only in the title
  assert.equal(head("Témoignages : la panne vue par les clients", "Ils racontent leur journée.", "fr"), null);
  // a headline word as topic
  assert.equal(head("Update: outage resolved", "Everything is back.", "en"), null);
});

test("an outage story titled on its topic names it as the failed service", () => {
  const f = outageFacts("Plivex : deuxième jour de panne pour les usagers", "La situation ne s'améliore pas. Le portail de Plivex reste fermé aux demandeurs.");
  assert.equal(roleOf(f, "Plivex"), "failed");
});

test("a title whose story after the colon deprives people of connection or service names its topic", () => {
  assert.equal(head("Zorvex : une pelleteuse a privé la Lorraine de connexion", "Selon Zorvex, la fibre a été sectionnée.", "fr"), "Zorvex");
  assert.equal(head("Telkora : une coupure de fibre privant 40 000 foyers d'internet", "Les techniciens de Telkora sont sur place.", "fr"), "Telkora");
  assert.equal(head("Brimnet: a cut cable left subscribers without internet", "A spokesperson said Brimnet engineers worked overnight.", "en"), "Brimnet");
  assert.equal(head("Qualnet: fibre cut leaving 12,000 customers without service", "A spokesperson for Qualnet apologised.", "en"), "Qualnet");
});

test("people deprived of something no online service carries: no name", () => {
  // a strike deprives riders of trains, not of a service online
  assert.equal(head("Ferlane : la grève a privé les usagers de trains", "Selon Ferlane, le trafic reprend.", "fr"), null);
  assert.equal(head("Ferlane : la fermeture prive les familles de vacances", "La direction de Ferlane regrette.", "fr"), null);
  assert.equal(head("Dorvik: talks left the meeting without a deal", "Union leaders at Dorvik walked out.", "en"), null);
  assert.equal(head("Dorvik: the storm left residents without shelter", "Crews from Dorvik were sent.", "en"), null);
});
