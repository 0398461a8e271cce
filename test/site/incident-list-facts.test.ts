// What lists of incidents show from the stored rows: a start known only to the day is a date on the
// cards (stored as Incident.startPrecision), and a knock-on victim's history lists the outage that
// took it down (IncidentService rows for affectedServices), named on the incident's header.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { IncidentExport } from "../../lib/domain/types";
import type { IncidentSummary } from "../../lib/domain/incident-summary";
import { messages } from "../../lib/i18n/data/messages";
import { IncidentCard } from "../../components/incident-card";
import { IncidentHeader } from "../../components/incident-header";
import { useTempDatabase } from "../ingest/helpers/temp-database";

const { dir } = useTempDatabase("card-day");
const { closeDb } = await import("../../lib/db/client");
const { applyIncidentChanges } = await import("../../lib/db/incident-writes");
const { listIncidentSummaries } = await import("../../lib/db/incident-reads");
const { getServiceHistory } = await import("../../lib/db/site-service-history");
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

test("a knock-on victim's history lists the outage; its header names the victim apart from what failed", async () => {
  const inc = { ...incident("2024-07-19-cdn", "2024-07-19T04:00:00.000Z", "minute"), services: ["Examplecdn"], affectedServices: ["Examplechat"] };
  await applyIncidentChanges({ writes: [{ existingId: null, incident: inc, documentIds: [], keys: ["k:cdn"] }], absorbed: [] });
  const victim = await getServiceHistory("examplechat");
  assert.ok(victim, "the victim has a history page");
  assert.ok(JSON.stringify(victim).includes("2024-07-19-cdn"), "its history lists the outage");
  const failed = await getServiceHistory("examplecdn");
  assert.ok(JSON.stringify(failed).includes("2024-07-19-cdn"));
  // the victim's card says it went down because another service failed; the failed one's does not
  assert.deepEqual(victim.knockOn, ["2024-07-19-cdn"]);
  assert.deepEqual(failed!.knockOn, []);
  const summary = victim.incidents.find((i) => i.slug === "2024-07-19-cdn")!;
  for (const lang of ["en", "fr"] as const) {
    const victimCard = renderToStaticMarkup(createElement(IncidentCard, { incident: summary, lang, t: messages[lang], knockOn: true }));
    assert.match(victimCard, new RegExp(`data-testid="knock-on">${messages[lang].knockOnCard.replace(/[()]/g, "\\$&")}<`), victimCard);
  }
  assert.doesNotMatch(card(summary, "en"), /knock-on/);
  for (const lang of ["en", "fr"] as const) {
    const html = renderToStaticMarkup(createElement(IncidentHeader, { inc, docs: new Map(), updatedAt: null, lang, t: messages[lang] }));
    assert.match(html, /data-testid="also-affected"[^]*href="\/services\/examplechat"/, html);
  }
  const plain = renderToStaticMarkup(createElement(IncidentHeader, { inc: { ...inc, affectedServices: undefined }, docs: new Map(), updatedAt: null, lang: "en", t: messages.en }));
  assert.doesNotMatch(plain, /also-affected/);
});
