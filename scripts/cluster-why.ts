// `npm run eval:cluster -- --why`: for each gold incident split across groups, why each stray
// article did not join the group holding most of its incident: its pairs with that group's
// articles, by what decided them (a day or start veto, no shared service, or a score under the
// threshold), and the lost articles summed by main reason over the corpus.
import type { ExtractedDocument } from "../lib/domain/types";
import { documentFeatures, type DocumentFeatures } from "../lib/cluster/document-features";
import { similarityTerms } from "../lib/cluster/document-similarity";
import { PAIR_MODEL } from "../lib/cluster/document-similarity";

const DAY = 86_400_000;

/** Prints, per split gold incident, each stray article's reasons; returns lost articles by reason. */
export function explainSplits(groups: ExtractedDocument[][], label: Map<string, string | null>, idOf: Map<string, string>): Map<string, number> {
  const features = new Map<ExtractedDocument, DocumentFeatures>();
  const feat = (d: ExtractedDocument) => features.get(d) ?? features.set(d, documentFeatures(d)).get(d)!;
  const byIncident = new Map<string, ExtractedDocument[][]>();
  for (const g of groups) {
    const parts = new Map<string, ExtractedDocument[]>();
    for (const d of g) {
      const l = label.get(d.url);
      if (l) (parts.get(l) ?? parts.set(l, []).get(l)!).push(d);
    }
    for (const [l, docs] of parts) (byIncident.get(l) ?? byIncident.set(l, []).get(l)!).push(docs);
  }
  const lost = new Map<string, number>();
  for (const [incident, parts] of [...byIncident].sort()) {
    if (parts.length < 2) continue;
    parts.sort((x, y) => y.length - x.length);
    const main = parts[0];
    console.log(`WHY ${incident}: main group ${main.length}, strays ${parts.slice(1).map((p) => p.length).join("+")}`);
    for (const stray of parts.slice(1))
      for (const d of stray) {
        const a = feat(d);
        const counts = { start: 0, year: 0, repeat: 0, service: 0, score: 0 };
        let sum = 0, text = 0;
        for (const m of main) {
          const t = similarityTerms(a, feat(m));
          counts[t.decidedBy]++;
          if (t.score !== "never") sum += t.score;
          text = Math.max(text, t.features.get("text") ?? 0);
        }
        const reason = counts.repeat > 0 ? "repeat-veto" : counts.year > 0 ? "year-differs" : counts.start > main.length / 2 ? "start-contradicts" : counts.service === main.length ? "no-shared-service" : "low-score";
        lost.set(reason, (lost.get(reason) ?? 0) + 1);
        const day = a.day === null ? "-" : new Date(a.day * DAY).toISOString().slice(0, 10);
        // an undated article joins a group at the undated floor, not at the average-link threshold
        const bar = a.day === null || main.every((m) => feat(m).day === null) ? `${PAIR_MODEL.undatedFloor}, undated` : `${PAIR_MODEL.threshold}`;
        const pub = a.publishedDay === null ? "-" : new Date(a.publishedDay * DAY).toISOString().slice(0, 10);
        console.log(
          `   ${reason.padEnd(17)} day=${day}(${a.dayBasis ?? "-"}) pub=${pub} [${[...a.entities.keys()].join(",")}] ` +
            `starts contradict ${counts.start}, repeat vetoes ${counts.repeat}, no-service ${counts.service}, mean ${(sum / main.length).toFixed(2)} (<${bar}), best text ${text.toFixed(2)}  ${idOf.get(d.url)}`,
        );
      }
  }
  console.log(`WHY lost articles by reason: ${[...lost].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  return lost;
}
