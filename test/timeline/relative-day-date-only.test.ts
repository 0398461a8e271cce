// A day counted back from a publication stamped only with its date ("depuis hier après-midi" in an
// article stamped 2025-06-09) counts half: the stamp may be a day off the writer's own day, a weekday
// the text names is not. Our own phrasings (fr + en), with the control that a timed stamp keeps "hier" whole.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ExtractedDocument, Lang } from "../../lib/domain/types";
import { extractArticle } from "../../lib/extract/extract-article";
import { buildIncident } from "../../lib/timeline/build-incident";

const now = new Date("2025-07-01T00:00:00Z");

function doc(i: number, lang: Lang, text: string, publishedAt: string): ExtractedDocument {
  const url = `https://press${i}.example/a`;
  const facts = extractArticle({ url, kind: "news", lang, title: lang === "fr" ? "Panne chez un opérateur" : "ISP outage", text, publishedAt: new Date(publishedAt), sourceName: `press${i}`, sourceZone: null });
  return { id: i + 1, url, title: "x", kind: "news", lang, publishedAt, sourceName: `press${i}`, facts };
}

// Monday 9 June 2025; the articles were written on Tuesday but stamped with Monday's date.
const FR = [
  "Des milliers d'abonnés de l'opérateur sont privés d'internet depuis hier après-midi.",
  "Les clients bruxellois de l'opérateur sont sans internet depuis hier après-midi.",
  "La panne d'internet chez l'opérateur dure depuis ce lundi soir.",
  "Le câble de fibre optique de l'opérateur a été endommagé lors de travaux lundi après-midi.",
];
const EN = [
  "Thousands of the ISP's customers have been without internet since yesterday afternoon.",
  "The ISP's customers have had no service since yesterday afternoon, the outage continuing.",
  "The ISP's outage began on Monday evening.",
  "The ISP's fibre cable was severed by road works on Monday afternoon.",
];

test("a weekday named by two articles outweighs 'hier' / 'yesterday' counted back from two date-only stamps (fr + en)", () => {
  for (const [lang, texts] of [["fr", FR], ["en", EN]] as const) {
    const inc = buildIncident("s", texts.map((t, i) => doc(i, lang, t, "2025-06-09T00:00:00Z")), now);
    // Monday afternoon or evening in Paris or New York (the evening there is past midnight UTC)
    assert.ok(inc.startedAt! >= "2025-06-09T12:00:00Z" && inc.startedAt! <= "2025-06-10T01:00:00Z", `${lang}: ${JSON.stringify(inc.conflicts)}`);
  }
});

test("control: stamped with a time, the publication's day is known and 'hier' / 'yesterday' counts whole", () => {
  for (const [lang, texts] of [["fr", FR], ["en", EN]] as const) {
    const inc = buildIncident("s", texts.map((t, i) => doc(i, lang, t, "2025-06-09T19:00:00Z")), now);
    assert.equal(inc.startedAt?.slice(0, 10), "2025-06-08", `${lang}: ${JSON.stringify(inc.conflicts)}`);
    assert.ok(!/counted back/.test(JSON.stringify(inc.conflicts)));
  }
});
