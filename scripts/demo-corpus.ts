// npm run eval:demo — a second labelled set for the evaluation loop: the demo articles (our own
// words, never tuned on the dev corpus' sentences) written out in the corpus format, then scored by
// ../shared/eval/eval-loop.sh. Only clustering and detection are meaningful here: the demo labels
// say which outage an article is about, not its times, cause or services (left null; the scorer
// prints n/a for them).
//   tsx scripts/demo-corpus.ts DIR
import fs from "node:fs";
import path from "node:path";

type DemoArticle = { id: string; outage: string | null; outlet: string; lang: string; publishedAt: string; title: string; paragraphs: string[] };
type Outlet = { slug: string; name: string };

const dir = process.argv[2];
if (!dir) {
  console.error("usage: tsx scripts/demo-corpus.ts DIR");
  process.exit(2);
}
const read = <T>(f: string): T => JSON.parse(fs.readFileSync(path.join("demo", f), "utf8")) as T;
const { articles } = read<{ articles: DemoArticle[] }>("articles.json");
const { outlets } = read<{ outlets: Outlet[] }>("outlets.json");
const outletName = new Map(outlets.map((o) => [o.slug, o.name]));

fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "articles.jsonl"), articles.map((a) => JSON.stringify({
  id: a.id, url: `https://demo.example/${a.outlet}/${a.id}`, lang: a.lang, source: outletName.get(a.outlet) ?? a.outlet,
  published_at: a.publishedAt, title: a.title, text: a.paragraphs.join("\n\n"), incident: a.outage, kind: "news",
})).join("\n") + "\n");
const outages = [...new Set(articles.map((a) => a.outage).filter((o): o is string => o !== null))];
fs.writeFileSync(path.join(dir, "incidents.json"), JSON.stringify(outages.map((id) => ({
  id, title_en: id, services: [], start_utc: null, end_utc: null, duration_minutes: null, cause_category: null,
})), null, 1));
console.error(`demo-corpus: ${articles.length} articles, ${outages.length} outages → ${dir}`);
