// What extraction reads from a status update: the page's own service (known or not), the status
// incident's start and resolution, the operator's causes as confirmed, and the update verbatim.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { StatusDetail } from "../../lib/domain/types";
import { statusPageService } from "../../lib/extract/status-service";
import { facts } from "./article-helpers";

const detail = (over: Partial<StatusDetail> = {}): StatusDetail => ({
  incident: "https://status.example.test/incidents/a1", page: "https://status.example.test/", service: null,
  impact: "major", startedAt: "2024-03-05T18:02:00Z", resolvedAt: null, ...over,
});
const status = (title: string, text: string, over: Record<string, unknown> = {}) =>
  facts(title, text, { kind: "status", statusValue: "investigating", components: ["API"], statusDetail: detail(), sourceName: "Status page", publishedAt: new Date("2024-03-05T18:10:00Z"), ...over });

test("a status page's name gives its service, in English and French, without the page words", () => {
  assert.equal(statusPageService("Acme Cloud"), "Acme Cloud");
  assert.equal(statusPageService("GitHub Status"), "GitHub");
  assert.equal(statusPageService("GitHub Status - Incident History"), "GitHub");
  assert.equal(statusPageService("Orbit Mail Status Page"), "Orbit Mail");
  assert.equal(statusPageService("Nimbus Systems Status"), "Nimbus");
  assert.equal(statusPageService("Statut de Nuage Pro"), "Nuage Pro");
  assert.equal(statusPageService("État des services Hébergix"), "Hébergix");
  assert.equal(statusPageService("Hébergix - Historique des incidents"), "Hébergix");
});

test("page words need a word boundary; a name that is only page words is no service", () => {
  assert.equal(statusPageService("Statusphere"), "Statusphere");
  assert.equal(statusPageService("Upstatus"), "Upstatus");
  assert.equal(statusPageService("Status"), null);
  assert.equal(statusPageService("  "), null);
  assert.equal(statusPageService(null), null);
});

test("an unknown page's name is the failed service; services the update names are only mentioned", () => {
  const f = status("Elevated errors — Investigating", "Logins through Google fail for some users.", { statusDetail: detail({ service: "Acme Cloud" }) });
  assert.equal(f.services[0].name, "Acme Cloud");
  assert.equal(f.services[0].role, "failed");
  assert.ok(f.services.slice(1).every((s) => s.role === "mentioned"));
});

test("a page named after a known service takes its canonical name and owner; the source name is the fallback", () => {
  const f = status("Degraded performance — Investigating", "We are investigating reports of degraded performance.", { sourceName: "Github Status" });
  assert.deepEqual([f.services[0].name, f.services[0].company, f.services[0].role], ["GitHub", "Microsoft", "failed"]);
});

test("news documents are not given their source's name as a service", () => {
  const f = facts("Discord down for thousands", "Discord users could not connect on Tuesday evening.", { sourceName: "Acme Cloud Status" });
  assert.ok(!f.services.some((s) => s.name === "Acme Cloud"));
});

test("an official statement from a source named as a status page is that page's update, in English and French", () => {
  const en = facts("Resolved: some users could not load their inbox", "Between 2 and 4 p.m. UTC some users could not load their inbox. We rolled back the change; people also asked about it on Reddit.", { kind: "official", sourceName: "Orbit Mail Status" });
  assert.deepEqual([en.services[0].name, en.services[0].role], ["Orbit Mail", "failed"]);
  assert.ok(en.services.slice(1).every((s) => s.role === "mentioned"));
  const fr = facts("Incident résolu", "Les paiements par carte échouaient depuis 9 h ; le correctif a été déployé.", { kind: "official", sourceName: "Statut de Nuage Pro" });
  assert.equal(fr.services[0].name, "Nuage Pro");
  const known = facts("API unavailability", "Resolved - All systems are operating normally.", { kind: "official", sourceName: "Discord Status" });
  assert.deepEqual([known.services[0].name, known.services[0].role], ["Discord", "failed"]);
});

test("an official statement from a source without page words is not given its source's name", () => {
  for (const sourceName of ["Acme Newsroom", "OpenStatus", "Status"]) {
    const f = facts("Service update", "We are aware some customers cannot log in and are working on a fix.", { kind: "official", sourceName });
    assert.ok(!f.services.some((s) => s.name === sourceName || s.name === "Acme Newsroom"), sourceName);
  }
});

test("the status incident's start and resolution are time facts; the resolved update does not repeat its end", () => {
  const open = status("Errors — Investigating", "We are investigating.");
  assert.deepEqual(open.times.map((t) => [t.role, t.time.kind === "instant" && t.time.utc]), [["acknowledged", "2024-03-05T18:10:00Z"], ["start", "2024-03-05T18:02:00Z"]]);
  const done = status("Errors — Resolved", "This incident has been resolved.", { statusValue: "resolved", statusDetail: detail({ resolvedAt: "2024-03-05T19:00:00Z" }), publishedAt: new Date("2024-03-05T19:00:00Z") });
  assert.deepEqual(done.times.filter((t) => t.role === "end").length, 1);
  const monitoring = status("Errors — Monitoring", "A fix is in place.", { statusValue: "monitoring", statusDetail: detail({ resolvedAt: "2024-03-05T19:00:00Z" }) });
  assert.ok(monitoring.times.some((t) => t.role === "end" && t.time.kind === "instant" && t.time.utc === "2024-03-05T19:00:00Z"));
});

