import { test } from "node:test";
import assert from "node:assert/strict";
import { findRecurringName } from "../../lib/extract/find-recurring-name";
import { makeTextView } from "../../lib/extract/text-view";
import { facts } from "./article-helpers";

const recurring = (title: string, text: string) => findRecurringName(makeTextView(title, text), [])?.entry.name ?? null;

test("the unknown name a story keeps naming, already in its title or lead, is found (en, fr)", () => {
  assert.equal(
    recurring("A dark night for Zapier", "Users woke up to errors on Saturday. Engineers at Zapier worked through the night. By morning, Zapier said most workflows ran again. Customers asked Zapier for credits."),
    "Zapier",
  );
  assert.equal(
    recurring("Incendie chez Cogetel", "Un incendie s'est déclaré cette nuit dans un bâtiment de Cogetel. Les pompiers ont maîtrisé le feu. Les équipes de Cogetel évaluent les dégâts, et Cogetel promet des compensations."),
    "Cogetel",
  );
});

test("places, people, names met too rarely or as often as another, and names absent from the title and lead are not (en, fr)", () => {
  // a place: mostly written after "à" / "in"
  assert.equal(
    recurring("Incendie à Strasbourg", "Un incendie s'est déclaré cette nuit. Les pompiers sont arrivés à Strasbourg vers 1 h. Le feu a été maîtrisé à Strasbourg au matin. Les dégâts à Strasbourg sont importants."),
    null,
  );
  // a person, by full name and surname
  assert.equal(
    recurring("Marissa Mayer apologises", "Users lost their mail for days. The company's boss, Marissa Mayer, wrote a blog post. Mayer said the team worked hard. Mayer promised a fix and Mayer thanked users."),
    null,
  );
  // named twice only
  assert.equal(recurring("A dark night for Zapier", "Users woke up to errors. Engineers at Zapier worked through the night. By morning, Zapier said most workflows ran again."), null);
  // two names as often as each other: no subject stands out
  assert.equal(
    recurring("Zapier and Qonto", "Users woke up to errors. Then Zapier failed, then Qonto failed. Later Zapier and Qonto recovered. Both Zapier and Qonto apologised."),
    null,
  );
  // first met deep in the body
  assert.equal(recurring("A dark night", "Users woke up to errors. Nothing worked. Later Zapier said sorry. Then Zapier fixed it. Zapier is back."), null);
});

test("an outage story that says nothing failed by name is about the name it keeps naming", () => {
  const f = facts(
    "Fire at a data centre knocks out thousands of websites",
    "A building hosting one of Hostella's data centres was destroyed by a fire on Wednesday, taking thousands of websites offline. Hostella's founder advised clients to activate their disaster recovery plans. Hostella said no one was hurt.",
  );
  assert.equal(f.isOutage, true, `${f.outageScore}`);
  assert.deepEqual(f.services.filter((s) => s.role === "failed").map((s) => s.name), ["Hostella"], JSON.stringify(f.services));
});

test("an outage observatory a shutdown story keeps citing is not its subject (en, fr)", () => {
  assert.equal(
    recurring("Internet cut nationwide, NetBlocks says", "Connectivity fell to 20% of normal levels on Monday. Data from NetBlocks showed the drop at noon. By evening NetBlocks reported a partial return, and NetBlocks said mobile data stayed off."),
    null,
  );
  assert.equal(
    recurring("Coupure d'internet : les chiffres de Downdetector", "Les signalements ont afflué dès midi. Selon Downdetector, le pic a été atteint à 13 h. Les données de Downdetector montrent une baisse le soir, et Downdetector recense encore des milliers de plaintes."),
    null,
  );
});

