// A renamed service is one service under all its names (issue 12: "Twitter" and "X", "Office 365"
// and "Microsoft 365"): a dated report names it as it was called on its day (named-at-the-time), an
// undated page keeps today's name, and clustering must see them share the service, not only its
// owner. Own phrasings, fr and en, through extraction.
import test from "node:test";
import assert from "node:assert/strict";
import type { ExtractedDocument } from "../../lib/domain/types";
import { extractedDoc } from "./fixtures/extracted-doc";
import { documentFeatures } from "../../lib/cluster/document-features";
import { similarityTerms } from "../../lib/cluster/document-similarity";

const entityOf = (a: ExtractedDocument, b: ExtractedDocument) => similarityTerms(documentFeatures(a), documentFeatures(b)).entity;

test("a dated report naming the old name and an undated one naming today's share the service (en)", () => {
  const dated = extractedDoc("Office 365 down: email unavailable for business users", "Office 365 users could not open their mailboxes on Tuesday morning. Microsoft said it was looking into the problem.", "2019-11-19T11:00:00Z", "en");
  const undated = extractedDoc("Microsoft 365 email outage explained", "Microsoft 365 customers were locked out of their mailboxes for several hours. The company blamed a faulty update.", null, "en");
  assert.ok(dated.facts.services.some((s) => s.name === "Office 365"), "the dated report names the service as on its day");
  assert.equal(entityOf(dated, undated), 1);
});

test("a dated report naming the old name and an undated one naming today's share the service (fr)", () => {
  const dated = extractedDoc("Pôle emploi : le site inaccessible ce lundi", "Le site de Pôle emploi est inaccessible depuis lundi matin. Les demandeurs d'emploi ne peuvent plus s'actualiser.", "2021-03-01T10:00:00Z", "fr");
  const undated = extractedDoc("France Travail : le site fonctionne à nouveau", "Le site de France Travail est de nouveau accessible après une panne de plusieurs heures qui a empêché les demandeurs d'emploi de s'actualiser.", null, "fr");
  assert.ok(dated.facts.services.some((s) => s.name === "Pôle emploi"), "the dated report names the service as on its day");
  assert.equal(entityOf(dated, undated), 1);
});

test("another product of the same owner still shares only the owner", () => {
  const dated = extractedDoc("Office 365 down: email unavailable for business users", "Office 365 users could not open their mailboxes on Tuesday morning. Microsoft said it was looking into the problem.", "2019-11-19T11:00:00Z", "en");
  const other = extractedDoc("Xbox Live down: gamers can't sign in", "Xbox Live players could not sign in to play online. Microsoft said it was investigating.", null, "en");
  assert.ok(entityOf(dated, other) < 1);
});