test("the operator's unhedged cause on its status page is confirmed; a news report of it is not", () => {
  const text = "We identified a faulty configuration change to the routing layer and rolled it back.";
  assert.equal(status("Errors — Identified", text, { statusValue: "identified" }).causes[0]?.status, "confirmed");
  const fr = status("Erreurs — Identifié", "Une modification de configuration défectueuse a provoqué la panne.", { statusValue: "identified", lang: "fr" });
  assert.equal(fr.causes[0]?.category, "config-change");
  assert.equal(fr.causes[0]?.status, "confirmed");
  const news = facts("Acme Cloud outage", "Acme Cloud went down on Tuesday. A faulty configuration change to the routing layer was to blame, according to a report.");
  assert.notEqual(news.causes[0]?.status, "confirmed");
});

test("the update itself travels with the facts, verbatim, only for status documents that know their incident", () => {
  const f = status("Errors — Identified", "  The database failover did not complete.  ", { statusValue: "Identified" });
  assert.deepEqual(f.statusUpdate, { incident: detail().incident, page: detail().page, status: "identified", text: "The database failover did not complete.", components: ["API"], impact: "major" });
  assert.equal(status("Errors — Identified", "x", { statusDetail: null }).statusUpdate, undefined);
  assert.equal(facts("Errors", "x", { statusDetail: detail() }).statusUpdate, undefined);
});

test("a plain item from a source named as a status page, whose text names the page's service, is that page's update (en, fr)", () => {
  const en = facts("Editor unavailable", "Resolved - 17:02 UTC. All Zorvex services have been operating normally for the past hour. Investigating - 14:18 UTC. We are investigating elevated error rates across the Zorvex editor.", { sourceName: "Zorvex Status" });
  assert.deepEqual([en.services[0]?.name, en.services[0]?.role], ["Zorvex", "failed"]);
  const en2 = facts("Degraded API", "Identified - the fault in the Orbit Mail API came from a certificate change; we are rolling it back.", { sourceName: "Orbit Mail Status Page" });
  assert.deepEqual([en2.services[0]?.name, en2.services[0]?.role], ["Orbit Mail", "failed"]);
  const fr = facts("Paiements indisponibles", "Résolu - 15 h 50. Les paiements Nuage Pro fonctionnent de nouveau normalement. Nous avons identifié une panne du moteur de transactions.", { sourceName: "Statut de Nuage Pro" });
  assert.deepEqual([fr.services[0]?.name, fr.services[0]?.role], ["Nuage Pro", "failed"]);
  const fr2 = facts("Connexion impossible", "Enquête en cours - les clients de Banque Lumière ne peuvent plus se connecter à l'application depuis 9 h.", { sourceName: "État des services Banque Lumière" });
  assert.deepEqual([fr2.services[0]?.name, fr2.services[0]?.role], ["Banque Lumière", "failed"]);
});

test("a plain item from a source named as a status page is not that page's when its text does not name the service, or only inside a longer word", () => {
  const other = facts("Discord en panne", "Les utilisateurs de Discord ne pouvaient plus se connecter mardi soir, une panne de plusieurs heures.", { sourceName: "Statut de Nuage Pro" });
  assert.ok(!other.services.some((s) => s.name === "Nuage Pro"));
  const inside = facts("Slack down for thousands", "Slack users could not send messages on Tuesday; the Acmesoft plugin was blamed.", { sourceName: "Acme Status" });
  assert.ok(!inside.services.some((s) => s.name === "Acme"));
  const blog = facts("Slack down for thousands", "Slack users could not send messages on Tuesday, Baytek customers said.", { sourceName: "Baytek Status (blog)" });
  assert.ok(!blog.services.some((s) => s.name === "Baytek"));
});

test("a plain item from a source named as a status page, whose text names no service at all, is that page's update (en, fr)", () => {
  const en = facts("eu-north-2: elevated storage errors — Resolved", "Resolved — 16:40 CEST. All workloads in eu-north-2 are healthy again. Investigating — 13:05 CEST. Some volumes in one availability zone return errors.", { sourceName: "Kestrel Cloud Status" });
  assert.deepEqual([en.services[0]?.name, en.services[0]?.role], ["Kestrel Cloud", "failed"]);
  const fr = facts("Instances injoignables dans la zone PAR-3", "Résolu - 11 h 20. Les instances de la zone PAR-3 répondent de nouveau. Enquête en cours - 9 h 45. Une partie des volumes ne répond plus.", { sourceName: "Statut de Nuage Pro" });
  assert.deepEqual([fr.services[0]?.name, fr.services[0]?.role], ["Nuage Pro", "failed"]);
  // an outlet without page words gets nothing from its name
  const outlet = facts("eu-north-2: elevated storage errors — Resolved", "Resolved — 16:40 CEST. All workloads in eu-north-2 are healthy again.", { sourceName: "Cloud Weekly" });
  assert.ok(!outlet.services.some((s) => s.name === "Cloud Weekly"));
});
