// Clustering: order independence, idempotence, same service on different days, languages, merges.
import { test } from "node:test";
import assert from "node:assert/strict";
import { clusterDocuments } from "../../lib/cluster/cluster-documents";
import { makeDoc, shuffled, urlGroups } from "./fixtures/make-doc";
import { outageSet } from "./fixtures/outage-set";

const expected = [
  ["https://blog-d.example/postmortem", "https://journal-b.example/panne-facebook", "https://news-a.example/fb-down", "https://news-c.example/meta-apologises"],
  ["https://journal-b.example/x-panne-samedi", "https://news-e.example/x-datacenter-fire"],
  ["https://journal-g.example/cloudflare-panne", "https://news-f.example/cloud-down"],
  ["https://news-a.example/x-down-thursday"],
];

test("groups reports of the same outage and keeps other outages apart", () => {
  assert.deepEqual(urlGroups(clusterDocuments(outageSet())), urlGroups(expected.map((g) => g.map((url) => ({ url }) as never))));
});

test("gives the same groups, in the same order, whatever the input order (20 shuffles)", () => {
  const docs = outageSet();
  const reference = clusterDocuments(docs).map((g) => g.map((d) => d.url));
  for (let seed = 1; seed <= 20; seed++) {
    assert.deepEqual(clusterDocuments(shuffled(docs, seed)).map((g) => g.map((d) => d.url)), reference, `seed ${seed}`);
  }
});

test("is idempotent: re-clustering its own output, or any one group alone, changes nothing", () => {
  const groups = clusterDocuments(outageSet());
  assert.deepEqual(urlGroups(clusterDocuments(groups.flat())), urlGroups(groups));
  for (const g of groups) assert.deepEqual(urlGroups(clusterDocuments(g)), [g.map((d) => d.url).sort()]);
});

test("counts a document given twice only once", () => {
  const docs = outageSet();
  assert.deepEqual(urlGroups(clusterDocuments([...docs, ...docs.slice(0, 3)])), urlGroups(clusterDocuments(docs)));
});

test("X on 2025-05-22 and X on 2025-05-24 stay two incidents, even when the second recalls the first", () => {
  const groups = urlGroups(clusterDocuments(outageSet().filter((d) => d.facts.services.some((s) => s.name === "X" && s.role === "failed"))));
  assert.deepEqual(groups, [
    ["https://journal-b.example/x-panne-samedi", "https://news-e.example/x-datacenter-fire"],
    ["https://news-a.example/x-down-thursday"],
  ]);
});

test("a French and an English report of one outage land together; a postmortem days later joins its outage", () => {
  const groups = clusterDocuments(outageSet());
  const meta = groups.find((g) => g.some((d) => d.url.endsWith("/fb-down")))!;
  assert.ok(meta.some((d) => d.lang === "fr") && meta.some((d) => d.lang === "en"));
  assert.ok(meta.some((d) => d.url.endsWith("/postmortem")), "the postmortem published two days later joins");
});

test("a third document bridging two groups merges them", () => {
  // a report naming no service and a report of a named network, the same day, sharing no words
  const a = makeDoc({ url: "https://a.example/1", lang: "fr", title: "Un câble sous-marin sectionné au large de la Mauritanie", publishedAt: "2024-03-14T18:30:00Z", times: [{ role: "start", utc: "2024-03-14T12:00:00Z" }] });
  const b = makeDoc({ url: "https://b.example/2", title: "MainOne customers report slow browsing", publishedAt: "2024-03-15T19:00:00Z", failed: ["MainOne"] });
  assert.equal(clusterDocuments([a, b]).length, 2, "nearby days and no shared words are not enough on their own");
  const bridge = makeDoc({ url: "https://c.example/3", title: "Câble sous-marin sectionné en Mauritanie: MainOne ralenti", publishedAt: "2024-03-14T20:00:00Z", failed: ["MainOne"] });
  assert.deepEqual(urlGroups(clusterDocuments([a, b, bridge])), [["https://a.example/1", "https://b.example/2", "https://c.example/3"]]);
});

