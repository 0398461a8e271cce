// The uncached cost of one search: searchAll on many distinct queries, in-process, on the bench DB.
import { performance } from "node:perf_hooks";
import { searchAll } from "../../lib/search/search-all";
import { closeSearchConnection } from "../../lib/search/search-connection";
import { searchParamsSchema } from "../../lib/search/search-params";

const WORDS = ["panne", "pannes", "serveurs", "Meta", "outage", "users", "restored", "DNS", "configuration", "Azure", "WhatsApp", "réseaux",
  "coupure", "update", "engineers", "Google", "Cloudflare", "données", "rétabli", "login", "status", "Europe", "X", "Spotify", "ChatGPT"];

/** p50/p99/max milliseconds of searchAll over `n` generated one- to three-word queries (some with
 * filters), on the database DATABASE_URL names. */
export async function measureSearch(n: number): Promise<{ queries: number; p50: number; p99: number; max: number }> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const words = Array.from({ length: 1 + (i % 3) }, (_, k) => WORDS[(i * 7 + k * 13) % WORDS.length]);
    const raw: Record<string, string> = { q: words.join(" "), page: String(1 + (i % 4)) };
    if (i % 5 === 0) raw.lang = i % 10 === 0 ? "fr" : "en";
    if (i % 7 === 0) raw.from = "2024-01-01";
    const p = searchParamsSchema.parse(raw);
    const t0 = performance.now();
    await searchAll(p);
    times.push(performance.now() - t0);
  }
  closeSearchConnection();
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { queries: n, p50: at(0.5), p99: at(0.99), max: times[times.length - 1] };
}
