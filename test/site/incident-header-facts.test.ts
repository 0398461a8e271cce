// The incident header says what the end is (a partial recovery, a fix) and cites each headline fact.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { IncidentExport } from "../../lib/domain/types";
import { messages } from "../../lib/i18n/data/messages";
import { IncidentHeader } from "../../components/incident-header";
import { StatementList } from "../../components/statement-list";

const base: IncidentExport = {
  slug: "s", title: "Outage", titleFr: "Panne", services: ["Windows"], startedAt: "2024-07-19T04:09:00Z", endedAt: null, durationMinutes: null, status: "resolved",
  cause: null, timeline: [], conflicts: [], statements: [], reactions: [], impacts: [],
  documents: [{ url: "https://a.example/1", title: "A", lang: "en", publishedAt: null, kind: "news", source: "Outlet A" }, { url: "https://b.example/1", title: "B", lang: "en", publishedAt: null, kind: "news", source: "Outlet B" }],
};
const html = (inc: IncidentExport) => renderToStaticMarkup(createElement(IncidentHeader, { inc, docs: new Map(inc.documents.map((d) => [d.url, d])), updatedAt: null, lang: "en", t: messages.en }));

test("a fix with lasting impact is shown as the fix, not as the end, and says the impact continued", () => {
  const inc = { ...base, endKind: null, phases: { trigger: null, impactStart: null, acknowledged: null, partialRecovery: null, fullRecovery: null,
    mitigated: { at: "2024-07-19T05:27:00Z", precision: "minute" as const, sources: ["https://b.example/1"] }, residual: [{ text: "repaired one by one", sources: ["https://a.example/1"] }] } };
  const out = html(inc);
  assert.match(out, /Fix deployed/);
  assert.match(out, /Impact continued after the fix/);
  assert.doesNotMatch(out, />Ended</);
});

test("a partial recovery standing for the end is labelled so; the headline facts cite their sources", () => {
  const inc = { ...base, endedAt: "2024-07-19T09:00:00Z", durationMinutes: 291, endKind: "partial-recovery" as const,
    factSources: { start: ["https://a.example/1"], end: ["https://b.example/1"], duration: ["https://a.example/1", "https://b.example/1"], cause: [] } };
  const out = html(inc);
  assert.match(out, /Largely restored/);
  assert.match(out, /until the latest partial recovery/);
  assert.match(out, /data-testid="start-sources"><ul[^]*Outlet A/);
  assert.match(out, /data-testid="end-sources"><ul[^]*Outlet B/);
  assert.match(html({ ...inc, endKind: "full-recovery" }), />Ended</);
});

test("a quote with no speaker is named as unattributed with the outlet quoting it, never '?'", () => {
  const docs = new Map(base.documents.map((d) => [d.url, d]));
  const out = renderToStaticMarkup(createElement(StatementList, { statements: [{ quote: "It will take days.", speaker: null, role: null, organisation: null, official: false, source: "https://a.example/1" }], docs, lang: "en", t: messages.en }));
  assert.match(out, /unattributed, as quoted by Outlet A/);
  assert.doesNotMatch(out, /— \?/);
});

test("'no explanation was given' is shown as no stated cause, with the guesses marked as such", () => {
  const inc = { ...base, cause: { category: "unknown" as const, summary: "No explanation was given.", status: "reported" as const, sources: ["https://a.example/1"],
    superseded: [{ category: "config-change" as const, summary: "A bad rollout, experts say.", status: "speculated" as const, sources: ["https://b.example/1"] }] } };
  const out = html(inc);
  assert.match(out, /Cause not stated/);
  assert.match(out, /Hypotheses, unconfirmed: Configuration change/);
  assert.doesNotMatch(out, /reported by the press|>reported</, "no status badge on a cause nobody gave");
  assert.match(html({ ...inc, cause: { ...inc.cause, category: "config-change" as const, summary: "A bad rollout." } }), /A bad rollout\./);
});

test("a start known only to the day shows the day in every zone column, with no clock time", () => {
  const phases = { trigger: null, acknowledged: null, partialRecovery: null, fullRecovery: null, mitigated: null, residual: [] };
  const day = { ...base, startedAt: "2019-03-05T12:00:00Z", phases: { ...phases, impactStart: { at: "2019-03-05T12:00:00Z", precision: "day" as const, sources: [] } } };
  const row = (out: string) => /<th scope="row"[^>]*>Started<\/th>(.*?)<\/tr>/.exec(out)?.[1] ?? "";
  const out = row(html(day));
  assert.equal((out.match(/5 March 2019/g) ?? []).length, 4, out);
  assert.doesNotMatch(out, /12:00|07:00|13:00|data-local-time/);
  // negative: a start read to the minute keeps its clock time in each zone and the reader's own
  const minute = row(html({ ...day, phases: { ...day.phases, impactStart: { ...day.phases.impactStart, precision: "minute" as const } } }));
  assert.match(minute, /12:00/);
  assert.match(minute, /data-local-time/);
});

test("a timeline entry known only to the day shows the day, not the midday it is placed at", async () => {
  const { TimelineList } = await import("../../components/timeline-list");
  const list = (precision: "day" | "minute") => renderToStaticMarkup(createElement(TimelineList, {
    entries: [{ at: "2019-03-05T12:00:00Z", precision, kind: "start", text: "Outage begins", sources: [] }], docs: new Map(), cause: null, lang: "fr", t: messages.fr }));
  assert.match(list("day"), /<time dateTime="2019-03-05"[^>]*>5 mars 2019<\/time>/);
  assert.match(list("minute"), /12:00/);
});
