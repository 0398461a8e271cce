// A renamed service's outage is named as the service was called on the outage's day.
import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";

const failedOn = (title: string, text: string, published: string, lang: "fr" | "en" = "en") =>
  facts(title, text, { publishedAt: new Date(published), lang }).services.filter((s) => s.role === "failed").map((s) => s.name);

test("an outage before a renaming keeps the name of the time, whichever name the article uses (en, fr)", () => {
  assert.deepEqual(failedOn("Azure down", "Microsoft's Azure cloud went down on Wednesday for several hours.", "2012-03-01T10:00:00Z"), ["Windows Azure"]);
  assert.deepEqual(failedOn("Twitter en panne", "Le réseau social Twitter est resté inaccessible deux heures mercredi.", "2016-01-20T10:00:00Z", "fr"), ["Twitter"]);
  assert.deepEqual(failedOn("Office 365 outage", "Office 365 was down for hours on Monday.", "2019-11-19T10:00:00Z"), ["Office 365"]);
  assert.deepEqual(failedOn("Panne de Pôle emploi", "Le site de Pôle emploi est resté inaccessible lundi.", "2022-03-07T10:00:00Z", "fr"), ["Pôle emploi"]);
});

test("an outage after the renaming has the new name, even when the article uses the old one", () => {
  assert.deepEqual(failedOn("Twitter down", "Twitter was down for two hours on Wednesday.", "2024-03-06T10:00:00Z"), ["X"]);
  assert.deepEqual(failedOn("Windows Azure outage", "Windows Azure was down for several hours on Wednesday.", "2015-03-04T10:00:00Z"), ["Azure"]);
  assert.deepEqual(failedOn("Panne de France Travail", "Le site de France Travail est resté inaccessible lundi.", "2024-03-04T10:00:00Z", "fr"), ["France Travail"]);
});

test("Microsoft's identity service is Azure AD before July 2023 and Microsoft Entra ID after, whichever name is written (en, fr)", () => {
  assert.deepEqual(failedOn("Azure AD outage", "Azure Active Directory was down for three hours on Monday, blocking sign-ins.", "2021-03-16T10:00:00Z"), ["Azure AD"]);
  assert.deepEqual(failedOn("Panne d'Entra ID", "Le service d'identité Entra ID de Microsoft est tombé en panne mardi matin.", "2024-09-10T10:00:00Z", "fr"), ["Microsoft Entra ID"]);
  assert.deepEqual(failedOn("Azure AD down", "Azure AD was down for an hour on Tuesday.", "2024-09-10T10:00:00Z"), ["Microsoft Entra ID"]);
});
