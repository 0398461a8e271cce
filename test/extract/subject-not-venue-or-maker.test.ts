// Who failed when a story also names where the operator spoke, a dateline place or the product's
// maker (round sixteen): the operator owning up "sur X" in the present, a "Panne Acme …" headline,
// "Acme servers are down", "Maker explains Product outage", "Ville : une panne chez Acme".
// Own phrasings (brands invented), with the look-alikes each rule must leave alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findServices } from "../../lib/extract/find-services";
import { findUnnamedService } from "../../lib/extract/find-unnamed-service";
import { outageCueHits } from "../../lib/extract/outage-cue-hits";
import { makeTextView } from "../../lib/extract/text-view";
import { titleHeadName } from "../../lib/extract/title-head-name";
import { outageFacts, roleOf } from "./article-helpers";

const fr = (t: string, x: string) => outageFacts(t, x, { lang: "fr" });
const en = (t: string, x: string) => outageFacts(t, x, { lang: "en" });
const failed = (f: ReturnType<typeof outageFacts>) => f.services.filter((s) => s.role === "failed").map((s) => s.name);
const unnamed = (title: string, text = "", lang: "fr" | "en" = "en") => findUnnamedService(makeTextView(title, text, lang))?.entry.name ?? null;

test("the operator owning up on a social network in the present or the perfect: the network is where it spoke (fr, en)", () => {
  const a = fr("Le portail Zelvio inaccessible ce lundi", "Depuis 9 h, le portail Zelvio affiche une erreur. Zelvio reconnaît sur X « des difficultés de connexion » et promet un retour rapide.");
  assert.equal(roleOf(a, "X"), "mentioned");
  assert.deepEqual(failed(a), ["Zelvio"]);
  const b = fr("Écran figé sur Korrigo TV pendant la finale", "20h10 : Korrigo TV confirme sur Facebook « un incident technique » sur ses flux. 20h40 : les abonnés retrouvent l'image.");
  assert.equal(roleOf(b, "Facebook"), "mentioned");
  const c = en("Plivo Bank app down for thousands", "Plivo Bank's app has failed to load since 8am. The bank admits on X that customers face \"login errors\" and says a fix is coming.");
  assert.equal(roleOf(c, "X"), "mentioned");
});

test("a social network that failed is still failed when a company confirms or owns up to it", () => {
  // Meta confirming that Instagram is down names Instagram as what failed, not where Meta spoke
  const a = en("Instagram down for millions", "Meta confirms Instagram is down worldwide: feeds will not load and messages fail.");
  assert.equal(roleOf(a, "Instagram"), "failed");
  const b = fr("Panne de X dans toute l'Europe", "Le réseau social X est en panne depuis midi ; l'entreprise reconnaît des difficultés d'accès pour des millions d'utilisateurs.");
  assert.equal(roleOf(b, "X"), "failed");
});

test("a French headline opening on the failure noun and the brand with no preposition names the brand", () => {
  assert.equal(unnamed("Panne Korrigo pendant la finale : les abonnés remboursés ?", "", "fr"), "Korrigo");
  assert.equal(unnamed("Plantage Zelvio en pleine déclaration d'impôts", "", "fr"), "Zelvio");
  // generic words after the noun are no brand
  assert.equal(unnamed("Panne Internet dans tout le quartier", "", "fr"), null);
  assert.equal(unnamed("Panne DNS : ce qu'il faut savoir", "", "fr"), null);
  assert.equal(unnamed("Panne géante dans le centre-ville", "", "fr"), null);
  // only where the sentence opens: "une panne" inside a sentence keeps its preposition rule
  assert.equal(unnamed("Les clients parlent d'une panne Korrigo", "", "fr"), null);
});

test("a brand's part noun with a plural verb ('Acme servers are down') names the brand", () => {
  assert.equal(unnamed("Skyreach Legends servers are down after the patch"), "Skyreach Legends");
  assert.equal(unnamed("Zunder apps were offline for most of Monday"), "Zunder");
  // no name before the parts
  assert.equal(unnamed("Why servers are down again"), null);
});

test("a maker explaining its product's outage: the product is what failed (en)", () => {
  const f = en(
    "Halvard Games explains Skyreach Legends outage, offers free gems",
    "Halvard Games said a faulty update broke Skyreach Legends' login servers on Tuesday. Skyreach Legends was unreachable for four hours, and players of Skyreach Legends will get 300 gems.",
  );
  assert.deepEqual(failed(f), ["Skyreach Legends"]);
  // the outage named by a plain word, or a title-cased adjective the story never names again, is the subject's own
  assert.equal(unnamed("Zunder explains Tuesday's outage", "Zunder said a database failover went wrong."), "Zunder");
  assert.equal(unnamed("Zunder Explains Recent Outage", "Zunder said a database failover went wrong."), "Zunder");
});

test("a place leading a title, with the rest of the title naming who failed, is a dateline (fr)", () => {
  const view = makeTextView(
    "Valdrac : une panne chez l'hébergeur Nubeo Cloud prive des centaines de sites de connexion",
    "Depuis midi, les sites hébergés par Nubeo Cloud ne répondent plus. Nubeo Cloud, installé dans la zone d'activités de Valdrac, évoque une coupure électrique. À Valdrac comme ailleurs, les commerçants attendent.",
    "fr",
  );
  assert.equal(titleHeadName(view, findServices(view, "fr"), outageCueHits(view.folded)), null);
  const f = fr(
    "Valdrac : une panne chez l'hébergeur Nubeo Cloud prive des centaines de sites de connexion",
    "Depuis midi, les sites hébergés par Nubeo Cloud ne répondent plus. Nubeo Cloud, installé dans la zone d'activités de Valdrac, évoque une coupure électrique. Selon Valdrac Infos, le retour est prévu ce soir.",
  );
  assert.deepEqual(failed(f), ["Nubeo Cloud"]);
  // the head is still the service when the rest names no other one failing
  const g = makeTextView("Nubeo : les sites de nouveau en panne ce mardi", "Les clients de Nubeo ne peuvent plus publier. Selon Nubeo, une équipe enquête.", "fr");
  assert.equal(titleHeadName(g, findServices(g, "fr"), outageCueHits(g.folded))?.entry.name, "Nubeo");
});
