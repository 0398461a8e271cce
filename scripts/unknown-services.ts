// `npx tsx scripts/unknown-services.ts [CORPUS_DIR...] [--each]`: how the project names a service
// its catalogue does not know. Each labelled failed service the catalogue knows is renamed, in its
// incident's articles, to a brand no catalogue holds ("Zorvex": every alias, old name and
// capitalised form replaced), and each renamed outage article is named as an incident of that one
// article would be (rankServices): the share naming the brand is how often the general reading
// finds an unknown failed service; the unknown names said failed other than the brand are its
// misreadings. Leave-service-out without a second catalogue: the rules stay as they are.
import fs from "node:fs";
import path from "node:path";
import { SERVICES, type ServiceEntry } from "../lib/extract/data/services";
import { extractArticle } from "../lib/extract/extract-article";
import { foldText } from "../lib/text/fold-text";
import { rankServices } from "../lib/timeline/rank-services";
import type { ExtractedDocument } from "../lib/domain/types";
import { corpusDocument, readCorpus } from "./corpus-documents";
import { escapeRegExp } from "../lib/text/escape-reg-exp";

const BRAND = "Zorvex";
const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith("--"));
const corpora = dirs.length > 0 ? dirs : ["../shared/corpus/train", "../shared/corpus/dev"];
const named = new Set(SERVICES.map((s) => s.name));

/** The text with every name of `entry` replaced by the brand (folded aliases, exact-case names). */
function renamer(entry: ServiceEntry): (text: string) => string {
  const folded = [...new Set([foldText(entry.name), ...entry.aliases, ...(entry.formerNames ?? []).map((f) => foldText(f.name))])].filter((a) => a.length > 1);
  const any = (names: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const byFold = any(folded);
  const byCase = entry.exactCase?.length ? any([...entry.exactCase]) : null;
  return (text) => {
    // folding keeps lengths, so a match in the folded text is the same span of the original
    const spans = [...foldText(text).matchAll(byFold), ...(byCase ? text.matchAll(byCase) : [])].map((m) => [m.index, m.index + m[0].length] as const);
    let out = text;
    let last = Infinity;
    for (const [s, e] of spans.sort((a, b) => b[0] - a[0])) if (e <= last) [out, last] = [out.slice(0, s) + BRAND + out.slice(e), s];
    return out;
  };
}

let articles = 0, found = 0, misread = 0;
for (const dir of corpora) {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, "incidents.json"), "utf8")) as { id: string; services?: string[] }[];
  const corpus = readCorpus(dir);
  for (const g of gold)
    for (const label of g.services ?? []) {
      const entry = SERVICES.find((s) => foldText(s.name) === foldText(label));
      if (!entry) continue;
      const rename = renamer(entry);
      let n = 0, k = 0;
      for (const a of corpus.filter((x) => x.incident === g.id)) {
        const title = a.title === null ? null : rename(a.title);
        const text = rename(a.text);
        if (!`${title ?? ""} ${text}`.includes(BRAND)) continue;
        const facts = extractArticle(corpusDocument({ ...a, title, text }));
        if (!facts.isOutage) continue;
        const doc: ExtractedDocument = { id: 1, url: a.url, title: title ?? "", kind: "news", lang: facts.lang, publishedAt: null, sourceName: a.source, facts };
        n++;
        if (rankServices([doc]).services.includes(BRAND)) k++;
        // an unknown name read as failed (its own owner; a national network of a known group is not one)
        misread += facts.services.filter((s) => s.role === "failed" && s.company === s.name && s.name !== BRAND && !named.has(s.name)).length;
      }
      articles += n;
      found += k;
      if (n > 0 && args.includes("--each")) console.log(`${g.id} ${label}: ${k}/${n}`);
    }
}
console.log(`renamed to an unknown brand: named as the failed service in ${found}/${articles} outage articles (${(found / articles).toFixed(3)}); other unknown names said failed: ${misread}`);
