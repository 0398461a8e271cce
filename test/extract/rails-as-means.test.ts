import { test } from "node:test";
import assert from "node:assert/strict";
import { findServices } from "../../lib/extract/find-services";
import { findUnnamedService } from "../../lib/extract/find-unnamed-service";
import { makeTextView } from "../../lib/extract/text-view";
import { outageFacts, roleOf } from "./article-helpers";

const en = (title: string, text: string) => outageFacts(title, text, { lang: "en" });
const fr = (title: string, text: string) => outageFacts(title, text, { lang: "fr" });

test("a payment rail named after the bank or app that failed is how its customers could not pay", () => {
  const a = en("Zorvex Bank app outage leaves customers unable to pay via Pix", "Customers of Zorvex Bank could not log in or send Pix transfers for three hours on Tuesday.");
  assert.equal(roleOf(a, "Zorvex Bank"), "failed");
  assert.equal(roleOf(a, "Pix"), "mentioned");
  const b = en("Revolut outage: customers unable to make Faster Payments", "Revolut's app was down for two hours on Friday and Faster Payments transfers failed.");
  assert.equal(roleOf(b, "Revolut"), "failed");
  assert.equal(roleOf(b, "Faster Payments"), "mentioned");
  const c = fr("Panne chez Boursorama : les paiements Pix bloqués", "Les clients de Boursorama ne pouvaient plus se connecter mardi, et les paiements Pix échouaient.");
  assert.equal(roleOf(c, "Boursorama"), "failed");
  assert.equal(roleOf(c, "Pix"), "mentioned");
  const d = fr("L'application Paytm en panne, les paiements UPI impossibles", "Les utilisateurs de Paytm n'ont pas pu payer pendant deux heures mardi.");
  assert.equal(roleOf(d, "Paytm"), "failed");
  assert.equal(roleOf(d, "UPI"), "mentioned");
});

test("a rail a story names first, or alone, is what failed", () => {
  assert.equal(roleOf(en("UPI down across India", "UPI payments failed for hours on Wednesday, and Paytm users were hit too."), "UPI"), "failed");
  assert.equal(roleOf(en("Pix payments down in Brazil", "Pix payments failed for two hours on Friday."), "Pix"), "failed");
  assert.equal(roleOf(fr("Panne géante de Pix au Brésil", "Les paiements Pix ont échoué pendant deux heures vendredi, y compris chez Nubank."), "Pix"), "failed");
  assert.equal(roleOf(fr("Les paiements UPI en panne dans toute l'Inde", "Les paiements UPI ont échoué pendant des heures mercredi."), "UPI"), "failed");
});

test("a rail in the title does not hide the unknown name failing before it", () => {
  const unnamed = (title: string, lang: "fr" | "en") => {
    const view = makeTextView(title, "", lang);
    return findUnnamedService(view, findServices(view, lang))?.entry.name ?? null;
  };
  assert.equal(unnamed("Zorvex app down, Pix transfers fail for millions", "en"), "Zorvex");
  assert.equal(unnamed("Panne chez Acmepay : les paiements UPI bloqués", "fr"), "Acmepay");
  // a known service in the title still keeps the unknown-name reader out
  assert.equal(unnamed("Gmail Early Morning Outage", "en"), null);
});
