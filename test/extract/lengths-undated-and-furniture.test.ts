// A stated length needs no date: an undated page still says how long the outage lasted; a length
// alone on its line (an episode's, a read's) is page furniture, not the outage's (our own phrasings).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../../lib/extract/extract-article";

const read = (lang: "fr" | "en", title: string, text: string, publishedAt: Date | null) =>
  extractArticle({ url: "https://x.example/a", kind: "news", lang, title, text, publishedAt, sourceName: "X", sourceZone: null }).durations.map((d) => d.minutes);

test("an undated page still gives the outage's stated length", () => {
  assert.deepEqual(read("en", "Cable cut", "The WACS cable was cut off Namibia. Namibia was left offline for 36 hours while ships were sent out.", null), [2160]);
  assert.deepEqual(read("fr", "Câble coupé", "Le câble WACS a été sectionné. La Namibie est restée hors ligne pendant 36 heures, le temps d'envoyer un navire.", null), [2160]);
});

test("a length alone on its line is an episode's or a read's length, not the outage's", () => {
  const podcast = "Podcasts\nEp. #7, The Streamly outage\n35 MIN\n\nIn this episode we unpack the Streamly outage and what went down.";
  assert.deepEqual(read("en", "Ep. #7", podcast, new Date("2025-06-11T12:00:00Z")), []);
  const fr = "Par Jeanne Martin\n4 min\n\nLa panne de Streamly a privé les abonnés de vidéo mardi soir.";
  assert.deepEqual(read("fr", "Panne de Streamly", fr, new Date("2025-06-11T12:00:00Z")), []);
  // negative: the same length in a sentence about the outage is its length
  assert.deepEqual(read("en", "Streamly outage", "Streamly went down.\nThe outage lasted 35 min.\n", new Date("2025-06-11T12:00:00Z")), [35]);
});

test("a length in a sentence dated days away from the outage's day is another outage's length", () => {
  const pub = new Date("2025-11-03T09:00:00Z");
  const en = "Streamly went down on November 2, 2025, for most of its users. On October 27, a faulty update had already caused a 37-minute outage.";
  assert.deepEqual(read("en", "Streamly outage", en, pub), []);
  const fr = "Streamly est tombé en panne le 2 novembre 2025 pour la plupart des abonnés. Le 27 octobre, une mise à jour ratée avait déjà provoqué une panne de 37 minutes.";
  assert.deepEqual(read("fr", "Panne de Streamly", fr, pub), []);
  // negative: the length of the outage of the day itself is kept
  assert.deepEqual(read("en", "Streamly outage", "On November 2, 2025, Streamly suffered a 37-minute outage.", pub), [37]);
});
