import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, makeDoc } from "./article-helpers";
import { readDocument } from "../../lib/extract/extract-article";
import { outageFeatures } from "../../lib/extract/score-outage";
import { outageCueHits } from "../../lib/extract/outage-cue-hits";
import { foldText } from "../../lib/text/fold-text";

// Issue 11's look-alikes told by general patterns of language (phrasings written for these tests):
// failures in general, a power plant's "outage", guides that give the reader orders, a text that
// says what happened was no failure.

function cues(text: string): string[] {
  const folded = foldText(text);
  return outageCueHits(folded).map((c) => `${folded.slice(c.index, c.end)}${c.strong ? "!" : ""}`);
}

function features(title: string, text: string, lang: "fr" | "en"): string[] {
  const { view, hits, cues: c, lang: l } = readDocument(makeDoc(title, text, { lang }));
  return [...outageFeatures(view, hits, c, false, l).keys()];
}

test("a failure noun as the subject of an if/when clause in the present is a case in general, not one that happened", () => {
  assert.deepEqual(cues("Si la coupure se prolonge, demandez un dédommagement."), ["coupure"]);
  assert.deepEqual(cues("Lorsqu'une panne survient, le contrat prévoit une remise."), ["panne"]);
  assert.deepEqual(cues("If the outage lasts more than a day, the policy pays out."), ["outage"]);
  assert.deepEqual(cues("When an outage hits, small shops lose sales."), ["outage"]);
  // one that happened, or a clause in the past, stays a failure
  assert.deepEqual(cues("La coupure se prolonge depuis ce matin chez Zorvex."), ["coupure!"]);
  assert.deepEqual(cues("When the outage hit on Monday, Acme's shops lost sales."), ["outage!"]);
  assert.deepEqual(cues("Si la panne a duré six heures, c'est à cause d'un câble."), ["panne!"]);
});

test("a when/if clause with a long subject before its present failure verb is still a case in general", () => {
  assert.deepEqual(cues("The cover pays when a cloud provider or online service they depend on goes down."), ["goes down"]);
  assert.deepEqual(cues("Le forfait rembourse quand le site de paiement de votre banque en ligne tombe en panne."), ["panne"]);
  assert.deepEqual(cues("Acme's app went down when the company's main payment servers in Frankfurt were overloaded."), ["went down!"]);
});

test("an indefinite failure noun that 'can' or 'peut' do something is failures in general", () => {
  assert.deepEqual(cues("Une coupure d'Internet à domicile peut vite tourner au casse-tête."), ["coupure"]);
  assert.deepEqual(cues("Une panne peut coûter cher aux commerçants."), ["panne"]);
  assert.deepEqual(cues("An outage can cost a small shop a day's sales."), ["outage"]);
  assert.deepEqual(cues("A single outage may wipe out a month of revenue."), ["outage"]);
  // the definite one, or a past modal about one that happened, stays a failure
  assert.deepEqual(cues("La panne peut encore durer quelques heures chez Zorvex."), ["panne!"]);
  assert.deepEqual(cues("An outage hit Acme on Monday and users can no longer pay."), ["outage!"]);
});

test("a power plant's outage is a generator's story: 'refuelling outage', 'reactor outage', 'arrêt du réacteur'", () => {
  assert.deepEqual(cues("The operator extended a planned refuelling outage by three weeks."), []);
  assert.deepEqual(cues("The nuclear outage cut supply margins."), []);
  assert.deepEqual(cues("La panne du réacteur a réduit la production."), []);
  assert.deepEqual(cues("An unplanned outage at one of its reactors cut output."), []);
  // a data centre's or an app's outage stays one
  assert.deepEqual(cues("The Zorvex outage at its data centre lasted hours."), ["outage!"]);
  const f = features("Refuelling outage at inland reactor extended by a month", "The operator of a nuclear power station has extended a planned refuelling outage. The reactor went offline in March for maintenance. Output will be lower this summer.", "en");
  assert.ok(f.includes("r:grid-no-service") && !f.includes("r:service"), f.join(" "));
  const fr = features("Arrêt prolongé à la centrale nucléaire de Valmont", "Le réacteur numéro deux de la centrale nucléaire restera à l'arrêt trois semaines de plus. Des fissures ont été trouvées sur une tuyauterie.", "fr");
  assert.ok(fr.includes("r:grid-no-service"), fr.join(" "));
  assert.ok(!features("Zorvex down: the app is offline across Europe", "Zorvex's app has been offline since 9 am for users in Europe.", "en").includes("r:grid-no-service"));
});

test("an advice title may open on 'nos conseils', 'our tips', 'quelques astuces'", () => {
  assert.ok(features("Box en panne ? Nos conseils pour rester connecté", "Une coupure peut arriver à tout moment.", "fr").includes("r:advice-title"));
  assert.ok(features("Wi-Fi down at home? Our tips to stay online", "Home connections fail more often than you think.", "en").includes("r:advice-title"));
  assert.ok(features("Coupure de réseau : quelques astuces pour tenir", "Le réseau mobile peut tomber.", "fr").includes("r:advice-title"));
  assert.ok(!features("Zorvex en panne : nos abonnés privés d'Internet", "Les abonnés de Zorvex sont privés d'Internet depuis ce matin.", "fr").includes("r:advice-title"));
});

