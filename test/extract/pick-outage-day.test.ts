import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";

test("the start time's UTC date is the outage day", () => {
  const f = facts("Panne", "Instagram est tombé en panne mardi vers 17h.", { lang: "fr", publishedAt: new Date("2024-03-06T08:00:00+01:00") });
  assert.equal(f.outageDay, "2024-03-05");
});

test("an article published the next day about yesterday's outage gives yesterday (fr, en)", () => {
  const fr = facts("La panne d'hier", "Hier, Facebook et Instagram étaient inaccessibles pendant deux heures.", { lang: "fr", publishedAt: new Date("2024-03-06T07:00:00+01:00") });
  assert.equal(fr.outageDay, "2024-03-05");
  const en = facts("What happened yesterday", "Yesterday's WhatsApp outage left users unable to send messages.", { lang: "en", publishedAt: new Date("2024-12-12T09:00:00Z") });
  assert.equal(en.outageDay, "2024-12-11");
});

test("a postmortem published days later naming the date gives that date", () => {
  const f = facts(
    "Update about the October 4 outage",
    "Our services went down on October 4 because of a configuration change. Today we share what happened.",
    { lang: "en", publishedAt: new Date("2021-10-08T16:00:00Z") },
  );
  assert.equal(f.outageDay, "2021-10-04");
});

test("without any time the publication day is used; without a date, null", () => {
  const f = facts("Slack is down", "Slack is down for many users.", { lang: "en", publishedAt: new Date("2025-02-26T15:00:00Z") });
  assert.equal(f.outageDay, "2025-02-26");
  const g = facts("Slack is down", "Slack is down for many users.", { lang: "en", publishedAt: null });
  assert.equal(g.outageDay, null);
});

test("the lead's first date is the outage reported; an earlier day the trouble 'began' is background (en, fr)", () => {
  const en = facts(
    "Discord outage",
    "On March 9, 2025, Discord suffered a widespread outage that cut off voice chat for many users. The issue, which began around March 7, stemmed from a storage fault. The disruption started late Friday, and users again reported errors.",
    { lang: "en", publishedAt: new Date("2025-03-09T20:00:00Z") },
  );
  assert.equal(en.outageDay, "2025-03-09", JSON.stringify(en.times.map((t) => [t.role, t.time.phrase])));
  const fr = facts(
    "Panne de Discord",
    "Le 9 mars 2025, Discord a subi une panne d'ampleur qui a coupé les salons vocaux. Le problème, qui a commencé vers le 7 mars, viendrait d'un incident de stockage. Les perturbations ont commencé vendredi soir.",
    { lang: "fr", publishedAt: new Date("2025-03-09T20:00:00Z") },
  );
  assert.equal(fr.outageDay, "2025-03-09", JSON.stringify(fr.times.map((t) => [t.role, t.time.phrase])));
});

test("an outage recalled from weeks before does not outvote today's (fr, en)", () => {
  const fr = facts(
    "Nouvelle panne",
    "La panne du 18 novembre avait déjà privé les internautes de nombreux sites. Le 18 novembre, tout était tombé. Ce vendredi 5 décembre, le service est de nouveau en panne.",
    { lang: "fr", publishedAt: new Date("2025-12-05T14:00:00Z") },
  );
  assert.equal(fr.outageDay, "2025-12-05");
  const en = facts(
    "Down again",
    "The outage of November 18 took down many sites. On November 18 everything failed. On Friday, December 5, the service went down again.",
    { lang: "en", publishedAt: new Date("2025-12-05T14:00:00Z") },
  );
  assert.equal(en.outageDay, "2025-12-05");
});
