// The cause tables' one check: each case read as one outage report, its cause picked as an
// incident would pick it, and compared with the expected category (or any of several) and status.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { CauseCategory, CauseStatus } from "../../../lib/domain/types";
import { causeCasePick, type Case } from "./cases-helpers";

// `cause`: the category kept, or any of several when the labels would accept either (a lapsed domain is
// both a setting left to run out and a domain problem); `title`: the case's own title, else a plain one
export type CauseCase = Case & { cause: CauseCategory | CauseCategory[] | null; status?: CauseStatus; title?: string };

/** One test per case, named by the label, the language and the text. */
export function checkCauseCases(cases: CauseCase[], label: string): void {
  for (const c of cases) {
    test(`${label} (${c.lang}): ${c.title ? `${c.title} / ` : ""}${c.text}`, () => {
      const got = causeCasePick(c, c.title);
      const all = `${got?.category}/${got?.status} (superseded: ${got?.superseded?.map((s) => `${s.category}/${s.status}`).join(", ") ?? "-"})`;
      if (Array.isArray(c.cause)) assert.ok(got && c.cause.includes(got.category), all);
      else assert.equal(got?.category ?? null, c.cause, all);
      if (c.status) assert.equal(got?.status, c.status, all);
    });
  }
}
