// Order independence and idempotence on a crowded neighbourhood: many reports of overlapping
// services over a few days, where ties and near-ties in similarity are common.
import { test } from "node:test";
import assert from "node:assert/strict";
import { clusterDocuments } from "../../lib/cluster/cluster-documents";
import { makeDoc, shuffled } from "./fixtures/make-doc";

const SERVICES = ["Facebook", "Instagram", "WhatsApp", "X", "Cloudflare", "Slack"];

function crowd(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const day = `2024-06-0${1 + (i % 4)}`;
    const failed = [SERVICES[i % SERVICES.length], ...(i % 5 === 0 ? [SERVICES[(i + 1) % SERVICES.length]] : [])];
    const hour = String(8 + ((i * 7) % 12)).padStart(2, "0");
    return makeDoc({
      url: `https://crowd.example/${(i * 37) % 1000}-${i}`, lang: i % 2 ? "fr" : "en", title: `${failed.join(" ")} report ${i % 3}`,
      publishedAt: `${day}T${hour}:30:00Z`, failed, times: i % 3 ? [{ role: "start", utc: `${day}T${hour}:00:00Z`, granularity: "hour" }] : [],
    });
  });
}

test("120 crowded documents: identical groups and group order over 20 shuffles", () => {
  const docs = crowd(120);
  const reference = clusterDocuments(docs).map((g) => g.map((d) => d.url));
  assert.ok(reference.length > 1 && reference.length < docs.length, `non-trivial grouping (${reference.length} groups)`);
  for (let seed = 1; seed <= 20; seed++) assert.deepEqual(clusterDocuments(shuffled(docs, seed)).map((g) => g.map((d) => d.url)), reference, `seed ${seed}`);
});

test("120 crowded documents: re-clustering the output, or each group alone, changes nothing", () => {
  const groups = clusterDocuments(crowd(120));
  assert.deepEqual(clusterDocuments(shuffled(groups.flat(), 99)).map((g) => g.map((d) => d.url)), groups.map((g) => g.map((d) => d.url)));
  for (const g of groups) assert.equal(clusterDocuments(g).length, 1);
});
