// Writes the fixture incidents, documents, sources and redirects straight into a throwaway
// database with the Prisma client (fallback when the demo server + ingest path is unavailable),
// on either backend (a URL from test/helpers/test-database.ts).
import { closeDb, getDb } from "../../../lib/db/client";
import { seedIncidents, seedRedirects, seedSources } from "./seed-data";

/** Creates and fills the database at `url` (SQLite or PostgreSQL), then closes the connection. */
export async function seedSiteDb(url: string): Promise<void> {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    const db = getDb();
    const sources = new Map<string, number>();
    for (const s of seedSources) {
      const row = await db.source.create({ data: { ...s, lastFetchedAt: new Date("2026-01-15T09:00:00Z"), official: s.kind === "statuspage" } });
      if (s.name) sources.set(s.name, row.id);
    }
    for (const { incident: inc, docs } of seedIncidents) {
      const row = await db.incident.create({
        data: {
          slug: inc.slug, key: inc.slug, titleEn: inc.title, titleFr: inc.titleFr, services: JSON.stringify(inc.services),
          startedAt: inc.startedAt ? new Date(inc.startedAt) : null, endedAt: inc.endedAt ? new Date(inc.endedAt) : null,
          durationMinutes: inc.durationMinutes, status: inc.status, causeCategory: inc.cause?.category ?? null,
          causeSummary: inc.cause?.summary ?? null, causeStatus: inc.cause?.status ?? null, detail: JSON.stringify({ ...inc, documents: docs }),
          serviceLinks: { create: inc.services.map((service) => ({ service, day: (inc.startedAt ?? "").slice(0, 10) || "unknown" })) },
        },
      });
      for (const d of docs) {
        if (d.source && !sources.has(d.source)) {
          const extra = await db.source.create({ data: { url: `https://sources.example.net/${sources.size}`, name: d.source, kind: d.kind === "news" ? "feed" : "statuspage" } });
          sources.set(d.source, extra.id);
        }
        await db.document.create({
          data: {
            url: d.url, title: d.title, lang: d.lang, kind: d.kind, publishedAt: d.publishedAt ? new Date(d.publishedAt) : null,
            contentHash: `seed-${d.url}`, incidentId: row.id, sourceId: (d.source && sources.get(d.source)) || null, text: d.title,
          },
        });
      }
    }
    for (const r of seedRedirects) await db.slugRedirect.create({ data: r });
  } finally {
    await closeDb();
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
  }
}