test("a bridging document cannot chain outages whose stated days are two days apart", () => {
  const at = (day: string) => [{ role: "start" as const, utc: `${day}T09:00:00Z` }];
  const d1 = makeDoc({ url: "https://a.example/d1", title: "X down", publishedAt: "2025-05-22T10:00:00Z", failed: ["X"], times: at("2025-05-22") });
  const d3 = makeDoc({ url: "https://a.example/d3", title: "X down again", publishedAt: "2025-05-24T10:00:00Z", failed: ["X"], times: at("2025-05-24") });
  const d2 = makeDoc({ url: "https://a.example/d2", title: "X troubles", publishedAt: "2025-05-23T10:00:00Z", failed: ["X"], times: at("2025-05-23") });
  const groups = clusterDocuments([d1, d2, d3]);
  assert.ok(groups.length >= 2);
  assert.ok(!groups.some((g) => g.some((d) => d.url.endsWith("d1")) && g.some((d) => d.url.endsWith("d3"))));
});

test("a follow-up dated only by its publication, days later, joins its outage; a stated other day does not", () => {
  const outage = makeDoc({ url: "https://a.example/down", title: "Slack down", publishedAt: "2024-06-03T10:00:00Z", failed: ["Slack"], times: [{ role: "start", utc: "2024-06-03T08:00:00Z" }] });
  const later = makeDoc({ url: "https://b.example/credits", lang: "fr", title: "Slack indemnise ses clients après la panne", publishedAt: "2024-06-06T10:00:00Z", failed: ["Slack"] });
  assert.equal(clusterDocuments([outage, later]).length, 1, "a publication day stands for an outage up to a week before");
  const other = makeDoc({ url: "https://c.example/again", title: "Slack down again", publishedAt: "2024-06-06T10:00:00Z", failed: ["Slack"], times: [{ role: "start", utc: "2024-06-06T08:00:00Z" }] });
  assert.equal(clusterDocuments([outage, other]).length, 2, "a stated day three days later is another outage");
});

test("undated documents join the dated incident of their service", () => {
  const dated = [1, 2, 3].map((i) => makeDoc({ url: `https://a.example/cdn${i}`, title: "Fastly outage", publishedAt: "2021-06-08T11:00:00Z", failed: ["Fastly"], times: [{ role: "start", utc: "2021-06-08T09:47:00Z" }] }));
  const undated = [1, 2].map((i) => makeDoc({ url: `https://u.example/cdn${i}`, title: "What happened to Fastly", publishedAt: null, outageDay: null, failed: ["Fastly"] }));
  assert.deepEqual(clusterDocuments([...dated, ...undated]).map((g) => g.length), [5]);
});

test("different services on the same day are different incidents", () => {
  const a = makeDoc({ url: "https://a.example/gh", title: "GitHub outage", publishedAt: "2024-06-01T10:00:00Z", failed: ["GitHub"] });
  const b = makeDoc({ url: "https://a.example/sp", title: "Spotify outage", publishedAt: "2024-06-01T11:00:00Z", failed: ["Spotify"] });
  assert.equal(clusterDocuments([a, b]).length, 2);
});

test("an outage across midnight read as two days still joins", () => {
  const c = makeDoc({ url: "https://a.example/u", title: "Slack down overnight", publishedAt: "2024-06-02T01:00:00Z", outageDay: "2024-06-01", failed: ["Slack"], times: [{ role: "start", utc: "2024-06-01T23:30:00Z" }] });
  const d = makeDoc({ url: "https://a.example/v", title: "Slack back after night outage", publishedAt: "2024-06-02T06:00:00Z", outageDay: "2024-06-02", failed: ["Slack"], times: [{ role: "start", utc: "2024-06-01T23:40:00Z" }] });
  assert.equal(clusterDocuments([c, d]).length, 1);
});

test("a document with no day at all joins the dated incident of its service it tells of, not another one", () => {
  const y2021 = [1, 2].map((i) => makeDoc({ url: `https://a.example/2021-${i}`, title: "Fastly configuration bug takes down Reddit and Twitch", publishedAt: "2021-06-08T11:00:00Z", failed: ["Fastly"], times: [{ role: "start", utc: "2021-06-08T09:47:00Z" }] }));
  const y2025 = [1, 2].map((i) => makeDoc({ url: `https://b.example/2025-${i}`, lang: "fr", title: "Fastly: lenteurs du réseau de diffusion en Europe", publishedAt: "2025-02-03T15:00:00Z", failed: ["Fastly"], times: [{ role: "start", utc: "2025-02-03T14:00:00Z" }] }));
  const undated = makeDoc({ url: "https://u.example/retro", title: "How one customer's configuration bug took down Reddit and Twitch via Fastly", publishedAt: null, outageDay: null, failed: ["Fastly"] });
  const groups = urlGroups(clusterDocuments([...y2021, ...y2025, undated]));
  assert.deepEqual(groups.find((g) => g.includes(undated.url)), [...y2021.map((d) => d.url), undated.url].sort());
});

