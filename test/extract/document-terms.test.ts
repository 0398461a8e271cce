// facts.terms: the whole text's most frequent stems, kept for clustering (lib/text/text-tokens.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";

test("a document's terms are its most frequent stems, function words left out (en, fr)", () => {
  const en = facts("Certificate expired", "The certificate expired and the certificate was renewed: logins failed while the certificate was out of date.", { lang: "en", publishedAt: new Date("2024-05-02T10:00:00Z") });
  assert.equal(en.terms?.[0], "certi");
  assert.ok(!en.terms?.includes("while") && !en.terms?.includes("the"));
  const fr = facts("Certificat expiré", "Le certificat a expiré, puis le certificat a été renouvelé : les connexions échouaient tant que le certificat était périmé.", { lang: "fr", publishedAt: new Date("2024-05-02T10:00:00Z") });
  assert.equal(fr.terms?.[0], "certi");
  assert.ok(!fr.terms?.includes("etait"));
});
