// `npm run train`: fits the detection model and the cause classifier on ../shared/corpus/train +
// dev and writes lib/extract/data/outage-model.json. Deterministic: the same corpus gives the same file.
import fs from "node:fs";
import path from "node:path";
import { fitModel, modelExample } from "../lib/extract/model/fit-model";
import { FIT_SETTINGS } from "../lib/extract/model/fit-settings";
import { readLabelled } from "./corpus-labels";
import { ownContentOnly, ownRegions, ownShortExamples, ownWeight } from "./own-short-items";
import { modelJson } from "./model-json";

const args = process.argv.slice(2);
const out = path.resolve(process.cwd(), args.find((a, i) => !a.startsWith("--") && !["--own-weight", "--own-regions"].includes(args[i - 1])) ?? "lib/extract/data/outage-model.json");
const labelled = readLabelled();
// --own-items: detection's words also learn from the own short items (scripts/own-short-items.ts)
const own = args.includes("--own-items") ? ownShortExamples(ownWeight(args), ownRegions(args), ownContentOnly(args)) : [];
const model = fitModel([...labelled.map(modelExample), ...own], FIT_SETTINGS);
fs.writeFileSync(out, modelJson(model));
const size = (m: { weights: Record<string, number> }) => Object.keys(m.weights).length;
console.log(`train: ${labelled.length} articles; detection ${size(model.detect)} weights, causes ${Object.entries(model.cause.classes).map(([c, m]) => `${c} ${size(m!)}`).join(", ")} → ${path.relative(process.cwd(), out)}`);