test("a report that names no service joins the same day's incident it shares words with", () => {
  const cable = [1, 2].map((i) => makeDoc({ url: `https://a.example/seacom-${i}`, title: "Seacom cable cut slows internet in East Africa", publishedAt: "2024-05-12T10:00:00Z", failed: ["Seacom"], times: [{ role: "start", utc: "2024-05-12T07:30:00Z" }] }));
  const other = makeDoc({ url: "https://b.example/gh", title: "GitHub Actions jobs stuck in queue", publishedAt: "2024-05-12T11:00:00Z", failed: ["GitHub"], times: [{ role: "start", utc: "2024-05-12T09:00:00Z" }] });
  const unnamed = makeDoc({ url: "https://c.example/ea", lang: "fr", title: "Internet ralenti en Afrique de l'Est après la coupure d'un câble sous-marin", publishedAt: "2024-05-12T16:00:00Z", times: [{ role: "report", utc: "2024-05-12T08:00:00Z" }] });
  const groups = urlGroups(clusterDocuments([...cable, other, unnamed]));
  assert.deepEqual(groups.find((g) => g.includes(unnamed.url)), [...cable.map((d) => d.url), unnamed.url].sort());
  assert.ok(groups.some((g) => g.length === 1 && g[0] === other.url));
});

test("a report that names no service and shares no word with the day's only incident stays apart from it", () => {
  const named = makeDoc({ url: "https://a.example/sl", title: "Slack messages fail to send for many workspaces", publishedAt: "2024-05-12T10:00:00Z", failed: ["Slack"], times: [{ role: "start", utc: "2024-05-12T09:00:00Z" }] });
  const unnamed = makeDoc({ url: "https://b.example/fr", lang: "fr", title: "Coupure de courant géante dans le nord du pays", publishedAt: "2024-05-12T12:00:00Z" });
  const groups = urlGroups(clusterDocuments([named, unnamed]));
  assert.equal(groups.length, 2);
});

test("an empty neighbourhood gives no groups", () => {
  assert.deepEqual(clusterDocuments([]), []);
});

test("a report of a knock-on failure that names the root provider joins the provider's outage", () => {
  const root = makeDoc({ url: "https://a.example/cf", title: "Cloudflare global outage", publishedAt: "2025-11-18T13:00:00Z", failed: ["Cloudflare"] });
  const knock = makeDoc({ url: "https://b.example/gpt", lang: "fr", title: "ChatGPT perturbé à cause de Cloudflare", publishedAt: "2025-11-18T17:20:00Z", failed: ["ChatGPT"], mentioned: ["Cloudflare"] });
  const other = makeDoc({ url: "https://c.example/gh", title: "GitHub down", publishedAt: "2025-11-18T15:00:00Z", failed: ["GitHub"] });
  assert.deepEqual(urlGroups(clusterDocuments([root, knock, other])), [["https://a.example/cf", "https://b.example/gpt"], ["https://c.example/gh"]]);
});

test("a next-morning report whose outage day was read as the next day still joins the evening's reports", () => {
  const evening = makeDoc({ url: "https://a.example/eve", title: "Facebook and Instagram down", publishedAt: "2024-12-11T20:00:00Z", failed: ["Facebook", "Instagram", "WhatsApp"] });
  const morning = makeDoc({ url: "https://b.example/morn", lang: "fr", title: "Retour sur la panne de la nuit", publishedAt: "2024-12-12T06:30:00Z", failed: ["Facebook", "Instagram"] });
  assert.equal(clusterDocuments([evening, morning]).length, 1);
});

test("one misread start does not keep the two days of a long outage apart", () => {
  const start = (utc: string) => [{ role: "start" as const, utc }];
  const day1 = [1, 2, 3].map((i) => makeDoc({ url: `https://a.example/d1-${i}`, title: "Wikipedia down after attack", publishedAt: "2019-09-06T21:00:00Z", failed: ["Wikipedia"], times: start("2019-09-06T17:00:00Z") }));
  const day2 = [1, 2].map((i) => makeDoc({ url: `https://b.example/d2-${i}`, lang: "fr", title: "Wikipédia toujours perturbé", publishedAt: "2019-09-07T10:00:00Z", outageDay: "2019-09-07", failed: ["Wikipedia"], times: [{ role: "other" as const, utc: "2019-09-07T09:00:00Z" }, ...start("2019-09-06T18:00:00Z")] }));
  // this one read the second wave's hour as the start
  const misread = makeDoc({ url: "https://c.example/d2-3", title: "Wikipedia outage continues", publishedAt: "2019-09-07T20:00:00Z", failed: ["Wikipedia"], times: start("2019-09-07T17:30:00Z") });
  assert.deepEqual(clusterDocuments([...day1, ...day2, misread]).map((g) => g.length), [6]);
});

