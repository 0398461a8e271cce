// Synthetic but realistic bench data for bench:http: incidents with timelines and French/English
// articles, written through lib/db on SQLite or PostgreSQL (the search triggers index them as ingest would).
import { chunks } from "../../lib/db/chunk-keys";
import { getDb } from "../../lib/db/client";

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

const CHUNK = 500; // rows per INSERT: under SQLite's and PostgreSQL's limits on bound values

/** Writes `incidents` incidents and `documents` articles (about documents/incidents per incident)
 * into the empty database DATABASE_URL names, through the project's Prisma client (either backend). */
export async function writeBenchCorpus(incidents: number, documents: number): Promise<string[]> {
  const db = getDb();
  const now = Date.parse("2026-01-01T00:00:00Z");
  await db.source.createMany({ data: Array.from({ length: 20 }, (_, i) => ({ url: `https://outlet${i}.example/feed`, name: `Outlet ${i}`, lang: i % 2 ? "fr" : "en", createdAt: new Date(now) })) });
  const sourceIds = (await db.source.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((s) => s.id);
  const rows = Array.from({ length: incidents }, (_, i) => {
    const services = [...new Set([pick(SERVICES), ...(rnd() < 0.3 ? [pick(SERVICES)] : [])])];
    const start = now - Math.floor(rnd() * 5 * 365 * 86400000);
    const minutes = 20 + Math.floor(rnd() * 600);
    const day = new Date(start).toISOString().slice(0, 10);
    const slug = `${day}-${services.map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-")).join("-")}-${i}`;
    const cause = pick(CAUSES);
    return { services, day, incident: { slug, key: slug, titleEn: `${services.join(", ")} outage`, titleFr: `Panne de ${services.join(", ")}`, services: JSON.stringify(services),
      startedAt: new Date(start), endedAt: new Date(start + minutes * 60000), durationMinutes: minutes, status: "resolved", causeCategory: cause,
      causeSummary: `Operators point to ${cause.replace(/-/g, " ")}.`, causeStatus: "reported", detail: incidentDetail(slug, services, start, start + minutes * 60000),
      createdAt: new Date(now), updatedAt: new Date(now) } };
  });
  for (const part of chunks(rows, CHUNK)) await db.incident.createMany({ data: part.map((r) => r.incident) });
  const idOf = new Map((await db.incident.findMany({ select: { id: true, slug: true } })).map((r) => [r.slug, r.id]));
  const ids = rows.map((r) => idOf.get(r.incident.slug)!);
  const links = rows.flatMap((r, i) => r.services.map((service) => ({ incidentId: ids[i], service, day: r.day })));
  for (const part of chunks(links, CHUNK)) await db.incidentService.createMany({ data: part });
  const docs = Array.from({ length: documents }, (_, d) => {
    const lang = rnd() < 0.5 ? "fr" : "en";
    const services = [pick(SERVICES), pick(SERVICES)];
    const title = lang === "fr" ? `Panne de ${services[0]} : ${pick(FR)} ${services[1]}` : `${services[0]} down: ${pick(EN)} ${services[1]}`;
    const published = new Date(now - Math.floor(rnd() * 5 * 365 * 86400000));
    return { url: `https://outlet${d % 20}.example/a/${d}`, kind: "news", lang, title, text: `${paragraph(lang, services)}\n\n${paragraph(lang, services)}`,
      publishedAt: published, fetchedAt: published, updatedAt: published, contentHash: `h${d}`, processedHash: `h${d}`, incidentId: ids[d % incidents], sourceId: sourceIds[d % 20] };
  });
  // the search triggers index each article as the ingest's writes would
  for (const part of chunks(docs, CHUNK)) await db.document.createMany({ data: part });
  return rows.map((r) => r.incident.slug);
}
