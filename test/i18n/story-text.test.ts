// Timeline entries and disputed values read in the page's language: our words for the moments we
// name, the source's words marked with its language, reasons in plain words without weights.
import { test } from "node:test";
import assert from "node:assert/strict";
import { describeEntry } from "../../lib/i18n/describe-entry";
import { explainConflict } from "../../lib/i18n/explain-conflict";
import { countryNames } from "../../lib/i18n/country-names";
import type { TimelineEntry } from "../../lib/domain/types";

const docs = new Map([
  ["https://en.example/1", { url: "https://en.example/1", title: "Cloudflare network experiencing issues — Investigating", lang: "en" }],
  ["https://fr.example/1", { url: "https://fr.example/1", title: "Panne géante", lang: "fr" }],
]);
const entry = (kind: TimelineEntry["kind"], text: string, source: string): TimelineEntry => ({ at: "2025-11-18T11:48:00Z", precision: "minute", kind, text, sources: [source] });

test("named moments are our words in the page's language, whatever the stored text", () => {
  assert.deepEqual(describeEntry(entry("start", "Outage begins", "https://en.example/1"), docs, null, "fr"), { generated: "Début de la panne", quoted: null });
  assert.equal(describeEntry(entry("recovery", "Service restored", "https://fr.example/1"), docs, null, "fr").generated, "Service rétabli");
  assert.equal(describeEntry(entry("recovery", "Service restored", "https://fr.example/1"), docs, null, "en").generated, "Service restored");
  assert.equal(describeEntry(entry("cause-identified", "Cause identified: software bug", "https://en.example/1"), docs, "software-bug", "fr").generated, "Cause identifiée : bogue logiciel");
});

test("a status update is our label plus the page's title, marked with the page's language", () => {
  const d = describeEntry(entry("update", "Status update: Cloudflare network experiencing issues — Investigating", "https://en.example/1"), docs, null, "fr");
  assert.equal(d.generated, "Mise à jour de la page d'état");
  assert.deepEqual(d.quoted, { text: "Cloudflare network experiencing issues — Investigating", lang: "en" });
});

test("quotes and reactions keep their words, with the language of the document they come from", () => {
  assert.deepEqual(describeEntry(entry("reaction", "L'action a reculé de 5 %", "https://fr.example/1"), docs, null, "en"), { generated: null, quoted: { text: "L'action a reculé de 5 %", lang: "fr" } });
  assert.equal(describeEntry(entry("statement", "Meta: “We're aware”", "https://en.example/1"), docs, null, "en").quoted?.lang, "en");
});

test("why a value was kept: counts of sources in plain words, never weights", () => {
  const c = { field: "start" as const, chosen: "2021-10-04T15:40:00Z", why: "used 2021-10-04T15:40:00Z: 3 sources (total weight 2.85) outweigh …",
    values: [{ value: "2021-10-04T15:40:00Z", sources: ["a", "b", "c"] }, { value: "2021-10-04T16:00:00Z", sources: ["d"] }] };
  assert.equal(explainConflict(c, "en").split(". ")[0], "Kept because 3 sources give it, against 1 for the other value");
  assert.match(explainConflict(c, "fr"), /^Retenue parce que 3 sources la donnent, contre 1 pour l'autre valeur\./);
  const fewer = { ...c, values: [{ value: c.chosen, sources: ["a"] }, { value: "x", sources: ["b", "c"] }] };
  assert.match(explainConflict(fewer, "en"), /^Kept although 1 source gives it against 2 for the other values: it is more precise or official\./);
  for (const l of ["en", "fr"] as const) assert.doesNotMatch(explainConflict(c, l), /weight|used 20|outweigh/);
});

test("country names are written in the page's language; unknown names are kept", () => {
  assert.equal(countryNames("United Kingdom, Brazil", "fr"), "Royaume-Uni et Brésil");
  assert.equal(countryNames("United Kingdom", "en"), "United Kingdom");
  assert.equal(countryNames("Atlantis, Japan", "fr"), "Atlantis et Japon");
});

test("an operator's status-page update is shown verbatim in its own language; a press update names its document", () => {
  const official: TimelineEntry = { ...entry("update", "Access and WARP have recovered. We are monitoring.", "https://en.example/1"), official: true, status: "monitoring" };
  assert.deepEqual(describeEntry(official, docs, null, "fr"), { generated: null, quoted: { text: "Access and WARP have recovered. We are monitoring.", lang: "en" } });
  const press = describeEntry(entry("update", "Status update: x", "https://fr.example/1"), docs, null, "en");
  assert.deepEqual(press.quoted, { text: "Panne géante", lang: "fr" });
});