test("a report whose title says the service failed again is a new outage, not the one days before", () => {
  const at = (utc: string) => [{ role: "start" as const, utc }];
  const first = makeDoc({ url: "https://a.example/first", title: "GitHub down: developers cannot push code", publishedAt: "2026-03-10T11:30:00Z", failed: ["GitHub"], times: at("2026-03-10T09:30:00Z") });
  const day = (d: string) => [{ role: "report" as const, utc: `${d}T15:00:00Z`, granularity: "part-of-day" as const }];
  for (const title of ["GitHub down again: developers cannot push code", "Nouvelle panne pour GitHub, les développeurs ne peuvent plus pousser leur code", "GitHub de nouveau en panne", "GitHub outage for the second time this week", "GitHub outage hits developers again"]) {
    const again = makeDoc({ url: "https://b.example/again", title, publishedAt: "2026-03-13T16:00:00Z", failed: ["GitHub"], times: day("2026-03-13") });
    assert.equal(clusterDocuments([first, again]).length, 2, title);
  }
  // recovery words with "again", and the same story days later, are no repeat
  for (const title of ["GitHub back up again after developers could not push code", "GitHub fonctionne de nouveau: les développeurs peuvent pousser leur code"]) {
    const later = makeDoc({ url: "https://b.example/later", title, publishedAt: "2026-03-13T16:00:00Z", failed: ["GitHub"], times: day("2026-03-13") });
    assert.equal(clusterDocuments([first, later]).length, 1, title);
  }
});

test("one article whose stated start contradicts another's is not kept from the outage the rest agree on (the Thursday and Saturday outages of the first test stay apart)", () => {
  const body = "BlackBerry messaging and browsing stopped across Europe, the Middle East and Africa after a core switch failed at a data centre in Slough; RIM said a backup switch did not take over.";
  const corps = "La messagerie et la navigation BlackBerry sont coupées en Europe, au Moyen-Orient et en Afrique depuis la panne d'un commutateur du centre de données de Slough ; RIM explique que le commutateur de secours n'a pas pris le relais.";
  const first = makeDoc({ url: "https://a.example/bb-start", title: "BlackBerry services down across Europe", body, publishedAt: "2011-10-10T18:00:00Z", failed: ["BlackBerry"], times: [{ role: "start", utc: "2011-10-10T10:00:00Z" }] });
  const reports = [1, 2, 3].map((i) =>
    makeDoc({ url: `https://b${i}.example/bb`, lang: i === 2 ? "fr" : "en", title: i === 2 ? "Panne géante de BlackBerry" : "BlackBerry outage continues", body: i === 2 ? corps : body, publishedAt: `2011-10-1${i}T18:00:00Z`, failed: ["BlackBerry"], times: [{ role: "report", utc: `2011-10-1${i}T12:00:00Z` }] }),
  );
  // a third-day article whose "since this morning" start was read against its own day
  const misread = makeDoc({ url: "https://c.example/bb-day3", lang: "fr", title: "BlackBerry : troisième jour de panne", body: corps, publishedAt: "2011-10-12T17:00:00Z", failed: ["BlackBerry"], times: [{ role: "start", utc: "2011-10-12T07:00:00Z" }] });
  const groups = clusterDocuments([first, ...reports, misread]);
  assert.equal(groups.length, 1, JSON.stringify(urlGroups(groups)));
});

