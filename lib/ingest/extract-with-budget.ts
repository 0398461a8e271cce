// A per-document time budget for extraction (issue 14). Extraction is synchronous, so a document
// that took too long could not be stopped from the same thread; it runs in a worker thread that is
// terminated when the budget is spent, and the document fails with a clear error. Extraction is
// linear in the text now; the budget is the guard for what a future pattern might get wrong.
import { Worker } from "node:worker_threads";
import type { ArticleFacts, DocumentForExtraction } from "../domain/types";

/** Far above any real article (tens of milliseconds; a 200,000-character text takes a few seconds). */
export const EXTRACT_BUDGET_MS = 60_000;

export class ExtractBudgetError extends Error {}

type Reply = { ready: true } | { ok: true; facts: ArticleFacts } | { ok: false; error: string };

/** Extracts documents one at a time in a worker, each within `budgetMs`; close() when done. */
export class BudgetedExtractor {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;

  constructor(private readonly budgetMs = EXTRACT_BUDGET_MS) {}

  private start(): Promise<void> {
    // The worker is TypeScript, as this file. Node 20 does not carry the --import loader of the CLI
    // or the test runner into worker threads, so the worker registers tsx itself, then loads it.
    const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
      .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./extract-worker.ts", import.meta.url).href)}); })`;
    const worker = new Worker(bootstrap, { eval: true });
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      worker.once("message", () => resolve());
      worker.once("error", reject);
    });
    return this.ready;
  }

  /** The document's facts; throws ExtractBudgetError when it takes longer than the budget. */
  async extract(doc: DocumentForExtraction): Promise<ArticleFacts> {
    if (!this.worker) await this.start();
    else await this.ready;
    const worker = this.worker!;
    return new Promise<ArticleFacts>((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners("message");
        this.worker = null; // the next document gets a fresh worker
        void worker.terminate();
        reject(new ExtractBudgetError(`extract: over the ${this.budgetMs / 1000} s per-document budget (${doc.text.length} characters)`));
      }, this.budgetMs);
      worker.once("message", (reply: Reply) => {
        clearTimeout(timer);
        if ("ready" in reply) return reject(new Error("extract: unexpected worker message"));
        if (reply.ok) resolve(reply.facts);
        else reject(new Error(reply.error));
      });
      worker.postMessage(doc);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
