// An incident left with no outage document is removed while its index keys are held (issue 21's
// per-key locks): a worker that placed a document in it just before the keys were granted keeps it.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { testDatabaseUrl } from "../helpers/test-database";
import type { LockKeys, ProcessingLocks } from "../../lib/db/processing-lock";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-remove-empty-"));
process.env.DATABASE_URL = testDatabaseUrl(path.join(dir, "a.db"));
const { getDb, closeDb } = await import("../../lib/db/client");
const { processPendingDocuments } = await import("../../lib/ingest/process-documents");
const { getIncidentKeys } = await import("../../lib/db/incident-writes");
after(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

const now = new Date("2025-09-04T12:00:00Z");
const hash = (s: string) => crypto.createHash("sha256").update(s).digest("hex");
const outage = {
  title: "Panne de Deezer : l'application de musique inaccessible mardi",
  text: "Deezer est en panne depuis 14h ce mardi 2 septembre : l'application et le site ne chargent plus aucun titre. Des milliers d'abonnés signalent le problème. Le service a été rétabli vers 17h.",
};
const rewritten = {
  title: "Deezer lance une nouvelle formule familiale",
  text: "La plateforme de streaming musical présente une offre destinée aux familles, avec six profils et un contrôle parental. Le prix reste inchangé pour les abonnés actuels.",
};

/** Locks as a test double: records what is held, and runs `onHold` each time keys are granted. */
function recordingLocks(onHold: (keys: LockKeys) => Promise<void>): ProcessingLocks & { holds: LockKeys[] } {
  const holds: LockKeys[] = [];
  return {
    holds,
    hold: async (keys) => void (holds.push(keys), await onHold(keys)),
    release: async () => undefined,
    claimDocuments: async (ids) => ids,
    close: async () => undefined,
  };
}

test("an emptied incident is removed under its keys, and kept when a document reached it before they were granted", async () => {
  const db = getDb();
  const source = await db.source.create({ data: { url: "https://feeds.example/deezer", name: "Test outlet" } });
  const doc = await db.document.create({ data: { url: "https://fr.example/deezer", title: outage.title, text: outage.text, lang: "fr",
    publishedAt: new Date("2025-09-02T16:00:00Z"), sourceId: source.id, contentHash: hash(outage.title + outage.text) } });
  await processPendingDocuments({ now });
  const incident = (await db.incident.findMany())[0];
  assert.ok(incident, "the outage report makes an incident");
  const keys = await getIncidentKeys(incident.id);
  assert.ok(keys.length > 0);

  // the report is rewritten into no outage at all: its incident is left empty
  await db.document.update({ where: { id: doc.id }, data: { title: rewritten.title, text: rewritten.text, contentHash: hash(rewritten.title + rewritten.text) } });
  // another worker places a second report in that incident just before our keys are granted
  const other = await db.document.create({ data: { url: "https://en.example/deezer", title: "Deezer down for hours", text: "Deezer was down.", lang: "en",
    publishedAt: new Date("2025-09-02T18:00:00Z"), sourceId: source.id, contentHash: "x", processedHash: "x", isOutage: true, factsJson: "{}" } });
  const locks = recordingLocks(async (held) => {
    if (keys.every((k) => held.exclusive.includes(k))) await db.document.update({ where: { id: other.id }, data: { incidentId: incident.id } });
  });
  await processPendingDocuments({ now, locks });
  assert.ok(locks.holds.some((h) => keys.every((k) => h.exclusive.includes(k))), "the incident's keys were held exclusively");
  const kept = await db.incident.findUnique({ where: { id: incident.id } });
  assert.ok(kept, "an incident that got a document before the keys were granted is not removed");
  assert.equal((await db.document.findUnique({ where: { id: other.id } }))?.incidentId, incident.id);

  // with no such worker, the emptied incident goes
  await db.document.update({ where: { id: other.id }, data: { incidentId: null, isOutage: false } });
  await db.document.update({ where: { id: doc.id }, data: { incidentId: incident.id, processedHash: null } });
  await processPendingDocuments({ now, locks: recordingLocks(async () => undefined) });
  assert.equal(await db.incident.findUnique({ where: { id: incident.id } }), null);
});
