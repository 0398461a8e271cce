// The labelled corpora (../shared/corpus/train and dev) as documents with their labels, for
// `npm run train` and `npm run eval:cv`.
import fs from "node:fs";
import path from "node:path";
import type { CauseCategory } from "../lib/domain/types";
import type { LabelledDocument } from "../lib/extract/model/fit-model";
import { corpusDocument, readCorpus } from "./corpus-documents";

export const CORPORA = ["train", "dev"].map((c) => path.resolve(process.cwd(), "../shared/corpus", c));

export interface LabelledArticle extends LabelledDocument {
  id: string;
  lang: "fr" | "en";
  services: string[]; // the services its incident's label names (none for a non-outage article)
}

/** Every article of the corpora, in file order, with its incident's accepted cause categories. */
export function readLabelled(dirs: string[] = CORPORA): LabelledArticle[] {
  const out: LabelledArticle[] = [];
  for (const dir of dirs) {
    const incidents = JSON.parse(fs.readFileSync(path.join(dir, "incidents.json"), "utf8")) as { id: string; cause_category: string | string[] | null; services?: string[] }[];
    const causes = new Map(incidents.map((i) => [i.id, ([] as string[]).concat(i.cause_category ?? "unknown") as CauseCategory[]]));
    const services = new Map(incidents.map((i) => [i.id, i.services ?? []]));
    for (const a of readCorpus(dir)) {
      const doc = corpusDocument(a);
      out.push({
        id: a.id, doc, lang: a.lang === "fr" ? "fr" : "en",
        group: a.incident ?? `article:${a.id}`, outage: a.incident !== null, causes: a.incident ? causes.get(a.incident) ?? ["unknown"] : [],
        services: a.incident ? services.get(a.incident) ?? [] : [],
      });
    }
  }
  return out;
}