test("an undated article joins the outage of its service on the day of the year it writes, not another one (en, fr)", () => {
  const at = (day: string) => [{ role: "start" as const, utc: `${day}T15:00:00Z` }];
  const december = [1, 2].map((i) => makeDoc({ url: `https://a${i}.example/dec`, title: "Skype down for millions", publishedAt: "2010-12-22T20:00:00Z", failed: ["Skype"], times: at("2010-12-22") }));
  const april = [1, 2].map((i) => makeDoc({ url: `https://b${i}.example/apr`, title: "Skype down for millions", publishedAt: "2011-04-18T20:00:00Z", failed: ["Skype"], times: at("2011-04-18") }));
  for (const [lang, title] of [["en", "Skype went down for millions on December 22"], ["fr", "Skype en panne pour des millions d'utilisateurs le 22 décembre"]] as const) {
    const undated = makeDoc({ url: `https://c.example/undated-${lang}`, lang, title, publishedAt: null, outageDay: null, failed: ["Skype"], yearlessDays: ["12-22"] });
    const groups = urlGroups(clusterDocuments([...december, ...april, undated]));
    const home = groups.find((g) => g.includes(undated.url))!;
    assert.ok(home.includes("https://a1.example/dec") && !home.includes("https://b1.example/apr"), JSON.stringify(groups));
    // the same words with April's day go to April: the day of the year decides, not the order
    const spring = makeDoc({ url: `https://c.example/spring-${lang}`, lang, title, publishedAt: null, outageDay: null, failed: ["Skype"], yearlessDays: ["04-18"] });
    const other = urlGroups(clusterDocuments([...december, ...april, spring])).find((g) => g.includes(spring.url))!;
    assert.ok(other.includes("https://b1.example/apr") && !other.includes("https://a1.example/dec"));
  }
});

test("an undated article naming no day is placed by its whole text: the outage whose story it tells (en, fr)", () => {
  const at = (day: string) => [{ role: "start" as const, utc: `${day}T09:00:00Z` }];
  const certs = "An expired TLS certificate on the login gateway rejected every session token; engineers renewed the certificate and sessions came back.";
  const fibre = "A digger cut the fibre between two data centres near Frankfurt; traffic was rerouted through the backup ring while crews spliced the cable.";
  // the other outage's reports sort first, so order alone would place the article there
  const cut = [1, 2].map((i) => makeDoc({ url: `https://a${i}.example/acme`, title: "Acme outage", body: fibre, publishedAt: "2024-05-20T12:00:00Z", failed: ["Acme"], times: at("2024-05-20") }));
  const expired = [1, 2].map((i) => makeDoc({ url: `https://z${i}.example/acme`, title: "Acme outage", body: certs, publishedAt: "2024-05-02T12:00:00Z", failed: ["Acme"], times: at("2024-05-02") }));
  const bodies = {
    en: "Acme's login gateway rejected every session token because its TLS certificate had expired; the certificate was renewed and sessions came back.",
    fr: "La passerelle de login d'Acme rejetait chaque session token : son certificate TLS avait expiré ; renouvelé, les sessions sont revenues.",
  };
  for (const lang of ["en", "fr"] as const) {
    const undated = makeDoc({ url: `https://m.example/undated-${lang}`, lang, title: "Acme outage", body: bodies[lang], publishedAt: null, outageDay: null, failed: ["Acme"] });
    const home = urlGroups(clusterDocuments([...cut, ...expired, undated])).find((g) => g.includes(undated.url))!;
    assert.ok(home.includes("https://z1.example/acme") && !home.includes("https://a1.example/acme"), `${lang}: ${JSON.stringify(home)}`);
  }
});

test("undated reports left by every dated group are grouped among themselves only at the undated floor: two apps of one owner stay apart (en, fr)", () => {
  // nothing dated to join; the two share only their owner (Meta), which at the average-link
  // threshold would be enough, but with no day on either side it is no sign of one outage
  for (const [lang, a, b] of [
    ["en", "Instagram stops loading photos for many users", "WhatsApp messages stuck on one grey tick"],
    ["fr", "Instagram ne charge plus les photos", "Les messages WhatsApp restent bloqués"],
  ] as const) {
    const insta = makeDoc({ url: `https://u1.example/${lang}`, lang, title: a, publishedAt: null, outageDay: null, failed: ["Instagram"] });
    const whats = makeDoc({ url: `https://u2.example/${lang}`, lang, title: b, publishedAt: null, outageDay: null, failed: ["WhatsApp"] });
    assert.deepEqual(urlGroups(clusterDocuments([insta, whats])), [[insta.url], [whats.url]], lang);
    // two undated reports of the same app still group
    const again = makeDoc({ url: `https://u3.example/${lang}`, lang, title: a, publishedAt: null, outageDay: null, failed: ["Instagram"] });
    assert.deepEqual(urlGroups(clusterDocuments([insta, again])), [[insta.url, again.url]], lang);
  }
});
