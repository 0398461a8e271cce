// Synthetic but realistic bench data for bench:http: incidents with timelines and French/English
// articles, written with better-sqlite3 in one transaction (the FTS triggers index them as ingest would).
import Database from "better-sqlite3";

const SERVICES = ["Facebook", "Instagram", "WhatsApp", "Messenger", "X", "YouTube", "Gmail", "Google Cloud", "AWS", "Azure", "Microsoft 365",
  "Microsoft Teams", "Outlook", "Cloudflare", "Discord", "Slack", "Spotify", "TikTok", "Snapchat", "iCloud", "Twitch", "Orange", "Bouygues", "SFR", "Free", "ChatGPT"];
const CAUSES = ["network-bgp-dns", "config-change", "software-bug", "hardware-or-datacenter", "capacity-overload", "cyberattack", "third-party", "unknown"];
const EN = ["users reported errors when loading", "the service was unreachable for", "engineers rolled back a configuration change on", "a DNS failure took down",
  "millions of people could not log in to", "the company said it was investigating problems with", "service was gradually restored to", "outage maps showed spikes for",
  "a faulty update broke", "data centres serving Europe lost power, affecting", "the status page confirmed degraded performance of", "rival platforms joked about the outages of"];
const FR = ["des milliers d'utilisateurs signalent des pannes sur", "le service est resté inaccessible pendant plusieurs heures pour", "une mise à jour défectueuse a perturbé",
  "les serveurs de", "l'entreprise assure que ses équipes travaillent au rétablissement de", "une coupure géante a touché", "le réseau a été rétabli progressivement pour",
  "les internautes se sont tournés vers d'autres réseaux sociaux pendant la panne de", "une erreur de configuration des routeurs a privé de connexion", "les centres de données de"];

let seed = 42;
function rnd(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}
const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

function paragraph(lang: string, services: string[]): string {
  const phrases = lang === "fr" ? FR : EN;
  return Array.from({ length: 6 + Math.floor(rnd() * 6) }, () => `${pick(phrases)} ${pick(services)}.`).join(" ");
}

function incidentDetail(slug: string, services: string[], start: number, end: number): string {
  const at = (m: number) => new Date(start + m * 60000).toISOString();
  const timeline = [
    { at: at(0), precision: "minute", kind: "start", text: `First reports of problems with ${services.join(", ")}.`, sources: [] },
    { at: at(25), precision: "minute", kind: "acknowledgement", text: `${services[0]} acknowledged the issue on its status page.`, sources: [] },
    { at: new Date(end).toISOString(), precision: "minute", kind: "recovery", text: "Service restored for most users.", sources: [] },
  ];
  return JSON.stringify({ slug, timeline, conflicts: [], statements: [], reactions: [], impacts: [], documents: [] });
}

/** Writes `incidents` incidents and `documents` articles (about documents/incidents per incident) into a migrated file. */
export function writeBenchCorpus(file: string, incidents: number, documents: number): string[] {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const now = Date.parse("2026-01-01T00:00:00Z");
  const slugs: string[] = [];
  const insInc = db.prepare(`INSERT INTO Incident (slug, key, titleEn, titleFr, services, startedAt, endedAt, durationMinutes, status, causeCategory, causeSummary, causeStatus, detail, createdAt, updatedAt)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insSvc = db.prepare("INSERT INTO IncidentService (incidentId, service, day) VALUES (?, ?, ?)");
  const insDoc = db.prepare(`INSERT INTO Document (url, kind, lang, title, text, publishedAt, fetchedAt, updatedAt, contentHash, processedHash, incidentId, sourceId)
    VALUES (?, 'news', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    const sources = Array.from({ length: 20 }, (_, i) => Number(db.prepare("INSERT INTO Source (url, name, lang, createdAt) VALUES (?, ?, ?, ?)")
      .run(`https://outlet${i}.example/feed`, `Outlet ${i}`, i % 2 ? "fr" : "en", iso(now)).lastInsertRowid));
    for (let i = 0; i < incidents; i++) {
      const services = [...new Set([pick(SERVICES), ...(rnd() < 0.3 ? [pick(SERVICES)] : [])])];
      const start = now - Math.floor(rnd() * 5 * 365 * 86400000);
      const minutes = 20 + Math.floor(rnd() * 600);
      const day = new Date(start).toISOString().slice(0, 10);
      const slug = `${day}-${services.map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-")).join("-")}-${i}`;
      const cause = pick(CAUSES);
      const id = Number(insInc.run(slug, slug, `${services.join(", ")} outage`, `Panne de ${services.join(", ")}`, JSON.stringify(services), iso(start),
        iso(start + minutes * 60000), minutes, "resolved", cause, `Operators point to ${cause.replace(/-/g, " ")}.`, "reported",
        incidentDetail(slug, services, start, start + minutes * 60000), iso(now), iso(now)).lastInsertRowid);
      for (const s of services) insSvc.run(id, s, day);
      slugs.push(slug);
    }
    for (let d = 0; d < documents; d++) {
      const incidentId = 1 + (d % incidents);
      const lang = rnd() < 0.5 ? "fr" : "en";
      const services = [pick(SERVICES), pick(SERVICES)];
      const title = lang === "fr" ? `Panne de ${services[0]} : ${pick(FR)} ${services[1]}` : `${services[0]} down: ${pick(EN)} ${services[1]}`;
      const published = iso(now - Math.floor(rnd() * 5 * 365 * 86400000));
      insDoc.run(`https://outlet${d % 20}.example/a/${d}`, lang, title, `${paragraph(lang, services)}\n\n${paragraph(lang, services)}`, published, published,
        published, `h${d}`, `h${d}`, incidentId, sources[d % 20]);
    }
  })();
  db.close();
  return slugs;
}
