// The worker side of extractWithBudget: extracts the documents it is sent, one at a time.
import { parentPort } from "node:worker_threads";
import { extractArticle } from "../extract/extract-article";
import type { DocumentForExtraction } from "../domain/types";

parentPort?.on("message", (doc: DocumentForExtraction) => {
  try {
    parentPort?.postMessage({ ok: true, facts: extractArticle(doc) });
  } catch (e) {
    parentPort?.postMessage({ ok: false, error: (e as Error).message });
  }
});
parentPort?.postMessage({ ready: true });
