// India's payment scheme and the wallets built on it serve India alone: an unlocated outlet's "11:40 am"
// about them is India's time (UTC+5:30), not New York's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { serviceZone } from "../../../lib/extract/time/service-zone";
import { extractArticle } from "../../../lib/extract/extract-article";
import type { DocumentForExtraction } from "../../../lib/domain/types";

const failed = (...names: string[]) => names.map((name) => ({ name, role: "failed" as const }));

test("UPI and the wallets on it give India's zone; a global wallet beside them says nothing", () => {
  assert.equal(serviceZone(failed("UPI")), "Asia/Kolkata");
  assert.equal(serviceZone(failed("PhonePe", "Google Pay", "Paytm")), "Asia/Kolkata");
  // negatives: a global wallet alone, UPI only named beside another failure, UPI with a Kenyan network
  assert.equal(serviceZone(failed("Google Pay")), null);
  assert.equal(serviceZone([{ name: "UPI", role: "mentioned" }, { name: "Cloudflare", role: "failed" }]), null);
  assert.equal(serviceZone(failed("UPI", "Safaricom")), null);
});

function doc(over: Partial<DocumentForExtraction>): DocumentForExtraction {
  return { url: "https://www.example.com/news/a.html", kind: "news", lang: "en", title: "", text: "", publishedAt: new Date("2025-03-04T12:00:00Z"), sourceName: null, sourceZone: null, ...over };
}
const utcs = (d: DocumentForExtraction) => extractArticle(d).times.map((t) => (t.time.kind === "instant" ? t.time.utc : null));

test("an unlocated English outlet's clocks about a UPI failure are read in India's time", () => {
  const en = doc({ title: "Payments fail on PhonePe and Paytm", text: "UPI went down for about an hour on Tuesday: PhonePe and Paytm users saw transactions stuck from 10:15 am, the payments body said." });
  assert.ok(utcs(en).includes("2025-03-04T04:45:00Z"), JSON.stringify(utcs(en)));
  // negative: a global wallet's failure stays in the language's zone
  const global = doc({ title: "Google Pay down", text: "Google Pay went down at 10:15 am on Tuesday and users could not pay in shops." });
  assert.ok(utcs(global).includes("2025-03-04T15:15:00Z"), JSON.stringify(utcs(global)));
});
