// Fixture incidents for the site's tests, written in our own words (not corpus text), plus one
// incident whose every text field carries a browser payload (issue 5: untrusted text in the browser).
import type { IncidentExport } from "../../../lib/domain/types";

export const PAYLOAD_SLUG = "2025-06-12-payload-service";
const P = {
  script: "<script>window.__pwned='script'</script>",
  img: `<img src=x onerror="window.__pwned='img'">`,
  svg: `<svg onload="window.__pwned='svg'"></svg>`,
  close: `</script><script>window.__pwned='jsonld'</script>`,
};

const meta = (url: string, title: string, lang: string, publishedAt: string, source: string, kind: IncidentExport["documents"][number]["kind"] = "news") =>
  ({ url, title, lang, publishedAt, kind, source });

const fb: IncidentExport = {
  slug: "2021-10-04-facebook-instagram-whatsapp",
  title: "Facebook, Instagram and WhatsApp outage",
  titleFr: "Panne de Facebook, Instagram et WhatsApp",
  services: ["Facebook", "Instagram", "WhatsApp"],
  startedAt: "2021-10-04T15:39:00Z", endedAt: "2021-10-04T22:05:00Z", durationMinutes: 386, status: "resolved",
  cause: { category: "network-bgp-dns", status: "confirmed", summary: "A faulty configuration change withdrew the routes to the company's DNS servers.", sources: ["https://engineering.example.com/outage-details"] },
  timeline: [
    { at: "2021-10-04T15:39:00Z", precision: "minute", kind: "start", text: "Users start reporting that the apps no longer load.", sources: ["https://news.example.org/apps-down", "https://journal.example.fr/panne-geante"] },
    { at: "2021-10-04T16:10:00Z", precision: "minute", kind: "acknowledgement", text: "The company says it is aware of access problems.", sources: ["https://status.example.com/update-1"] },
    { at: "2021-10-04T21:20:00Z", precision: "minute", kind: "partial-recovery", text: "Service comes back for some users.", sources: ["https://news.example.org/apps-back"] },
    { at: "2021-10-04T22:05:00Z", precision: "minute", kind: "recovery", text: "Service is restored for most users.", sources: ["https://journal.example.fr/retour-progressif"] },
    { at: "2021-10-05T09:00:00Z", precision: "hour", kind: "postmortem", text: "An engineering post explains the cause.", sources: ["https://engineering.example.com/outage-details"] },
  ],
  conflicts: [{ field: "duration", values: [{ value: 386, sources: ["https://news.example.org/apps-back"] }, { value: 360, sources: ["https://journal.example.fr/panne-geante"] }], chosen: 386, why: "Computed from the start and end times reported by several sources." }],
  statements: [{ quote: "We sincerely apologise to everyone affected.", speaker: "Santosh Example", role: "vice president", organisation: "Meta", official: true, source: "https://engineering.example.com/outage-details" }],
  reactions: [{ kind: "rival-post", who: "Twitter", text: "Hello literally everyone.", source: "https://news.example.org/apps-down" }],
  impacts: [{ kind: "reports-count", value: 10600000, label: null, source: "https://news.example.org/apps-down" }],
  documents: [],
};

const fb2: IncidentExport = {
  ...fb, slug: "2024-03-05-facebook-instagram", title: "Facebook and Instagram login outage", titleFr: "Panne de connexion Facebook et Instagram",
  services: ["Facebook", "Instagram"], startedAt: "2024-03-05T15:00:00Z", endedAt: "2024-03-05T17:00:00Z", durationMinutes: 120,
  cause: { category: "config-change", status: "reported", summary: "A technical issue with logins, according to the company.", sources: [] },
  timeline: [
    { at: "2024-03-05T15:00:00Z", precision: "minute", kind: "first-reports", text: "Users are logged out.", sources: ["https://journal.example.fr/deconnexions"] },
    { at: "2024-03-05T17:00:00Z", precision: "minute", kind: "recovery", text: "Logins work again.", sources: ["https://news.example.org/logins-back"] },
  ],
  conflicts: [], statements: [], reactions: [], impacts: [],
};

const x: IncidentExport = {
  ...fb2, slug: "2026-01-15-x", title: "X outage", titleFr: "Panne de X", services: ["X"], startedAt: "2026-01-15T08:10:00Z", endedAt: null,
  durationMinutes: null, status: "ongoing", cause: { category: "cyberattack", status: "speculated", summary: "Some users blame a cyberattack; nothing confirms it.", sources: [] },
  timeline: [{ at: "2026-01-15T08:10:00Z", precision: "minute", kind: "first-reports", text: "Timelines fail to load.", sources: ["https://news.example.org/x-down"] }],
};

