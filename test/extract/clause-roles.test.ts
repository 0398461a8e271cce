// Role and partial cues describe the time of their own clause, not every time of the sentence.
import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";

const roles = (f: ReturnType<typeof facts>) =>
  Object.fromEntries(f.times.filter((t) => t.time.kind === "instant" && t.time.granularity === "minute").map((t) => [t.time.kind === "instant" ? t.time.utc.slice(11, 16) : "", t.role]));

test("'mostly' makes only its own clause partial; 'the first errors' after 'after the' is the start", () => {
  const f = facts(
    "Streamly outage",
    "Video calls were mostly working again by 13:10 UTC, and every region was back to normal at 15:45 UTC, nearly five hours after the first errors at 10:50 UTC.",
    { lang: "en", publishedAt: new Date("2025-03-10T18:00:00Z") },
  );
  assert.deepEqual(roles(f), { "13:10": "partial-recovery", "15:45": "recovery", "10:50": "start" }, JSON.stringify(f.times.map((t) => [t.role, t.time.phrase])));
});

test("« en grande partie » ne rend partiel que sa propre proposition", () => {
  const f = facts(
    "Panne de Streamly",
    "Les paiements étaient en grande partie rétablis vers 14 h 10, et tous les services étaient revenus à 16 h 30, près de six heures après les premières erreurs de 10 h 40.",
    { lang: "fr", publishedAt: new Date("2025-03-10T18:00:00Z") },
  );
  assert.deepEqual(roles(f), { "13:10": "partial-recovery", "15:30": "recovery", "09:40": "start" }, JSON.stringify(f.times.map((t) => [t.role, t.time.phrase])));
});