// round thirteen: a two-word brand that opens every sentence it is in ("Acme Pay said…") kept only its
// last word, the first being taken for a sentence opener
test("the same words opening two sentences are one name, not their last word (en, fr)", () => {
  assert.equal(
    recurring("Zorvex Pay back after a long outage", "Zorvex Pay's services were restored at 4 p.m. on Saturday. Engineers rolled back an upgrade. Zorvex Pay said it would waive fees. Zorvex Pay, launched in 2021, has ten million users."),
    "Zorvex Pay",
  );
  assert.equal(
    recurring("Kelvo Banque rétablie après une panne", "Kelvo Banque a rétabli ses services samedi à 16 h. Les ingénieurs ont annulé une mise à jour. Kelvo Banque promet de rembourser les frais. Kelvo Banque, lancée en 2021, compte dix millions de clients."),
    "Kelvo Banque",
  );
});

test("a word that opens sentences before different names is still no part of them (en, fr, negative)", () => {
  assert.equal(
    recurring("A dark night for Zapier", "Later Zapier said workflows ran again. Engineers at Zapier worked through the night. Then Zapier apologised. Customers asked Zapier for credits."),
    "Zapier",
  );
  assert.equal(
    recurring("Nuit noire pour Cogetel", "Hier Cogetel a rétabli ses services. Les équipes de Cogetel ont travaillé toute la nuit. Puis Cogetel s'est excusé. Les clients demandent à Cogetel des compensations."),
    "Cogetel",
  );
});

test("of two names the body writes as often, the one alone in the title is the subject (en, fr)", () => {
  assert.equal(
    recurring("Zorvex back online after faulty update", "The Zorvex network worked again in the evening. The fault hit readers across the wider Tasmar network. Staff of Tasmar opened gates while the Zorvex back-end was fixed. Traders who sell Zorvex passes and Tasmar officials complained."),
    "Zorvex",
  );
  assert.equal(
    recurring("Qorbit rétabli après une mise à jour ratée", "Le réseau Qorbit fonctionnait de nouveau le soir. La panne a touché les bornes de la région Valmont. Les agents de Valmont ont ouvert les portiques pendant que le système Qorbit était réparé. Les vendeurs de cartes Qorbit et les élus de Valmont se sont plaints."),
    "Qorbit",
  );
});

test("a tie stays unbroken when both names or neither are in the title (en, fr, negative)", () => {
  assert.equal(
    recurring("Readers back online after faulty update", "The Zorvex network worked again in the evening. The fault hit readers across the wider Tasmar network. Staff of Tasmar opened gates while the Zorvex back-end was fixed. Traders who sell Zorvex passes and Tasmar officials complained."),
    null,
  );
  assert.equal(
    recurring("Qorbit et Valmont : les bornes rétablies", "Le réseau Qorbit fonctionnait de nouveau le soir. La panne a touché les bornes de la région Valmont. Les agents de Valmont ont ouvert les portiques pendant que le système Qorbit était réparé. Les vendeurs de cartes Qorbit et les élus de Valmont se sont plaints."),
    null,
  );
});

test("a time zone's abbreviation written after every clock is no name, however often it comes back (en, fr)", () => {
  assert.equal(
    recurring("eu-north-2: storage errors", "Resolved at 16:40 CEST, after errors from 13:05 CEST. An update at 14:10 CEST said volumes were coming back, and another at 15:30 CEST said most were."),
    null,
  );
  assert.equal(
    recurring("Panne de Zorvex", "Les clients de Zorvex ont été coupés de 14 h 28 BRT à 19 h 05 BRT. Selon Zorvex, le point de 15 h 10 BRT a été suivi d'un autre à 17 h 40 BRT, que Zorvex a publié sur X."),
    "Zorvex",
  );
});

test("a news agency a wire story keeps citing is its source, never the service (en, fr)", () => {
  assert.equal(
    recurring("Tax portal down on deadline eve", "LOMÉ (Reuters) — The tax portal could not be reached on Monday, Reuters found. An accountant told Reuters his clients called every hour. Officials gave Reuters no cause."),
    null,
  );
  assert.equal(
    recurring("Le portail fiscal paralysé", "NIAMEY (AFP) — Le portail des impôts est inaccessible depuis lundi, a constaté l'AFP. Un comptable a déclaré à l'AFP que ses clients s'inquiètent. Une source a confié à l'AFP que la panne dure."),
    null,
  );
});
