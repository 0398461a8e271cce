// Next's page and data cache (ISR pages, unstable_cache entries), kept in this server's memory.
// Why not Next's default on-disk cache: cached pages would then outlive the process and the
// database they were rendered from (a server restarted on another DATABASE_URL, the tests' many
// databases under one build) and be served as current. Here a restart starts empty, and an LRU
// bounded in bytes (PAGE_CACHE_MB, default 256) keeps memory flat however many pages are read.
import { LRUCache } from "lru-cache";

const MB = 1024 * 1024;
const maxSize = Math.max(1, Number(process.env.PAGE_CACHE_MB) || 256) * MB;

/** Approximate bytes of a cached value: its HTML, page data or payload. */
function sizeOf(entry) {
  const v = entry.value;
  if (!v) return 64;
  const text = (x) => (typeof x === "string" ? x.length : x && typeof x.length === "number" ? x.length : x ? JSON.stringify(x).length : 0);
  try {
    if (v.kind === "PAGES" || v.kind === "APP_PAGE") return 64 + text(v.html) + text(v.pageData) + text(v.rscData);
    if (v.kind === "APP_ROUTE") return 64 + text(v.body);
    return 64 + JSON.stringify(v).length;
  } catch {
    return 4096; // a value we cannot measure (a stream): counted as a typical page
  }
}

const store = new LRUCache({ maxSize, sizeCalculation: (e) => Math.max(1, sizeOf(e)) });

export default class MemoryCacheHandler {
  constructor(options) {
    this.options = options;
  }

  async get(key) {
    return store.get(key) ?? null;
  }

  async set(key, data, ctx) {
    if (data === null) return void store.delete(key);
    store.set(key, { value: data, lastModified: Date.now(), tags: ctx?.tags ?? [] });
  }

  async revalidateTag(tags) {
    const wanted = new Set([tags].flat());
    for (const [key, entry] of store.entries()) if (entry.tags.some((t) => wanted.has(t))) store.delete(key);
  }

  resetRequestCache() {}
}