const gcp: IncidentExport = {
  ...fb2, slug: "2025-06-12-google-cloud", title: "Google Cloud outage", titleFr: "Panne de Google Cloud", services: ["Google Cloud", "Spotify"],
  startedAt: "2025-06-12T17:50:00Z", endedAt: "2025-06-13T01:20:00Z", durationMinutes: 450,
  cause: { category: "software-bug", status: "confirmed", summary: "A null pointer in a new quota policy check crashed a control-plane service.", sources: [] },
  timeline: [{ at: "2025-06-12T17:50:00Z", precision: "minute", kind: "start", text: "Many APIs return errors.", sources: ["https://status.example.com/gcp"] }],
};

const payload: IncidentExport = {
  slug: PAYLOAD_SLUG, title: `Payload ${P.script} outage`, titleFr: `Panne ${P.img}`, services: ["Payload Service"],
  startedAt: "2025-06-12T10:00:00Z", endedAt: "2025-06-12T11:00:00Z", durationMinutes: 60, status: "resolved",
  cause: { category: "unknown", status: "reported", summary: `Cause ${P.svg} ${P.close}`, sources: ["javascript:window.__pwned='cause'"] },
  timeline: [
    { at: "2025-06-12T10:00:00Z", precision: "minute", kind: "start", text: `Start ${P.close}`, sources: ["javascript:window.__pwned='link'", "https://evil.example.net/a"] },
    { at: "2025-06-12T11:00:00Z", precision: "minute", kind: "recovery", text: `End ${P.img}`, sources: ["data:text/html,<script>window.__pwned='data'</script>"] },
    // the page shows its own words for named moments (start, recovery) and the sources' for these
    { at: "2025-06-12T11:30:00Z", precision: "minute", kind: "reaction", text: `Reaction ${P.close}`, sources: ["https://evil.example.net/b"] },
  ],
  conflicts: [], statements: [{ quote: `Quote ${P.svg}`, speaker: P.script, role: null, organisation: null, official: false, source: "javascript:window.__pwned='quote'" }],
  reactions: [{ kind: "other", who: P.img, text: P.close, source: "https://evil.example.net/b" }], impacts: [], documents: [],
};

export const seedIncidents: { incident: IncidentExport; docs: IncidentExport["documents"] }[] = [
  { incident: fb, docs: [
    meta("https://news.example.org/apps-down", "Facebook, Instagram and WhatsApp are down", "en", "2021-10-04T16:00:00Z", "Example News"),
    meta("https://news.example.org/apps-back", "Apps are coming back", "en", "2021-10-04T21:40:00Z", "Example News"),
    meta("https://journal.example.fr/panne-geante", "Panne géante des réseaux sociaux", "fr", "2021-10-04T17:30:00Z", "Le Journal Exemple"),
    meta("https://journal.example.fr/retour-progressif", "Retour progressif des services", "fr", "2021-10-04T22:30:00Z", "Le Journal Exemple"),
    meta("https://engineering.example.com/outage-details", "More details about the October 4 outage", "en", "2021-10-05T09:00:00Z", "Meta Engineering", "official"),
    meta("https://status.example.com/update-1", "We're aware of access problems", "en", "2021-10-04T16:10:00Z", "Meta Status", "status"),
  ] },
  { incident: fb2, docs: [
    meta("https://journal.example.fr/deconnexions", "Déconnexions en série", "fr", "2024-03-05T15:40:00Z", "Le Journal Exemple"),
    meta("https://news.example.org/logins-back", "Logins are back", "en", "2024-03-05T17:20:00Z", "Example News"),
  ] },
  { incident: x, docs: [meta("https://news.example.org/x-down", "X is down for many users", "en", "2026-01-15T08:30:00Z", "Example News")] },
  { incident: gcp, docs: [meta("https://status.example.com/gcp", "Multiple services impacted", "en", "2025-06-12T18:10:00Z", "Cloud Status", "status")] },
  { incident: payload, docs: [
    meta("javascript:window.__pwned='doc'", `Doc ${P.script}`, "en", "2025-06-12T10:30:00Z", `Outlet ${P.img}`),
    meta("https://evil.example.net/a", `Title ${P.svg}`, "fr", "2025-06-12T10:40:00Z", `"><script>window.__pwned='attr'</script>`),
  ] },
];

export const seedSources = [
  { url: "https://news.example.org/feed.xml", name: "Example News", kind: "feed", lang: "en", lastStatus: 200, consecutiveFailures: 0, lastError: null },
  { url: "https://journal.example.fr/rss", name: "Le Journal Exemple", kind: "feed", lang: "fr", lastStatus: 200, consecutiveFailures: 0, lastError: null },
  { url: "https://status.example.com/history.atom", name: "Meta Status", kind: "statuspage", lang: "en", lastStatus: 503, consecutiveFailures: 3, lastError: `fetcher: HTTP 503 ${P.script}` },
  { url: "javascript:window.__pwned='source'", name: `Bad ${P.img}`, kind: "page", lang: null, lastStatus: null, consecutiveFailures: 1, lastError: "fetcher: unsupported URL scheme" },
];

export const seedRedirects = [{ fromSlug: "2021-10-04-facebook", toSlug: fb.slug }];
