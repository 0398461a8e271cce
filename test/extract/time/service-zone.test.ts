import assert from "node:assert/strict";
import { test } from "node:test";
import { serviceZone } from "../../../lib/extract/time/service-zone";
import { OPERATOR_COUNTRIES } from "../../../lib/extract/time/data/operator-countries";
import { CCTLD_ZONES } from "../../../lib/extract/time/data/zone-phrases";
import { SERVICES } from "../../../lib/extract/data/services";
import { extractArticle } from "../../../lib/extract/extract-article";
import type { DocumentForExtraction } from "../../../lib/domain/types";

const failed = (...names: string[]) => names.map((name) => ({ name, role: "failed" as const }));

test("a failed national network gives its country's zone", () => {
  assert.equal(serviceZone(failed("Safaricom")), "Africa/Nairobi");
  assert.equal(serviceZone(failed("Rogers", "Fido")), "America/Toronto");
  // a network named with its country (national-networks' renaming)
  assert.equal(serviceZone(failed("MTN Guinée")), "Africa/Abidjan");
  assert.equal(serviceZone(failed("Vodafone Portugal")), "Europe/Lisbon");
});

test("a failed state service or domestic bank gives its country's zone; a global bank or a bystander none", () => {
  assert.equal(serviceZone(failed("HMRC")), "Europe/London");
  assert.equal(serviceZone(failed("impots.gouv")), "Europe/Paris");
  assert.equal(serviceZone(failed("Centrelink", "myGov")), "Australia/Sydney");
  assert.equal(serviceZone(failed("Interac")), "America/Toronto");
  assert.equal(serviceZone(failed("PayPal")), null);
  assert.equal(serviceZone(failed("Revolut")), null); // a bank of many countries
  assert.equal(serviceZone([{ name: "GOV.UK", role: "mentioned" }, { name: "Cloudflare", role: "failed" }]), null);
});

test("no zone from global services, groups, bystanders or networks of two countries", () => {
  assert.equal(serviceZone(failed("WhatsApp")), null);
  assert.equal(serviceZone(failed("MTN")), null); // a group in many countries
  assert.equal(serviceZone(failed("AT&T")), null); // a country of several zones
  assert.equal(serviceZone([{ name: "Rogers", role: "mentioned" }, { name: "WhatsApp", role: "failed" }]), null);
  assert.equal(serviceZone(failed("Rogers", "Safaricom")), null);
});

test("a failed national service gives its country's zone, a listed one before a place in its name", () => {
  assert.equal(serviceZone(failed("HMRC")), "Europe/London");
  assert.equal(serviceZone(failed("Desjardins")), "America/Toronto");
  assert.equal(serviceZone(failed("Halifax")), "Europe/London"); // the British bank, not Nova Scotia
  // negatives: a service of several countries, one of a country of several zones, two countries
  assert.equal(serviceZone(failed("Revolut")), null);
  assert.equal(serviceZone(failed("IRS")), null);
  assert.equal(serviceZone(failed("HMRC", "Desjardins")), null);
});

test("every operator, public service and domestic bank is a catalogue name and its country a known zone", () => {
  const names = new Set(SERVICES.map((s) => s.name));
  for (const [name, cc] of Object.entries(OPERATOR_COUNTRIES)) {
    assert.ok(names.has(name), name);
    assert.ok(CCTLD_ZONES[cc], cc);
  }
});

function doc(over: Partial<DocumentForExtraction>): DocumentForExtraction {
  return { url: "https://www.example.com/news/a.html", kind: "news", lang: null, title: "", text: "", publishedAt: new Date("2025-02-11T18:00:00Z"), sourceName: null, sourceZone: null, ...over };
}
const utcs = (d: DocumentForExtraction) => extractArticle(d).times.map((t) => (t.time.kind === "instant" ? t.time.utc : null));

test("extraction reads a national operator's clocks in its country's zone when the outlet's is unknown", () => {
  const en = doc({ lang: "en", title: "Safaricom restores M-Pesa after outage", text: "Safaricom said its M-Pesa service went down at 6:10 am on Tuesday because of a core network fault, and customers could not send money." });
  assert.ok(utcs(en).includes("2025-02-11T03:10:00Z"), JSON.stringify(utcs(en))); // 6:10 Nairobi, not New York
  const fr = doc({ lang: "fr", title: "Panne chez Vidéotron", text: "Le réseau de Vidéotron est tombé en panne vers 6 h 20 mardi matin, privant des milliers de clients d'internet." });
  assert.ok(utcs(fr).includes("2025-02-11T11:20:00Z"), JSON.stringify(utcs(fr))); // 6 h 20 Montréal, not Paris
});

test("extraction reads a national service's clocks in its country's zone when the outlet's is unknown", () => {
  const en = doc({ lang: "en", title: "Tax site crashes before deadline", text: "HMRC's online services went down at about 2 p.m. on Tuesday, leaving self-assessment filers unable to log in, the tax office said." });
  assert.ok(utcs(en).includes("2025-02-11T14:00:00Z"), JSON.stringify(utcs(en))); // 2 p.m. London, not New York
  const banking = doc({ lang: "en", title: "NatWest app down", text: "NatWest's banking app went down at 11:15 a.m. on Tuesday, leaving customers unable to log in, the bank said." });
  assert.ok(utcs(banking).includes("2025-02-11T11:15:00Z"), JSON.stringify(utcs(banking)));
  const fr = doc({ lang: "fr", title: "Panne chez Desjardins", text: "Les services en ligne de Desjardins sont tombés en panne vers 9 h 30 mardi, empêchant les membres d'accéder à leurs comptes." });
  assert.ok(utcs(fr).includes("2025-02-11T14:30:00Z"), JSON.stringify(utcs(fr))); // Montréal, not Paris
});

test("the outlet's own zone still comes first, and a global service keeps the language's zone", () => {
  const fr = doc({ lang: "fr", url: "https://www.example.fr/a.html", title: "Panne chez Vidéotron", text: "Le réseau de Vidéotron est tombé en panne vers 6 h 20 mardi matin, privant des milliers de clients d'internet." });
  assert.ok(utcs(fr).includes("2025-02-11T05:20:00Z"), JSON.stringify(utcs(fr)));
  const en = doc({ lang: "en", title: "WhatsApp down for thousands", text: "WhatsApp went down at 6:10 am on Tuesday, and users could not send messages." });
  assert.ok(utcs(en).includes("2025-02-11T11:10:00Z"), JSON.stringify(utcs(en)));
});
