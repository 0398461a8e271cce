// One status incident is one incident: its updates stay together (even days apart, even with
// nothing in common but boilerplate), two incidents of one page stay apart although they read
// alike, and press coverage of the same hours joins the status incident as a whole.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { DocumentForExtraction, ExtractedDocument } from "../../lib/domain/types";
import { clusterDocuments } from "../../lib/cluster/cluster-documents";
import { statusIncidentUnits } from "../../lib/cluster/status-incident-units";
import { extractArticle } from "../../lib/extract/extract-article";

const PAGE = "https://status.example.test/";
let nextId = 1;
function extracted(doc: DocumentForExtraction): ExtractedDocument {
  const facts = extractArticle(doc);
  return { id: nextId++, url: doc.url, title: doc.title, kind: doc.kind, lang: facts.lang, publishedAt: doc.publishedAt?.toISOString() ?? null, sourceName: doc.sourceName, facts, statusValue: doc.statusValue };
}
const update = (incident: string, id: string, status: string, at: string, text: string, startedAt: string) =>
  extracted({
    url: `${PAGE}incidents/${incident}#update-${id}`, kind: "status", lang: "en", title: `Degraded service — ${status}`, text, publishedAt: new Date(at),
    sourceName: "GitHub Status", sourceZone: null, statusValue: status, components: ["Actions"],
    statusDetail: { incident: `${PAGE}incidents/${incident}`, page: PAGE, service: "GitHub", impact: "major", startedAt, resolvedAt: null },
  });
const press = (url: string, at: string, title: string, text: string) =>
  extracted({ url, kind: "news", lang: "en", title, text, publishedAt: new Date(at), sourceName: "Outlet", sourceZone: null });

const a1 = update("a", "1", "investigating", "2026-03-02T09:05:00Z", "We are investigating reports of degraded performance.", "2026-03-02T09:00:00Z");
const a2 = update("a", "2", "monitoring", "2026-03-03T22:40:00Z", "A fix has been deployed and we are monitoring the results.", "2026-03-02T09:00:00Z");
const a3 = update("a", "3", "resolved", "2026-03-04T23:50:00Z", "This incident has been resolved.", "2026-03-02T09:00:00Z");
const b1 = update("b", "1", "investigating", "2026-03-02T15:30:00Z", "We are investigating reports of degraded performance.", "2026-03-02T15:25:00Z");
const b2 = update("b", "2", "resolved", "2026-03-02T16:10:00Z", "This incident has been resolved.", "2026-03-02T15:25:00Z");
const article = press("https://news.example.test/github-down", "2026-03-02T10:30:00Z", "GitHub down: developers cannot run Actions",
  "GitHub suffered an outage on Monday morning. Developers could not run GitHub Actions workflows from about 9 a.m. UTC, and the company said it was investigating.");

const groups = (docs: ExtractedDocument[]) => clusterDocuments(docs).map((g) => g.map((d) => d.url).sort()).sort();

test("updates sharing a status incident form one unit, other documents stay alone", () => {
  const docs = [a1, b1, article, a2];
  assert.deepEqual(statusIncidentUnits(docs), [[0, 3], [1], [2]]);
});

test("two incidents of one page that read alike stay two; the updates of each stay together", () => {
  assert.deepEqual(groups([a1, a2, a3, b1, b2]), [[a1.url, a2.url, a3.url].sort(), [b1.url, b2.url].sort()].sort());
});

test("press coverage of the same hours joins the status incident", () => {
  const g = groups([a1, a2, a3, b1, b2, article]);
  assert.ok(g.some((x) => x.includes(article.url) && x.includes(a1.url) && x.includes(a3.url)), JSON.stringify(g));
  assert.ok(g.some((x) => x.length === 2 && x.includes(b1.url)), JSON.stringify(g));
});

test("the grouping does not depend on input order", () => {
  const docs = [a1, a2, a3, b1, b2, article];
  const ref = groups(docs);
  assert.deepEqual(groups([...docs].reverse()), ref);
  assert.deepEqual(groups([b2, article, a3, a1, b1, a2]), ref);
});
