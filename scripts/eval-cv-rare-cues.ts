// `npm run eval:cv:rare-cues [-- --list]`: eval:cv with every cause-cue phrase and pattern met in at
// most one corpus article removed first. A phrase written after reading one article may be a general wording
// or a copy of that article; an unseen article will not use its exact words either way, so CV with
// those phrases gone is the figure that predicts unseen articles, and the gap between the two
// figures is how much the CV figure owes to single-article phrases. The lists are emptied of those
// phrases before the extraction code is loaded (it compiles them once, at load), so the same
// eval-cv code runs on the reduced lists. `--list` prints the phrases removed.
import { compileCues } from "../lib/extract/compile-cues";
import { CAUSE_CUES, CAUSE_PATTERNS, NETWORK_TROUBLE_CUES, RELEASE_CUES, THIRD_PARTY_CUES } from "../lib/extract/data/cause-cues";
import { compileLemmaCues } from "../lib/extract/compile-lemma-cues";
import { makeTextView } from "../lib/extract/text-view";
import { readLabelled } from "./corpus-labels";

// the words that name a mechanism or a supplier: what the classifier reads and the robustness is about
const LISTS: Record<string, string[]> = {
  ...Object.fromEntries(Object.entries(CAUSE_CUES)),
  "third-party": THIRD_PARTY_CUES,
  "network-trouble": NETWORK_TROUBLE_CUES,
  releases: RELEASE_CUES,
};

const texts = readLabelled().map((a) => makeTextView(a.doc.title, a.doc.text).folded);
// in how many articles a cue is met, counted as extraction matches it (letter for letter or as word
// families), up to 2
const articlesOf = (found: (t: string) => boolean) => texts.reduce((n, t) => (n > 1 ? n : n + Number(found(t))), 0);
const removed: string[] = [];
for (const [name, list] of Object.entries(LISTS)) {
  const kept = list.filter((phrase) => {
    const re = compileCues([phrase], "");
    const lemmas = compileLemmaCues([phrase]);
    const articles = articlesOf((t) => re.test(t) || lemmas(t).length > 0);
    if (articles <= 1) removed.push(`${name}: ${phrase} (${articles})`);
    return articles > 1;
  });
  list.splice(0, list.length, ...kept);
}
// the patterns beside the lists (trouble in the code, a change to the network...), each as one cue
for (const [name, patterns] of Object.entries(CAUSE_PATTERNS)) {
  const kept = patterns.filter((re) => {
    const articles = articlesOf((t) => new RegExp(re.source).test(t));
    if (articles <= 1) removed.push(`${name}: /${re.source.slice(0, 60)}.../ (${articles})`);
    return articles > 1;
  });
  patterns.splice(0, patterns.length, ...kept);
}
console.log(`eval:cv without the ${removed.length} cause-cue phrases and patterns met in at most one corpus article`);
if (process.argv.includes("--list")) for (const r of removed) console.log(`  ${r}`);
await import("./eval-cv");
