import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";

test("French outage articles are detected (panne, inaccessible, hors service, rétabli...)", () => {
  const f = facts(
    "Panne géante : WhatsApp et Instagram hors service",
    "Depuis 17 heures, WhatsApp et Instagram sont inaccessibles pour des millions d'utilisateurs. Les messages ne partent plus et les applications affichent une erreur. Le service a été rétabli vers 20 heures, selon Meta.",
  );
  assert.equal(f.isOutage, true);
  assert.ok(f.outageScore >= 0.7, `score ${f.outageScore}`);
  assert.equal(f.notOutageReason, null);
});

test("English outage articles are detected (outage, down, went dark, restored...)", () => {
  const f = facts(
    "Gmail and YouTube went dark for an hour",
    "Google's email and video services suffered a major outage on Monday. Users could not log in and the apps were down across Europe. Service was restored shortly after noon.",
  );
  assert.equal(f.isOutage, true);
  assert.ok(f.outageScore >= 0.7);
});

test("a body-only outage story is detected without a title", () => {
  const f = facts("", "Le réseau social X était en panne samedi matin. De nombreux utilisateurs ne pouvaient plus se connecter à l'application. La plateforme a connu une deuxième panne dans la soirée.", { lang: "fr" });
  assert.equal(f.isOutage, true);
});

test("earnings, lawsuits, launches and politics about the same companies are not outages", () => {
  const earnings = facts("Cloudflare beats estimates and raises guidance", "Cloudflare reported quarterly revenue up 28%. Analysts expect strong growth; the shares rose after hours as investors cheered the guidance.");
  assert.equal(earnings.isOutage, false);
  assert.ok(earnings.notOutageReason);
  const politics = facts("Meta donne un million de dollars pour l'investiture de Trump", "Mark Zuckerberg se rapproche du président élu. Le groupe Meta, maison mère de Facebook, change de politique de modération.");
  assert.equal(politics.isOutage, false);
  const launch = facts("Instagram launches a new feature for teens", "The app will roll out new privacy settings next month, Meta announced on Tuesday.");
  assert.equal(launch.isOutage, false);
  const whistle = facts("Facebook : après une panne majeure, le témoignage d'une lanceuse d'alerte", "Une ancienne employée témoigne devant le Sénat américain sur les pratiques de l'entreprise et ses choix politiques.");
  assert.equal(whistle.isOutage, false);
});

test("a power blackout is not an online outage unless services failing is the subject", () => {
  const f = facts("Blackout géant en Espagne", "Une coupure d'électricité a privé des millions de foyers de courant. Les trains et le métro se sont arrêtés, les feux de circulation étaient éteints et le réseau électrique a été rétabli dans la nuit.");
  assert.equal(f.isOutage, false);
  const g = facts("Growth is down in the third quarter", "The economy stalled: GDP growth was down and investors worried about the fiscal outlook.");
  assert.equal(g.isOutage, false);
});

test("a Statuspage update is an outage document", () => {
  const f = facts("Elevated error rates", "We are investigating reports of increased errors.", { kind: "status", statusValue: "investigating" });
  assert.equal(f.isOutage, true);
  assert.equal(f.outageScore, 1);
});
