// An incident's day comes from its start or its documents' days, never from when it was processed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { incidentDay } from "../../lib/cluster/incident-day";
import { makeDoc } from "./fixtures/make-doc";

test("the start's day first", () => {
  const d = makeDoc({ url: "https://a.example/1", title: "Panne de Vinted", publishedAt: "2024-05-03T09:00:00Z", failed: ["Vinted"] });
  assert.equal(incidentDay([d], "2024-05-02T22:10:00Z"), "2024-05-02");
});

test("with no start: the outage day most documents give, not a retrospective's older one", () => {
  const day = (url: string, outageDay: string) => makeDoc({ url, title: "Slack is down", outageDay, publishedAt: null, failed: ["Slack"] });
  const group = [day("https://a.example/1", "2023-02-22"), day("https://b.example/2", "2024-03-07"), day("https://c.example/3", "2024-03-07")];
  assert.equal(incidentDay(group, null), "2024-03-07");
  // a tie goes to the earliest day
  assert.equal(incidentDay(group.slice(0, 2), null), "2023-02-22");
});

test("with no outage day: the earliest publication day", () => {
  const group = ["2024-03-09T08:00:00Z", "2024-03-08T21:00:00Z"].map((publishedAt, i) =>
    makeDoc({ url: `https://p.example/${i}`, title: "Le site des impôts inaccessible", publishedAt, outageDay: null, failed: ["impots.gouv.fr"] }),
  );
  assert.equal(incidentDay(group, null), "2024-03-08");
});

test("documents giving no day at all give the incident none (not the processing day)", () => {
  const group = [
    makeDoc({ url: "https://u.example/1", title: "Discord ne répond plus", publishedAt: null, outageDay: null, failed: ["Discord"] }),
    makeDoc({ url: "https://u.example/2", title: "Discord outage leaves gamers offline", publishedAt: null, outageDay: null, failed: ["Discord"] }),
  ];
  assert.equal(incidentDay(group, null), null);
});
