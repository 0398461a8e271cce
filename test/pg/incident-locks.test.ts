// Processing serialised per incident key on PostgreSQL (issue 21): two workers re-clustering reports
// of the same outage at once make one incident, and a worker on another outage does not wait for
// them. Each "worker" here is a lock session of its own (lib/db/processing-lock.ts), as each worker
// process has. SQLite has one writer and runs no two processing steps at once: skipped there.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { TEST_BACKEND, testDatabaseUrl } from "../helpers/test-database";

const skip = TEST_BACKEND !== "postgres" && "per-incident locks are PostgreSQL's (npm run test:pg)";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-incident-locks-"));
process.env.DATABASE_URL = testDatabaseUrl(path.join(dir, "locks.db"));
const { getDb, closeDb } = await import("../../lib/db/client");
const { reclusterDocuments } = await import("../../lib/ingest/process-documents");
const { listPendingDocuments, saveExtraction, getExtractedDocuments } = await import("../../lib/db/extractions");
const { extractArticle } = await import("../../lib/extract/extract-article");
const { openProcessingLocks } = await import("../../lib/db/processing-lock");
const { incidentLockKeys } = await import("../../lib/ingest/incident-lock-keys");

const now = new Date("2025-06-12T12:00:00Z");
// two outages of the same day: a chat service, and a music service
const reports = {
  chatEn: { url: "https://a.example/chat-down", lang: "en", publishedAt: "2025-06-11T15:00:00Z", title: "Discord is down for thousands of users",
    text: "Discord went down on Wednesday afternoon: thousands of users could not send messages or join voice channels, and the app showed connection errors. Discord said on its status page that engineers were investigating the outage." },
  chatFr: { url: "https://b.example/panne-discord", lang: "fr", publishedAt: "2025-06-11T17:30:00+02:00", title: "Panne de Discord : la messagerie inaccessible ce mercredi",
    text: "Discord est en panne ce mercredi après-midi. Des milliers d'utilisateurs ne parviennent plus à envoyer de messages ni à rejoindre les salons vocaux. L'entreprise indique sur sa page d'état que ses équipes cherchent la cause de la panne." },
  chatEn2: { url: "https://c.example/discord-outage-update", lang: "en", publishedAt: "2025-06-11T16:10:00Z", title: "Discord outage: messages fail to send across Europe",
    text: "The Discord outage that began on Wednesday afternoon is still affecting users across Europe, who report that messages fail to send. Discord has not yet said what caused the outage." },
  musicEn: { url: "https://d.example/spotify-down", lang: "en", publishedAt: "2025-06-11T09:00:00Z", title: "Spotify down: songs will not play for many listeners",
    text: "Spotify suffered an outage on Wednesday morning, with many listeners unable to play songs or log in to the app. Spotify acknowledged the problem on social media and said it was working on a fix." },
};
const ids: Record<keyof typeof reports, number> = { chatEn: 0, chatFr: 0, chatEn2: 0, musicEn: 0 };

before(async () => {
  if (skip) return;
  const db = getDb();
  const source = await db.source.create({ data: { url: "https://feeds.example/locks", name: "Test outlet" } });
  for (const [name, d] of Object.entries(reports)) {
    const row = await db.document.create({ data: { url: d.url, title: d.title, text: d.text, lang: d.lang, publishedAt: new Date(d.publishedAt),
      sourceId: source.id, contentHash: crypto.createHash("sha256").update(d.title + d.text).digest("hex") } });
    ids[name as keyof typeof reports] = row.id;
  }
  // extracted, not yet clustered: what a worker holds between its two steps
  for (const doc of await listPendingDocuments()) await saveExtraction(doc, extractArticle(doc));
});
after(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function incidentsHolding(docIds: number[]): Promise<(number | null)[]> {
  const rows = await getDb().document.findMany({ where: { id: { in: docIds } }, select: { id: true, incidentId: true } });
  return docIds.map((id) => rows.find((r) => r.id === id)?.incidentId ?? null);
}

test("two workers re-clustering reports of one outage at the same moment make one incident", { skip }, async () => {
  await Promise.all([reclusterDocuments([ids.chatEn], now), reclusterDocuments([ids.chatFr], now)]);
  const held = await incidentsHolding([ids.chatEn, ids.chatFr]);
  assert.ok(held[0] !== null, "the reports are in an incident");
  assert.deepEqual(held, [held[0], held[0]], "both reports in the same incident");
  assert.equal(await getDb().incident.count(), 1, "no duplicate incident");
});

test("a worker on another outage goes on while one holds this outage's keys; one on this outage waits", { skip }, async () => {
  const [chat] = await getExtractedDocuments([ids.chatEn2]);
  const holder = await openProcessingLocks();
  await holder.hold(incidentLockKeys([chat]));
  let sameDone = false;
  const same = reclusterDocuments([ids.chatEn2], now).then(() => (sameDone = true));
  try {
    const other = reclusterDocuments([ids.musicEn], now);
    const inTime = await Promise.race([other.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 10_000))]);
    assert.ok(inTime, "the other outage was processed while this one's keys were held");
    assert.equal(sameDone, false, "the same outage's step waited for the holder");
  } finally {
    await holder.close();
  }
  await same;
  const [chatIncident, musicIncident] = await incidentsHolding([ids.chatEn2, ids.musicEn]);
  assert.deepEqual(await incidentsHolding([ids.chatEn]), [chatIncident], "the update joined the outage's incident");
  assert.ok(musicIncident !== null && musicIncident !== chatIncident);
  assert.equal(await getDb().incident.count(), 2);
});

test("two workers processing at once extract each new document once and make one incident of one outage", { skip }, async () => {
  const { processPendingDocuments } = await import("../../lib/ingest/process-documents");
  const db = getDb();
  const source = await db.source.findFirstOrThrow();
  const stories = [
    ["https://e.example/maps-down", "Google Maps down: directions fail to load", "Google Maps stopped loading directions on Friday morning for users across North America, with the app showing a blank map. Google said it was aware of the outage."],
    ["https://f.example/panne-maps", "Panne de Google Maps ce vendredi", "Google Maps ne charge plus les itinéraires depuis vendredi matin pour de nombreux utilisateurs. Google dit être au courant de la panne et travailler à la corriger."],
    ["https://g.example/maps-outage", "Google Maps outage leaves drivers without directions", "Drivers were left without directions on Friday as Google Maps went down for hours. The outage hit the mobile app and the website alike."],
  ];
  const newIds: number[] = [];
  for (const [url, title, text] of stories)
    newIds.push((await db.document.create({ data: { url, title, text, lang: url.includes("panne") ? "fr" : "en", publishedAt: new Date("2025-06-13T10:00:00Z"),
      sourceId: source.id, contentHash: crypto.createHash("sha256").update(title + text).digest("hex") } })).id);
  const at = new Date("2025-06-13T18:00:00Z");
  const [a, b] = await Promise.all([processPendingDocuments({ now: at }), processPendingDocuments({ now: at })]);
  assert.equal(a.extracted + b.extracted, stories.length, `extracted ${a.extracted} + ${b.extracted}: each document by one worker`);
  const held = await incidentsHolding(newIds);
  assert.ok(held[0] !== null);
  assert.deepEqual(held, newIds.map(() => held[0]), "one incident");
});
