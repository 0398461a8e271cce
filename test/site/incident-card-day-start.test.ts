// A start known only to the day is a date on the incident cards too (the header and timeline
// already showed the day alone): stored as Incident.startPrecision, read into the card's summary.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { IncidentExport } from "../../lib/domain/types";
import type { IncidentSummary } from "../../lib/domain/incident-summary";
import { messages } from "../../lib/i18n/data/messages";
import { IncidentCard } from "../../components/incident-card";
import { useTempDatabase } from "../ingest/helpers/temp-database";

const { dir } = useTempDatabase("card-day");
const { closeDb } = await import("../../lib/db/client");
const { applyIncidentChanges } = await import("../../lib/db/incident-writes");
const { listIncidentSummaries } = await import("../../lib/db/incident-reads");
after(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

const card = (i: IncidentSummary, lang: "en" | "fr") => renderToStaticMarkup(createElement(IncidentCard, { incident: i, lang, t: messages[lang] }));

function incident(slug: string, startedAt: string, precision: "day" | "minute"): IncidentExport {
  return {
    slug, title: "Outage", titleFr: "Panne", services: ["Example"], startedAt, endedAt: null, durationMinutes: null, status: "resolved",
    cause: null, timeline: [], conflicts: [], statements: [], reactions: [], impacts: [], documents: [],
    phases: { trigger: null, impactStart: { at: startedAt, precision, sources: [] }, acknowledged: null, partialRecovery: null, fullRecovery: null, mitigated: null, residual: [] },
  } as IncidentExport;
}

test("a day-only start is stored with its precision and shown as the date alone; a clock start keeps its time", async () => {
  await applyIncidentChanges({
    writes: [
      { existingId: null, incident: incident("2024-03-05-example", "2024-03-05T00:00:00.000Z", "day"), documentIds: [], keys: ["k:day"] },
      { existingId: null, incident: incident("2024-03-04-example", "2024-03-04T14:30:00.000Z", "minute"), documentIds: [], keys: ["k:minute"] },
    ],
    absorbed: [],
  });
  const { items } = await listIncidentSummaries({ limit: 10 });
  const bySlug = new Map(items.map((i) => [i.slug, i]));
  const day = bySlug.get("2024-03-05-example")!;
  const clock = bySlug.get("2024-03-04-example")!;
  assert.equal(day.startDayOnly, true);
  assert.equal(clock.startDayOnly, false);

  const dayEn = card(day, "en");
  assert.doesNotMatch(dayEn, /UTC|00:00/, dayEn);
  assert.match(dayEn, /dateTime="2024-03-05">5 March 2024</);
  assert.doesNotMatch(card(day, "fr"), /UTC|00:00/);
  const clockEn = card(clock, "en");
  assert.match(clockEn, /14:30|2:30/);
  assert.match(clockEn, /UTC/);
});