test("an advice title over a body of orders to the reader, with no service named in the lead, is a guide", () => {
  const fr = facts("Connexion en panne ? Nos conseils pour télétravailler quand même",
    "Plus d'Internet au bureau comme à la maison ? La panne de connexion est un casse-tête.\n\n" +
    "D'abord, vérifiez que le problème ne vient pas de votre équipement. Redémarrez le routeur et contrôlez les câbles. " +
    "Ensuite, consultez la page d'état de votre fournisseur. Notez l'heure du début de la panne pour réclamer un dédommagement.", { lang: "fr" });
  assert.equal(fr.isOutage, false);
  assert.equal(fr.notOutageReason, "advice");
  const en = facts("How to keep your online shop running when your host goes down",
    "Last month's hosting outages were a reminder that a single provider is a single point of failure.\n\n" +
    "Make sure you know every provider between your customers and your servers. Keep a copy of your site with a second host. " +
    "Test the switch at least once a year. Remember that an hour offline costs more than the spare host.", { lang: "en" });
  assert.equal(en.isOutage, false);
  assert.equal(en.notOutageReason, "advice");
});

test("orders to the reader do not unmake a report: a service named in the lead, no advice title, or courtesy and page furniture", () => {
  const named = facts("Zorvex en panne : que faire ?",
    "Le service de messagerie Zorvex est en panne depuis 8 heures ce mardi, des milliers d'utilisateurs ne peuvent plus envoyer de messages.\n\n" +
    "Vérifiez votre connexion. Redémarrez l'application. Patientez : l'entreprise dit travailler à un correctif.", { lang: "fr" });
  assert.equal(named.isOutage, true);
  const report = facts("Acme Bank app down for six hours on Friday",
    "Acme Bank's mobile app was down for six hours on Friday, leaving customers unable to pay or check balances.\n\n" +
    "Check the bank's status page for updates, the bank said. Contact support if a payment was taken twice. The bank blamed a faulty update.", { lang: "en" });
  assert.equal(report.isOutage, true);
  const courtesy = facts("Panne géante chez Banque Lumière",
    "Les clients de Banque Lumière ne pouvaient plus se connecter à leur espace en ligne mardi.\n\n" +
    "« Veuillez nous excuser pour la gêne occasionnée », écrit la banque. Soyez assurés que nos équipes sont mobilisées. Appuyez sur Entrée pour commenter.", { lang: "fr" });
  assert.equal(courtesy.isOutage, true);
});

test("a text that says what happened was no failure, under a title and lead that tell none, reports no outage", () => {
  const fr = facts("Litige : une chaîne retirée de l'offre télé de Zorvex",
    "Les abonnés de Zorvex ont eu une surprise ce lundi : une chaîne de sport a disparu de leur bouquet. En cause, un désaccord commercial sur le prix de sa diffusion. Les négociations continuent.\n\n" +
    "La chaîne dénonce une « coupure brutale ». Il ne s'agit donc pas d'une panne : les autres chaînes fonctionnent.", { lang: "fr" });
  assert.equal(fr.isOutage, false);
  // the rule decides it, not the model's score of a short text
  assert.equal(fr.notOutageReason, "denied-failure");
  const en = facts("Acme pulls a sports channel from its TV bundle over fees",
    "Acme subscribers found a sports channel missing from their bundle on Monday. The two companies disagree over carriage fees. Talks are continuing.\n\n" +
    "The channel called it a sudden blackout of its programmes. This was not an outage, Acme said: the decision was commercial.", { lang: "en" });
  assert.equal(en.isOutage, false);
  assert.equal(en.notOutageReason, "denied-failure");
  // an operator's euphemism ("not an outage but...") under a reported failure stays an outage
  const euphemism = facts("Zorvex Cloud perturbé pendant quatre heures",
    "Le stockage de Zorvex Cloud a été perturbé mardi pendant quatre heures, rendant des milliers de sites inaccessibles.\n\n" +
    "L'entreprise insiste : « il ne s'agit pas d'une panne mais d'un taux d'erreur plus élevé ».", { lang: "fr" });
  assert.equal(euphemism.isOutage, true);
  const enEuphemism = facts("Acme Cloud storage down for four hours",
    "Acme Cloud's storage service was down for four hours on Tuesday, taking thousands of websites offline.\n\n" +
    "It was not an outage but elevated error rates, the company said.", { lang: "en" });
  assert.equal(enEuphemism.isOutage, true);
});

test("a connection or a router is no service's name ('Connexion en panne ?', 'Router down at home?')", () => {
  const fr = facts("Connexion en panne dans tout le quartier", "Depuis ce matin, la Connexion manque chez de nombreux habitants. La Connexion est revenue vers midi.", { lang: "fr" });
  assert.ok(!fr.services.some((s) => s.name === "Connexion"), JSON.stringify(fr.services));
  const en = facts("Broadband down across the estate", "Broadband was down for residents on Monday. Broadband came back by noon, said the Broadband provider.", { lang: "en" });
  assert.ok(!en.services.some((s) => s.name === "Broadband"), JSON.stringify(en.services));
});
