// An operator's statement: the service in its title or its source's name is the one that failed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, roleOf } from "./article-helpers";

const text = "A maintenance script removed too many servers from our storage fleet. We are sorry for the disruption this caused. Our engineers added capacity back and requests recovered by 13:40 UTC.";

test("an official summary titled with its service makes that service failed (en)", () => {
  const f = facts("Summary of the Slack service event of March 3", `${text} Slack customers need take no action.`, { kind: "official", lang: "en" });
  assert.equal(f.isOutage, true);
  assert.equal(roleOf(f, "Slack"), "failed", JSON.stringify(f.services));
});

test("the source's name gives the operator's service (fr)", () => {
  const f = facts(
    "Retour sur l'incident du 3 mars",
    "Un script de maintenance a retiré trop de serveurs de notre parc. Nous présentons nos excuses pour la perturbation. Nos équipes ont rajouté de la capacité et le service est rétabli. Les clients de Slack n'ont rien à faire.",
    { kind: "official", lang: "fr", sourceName: "Slack Engineering" },
  );
  assert.equal(f.isOutage, true, `${f.outageScore} ${f.notOutageReason}`);
  assert.equal(roleOf(f, "Slack"), "failed", JSON.stringify(f.services));
});

test("press articles are unchanged: a service named only in the title without a failure word stays mentioned", () => {
  const f = facts("Summary of the Slack service event of March 3", `${text} Slack customers need take no action.`, { kind: "news", lang: "en" });
  assert.notEqual(roleOf(f, "Slack"), "failed");
});

test("an operator's post that names its service only in its source's name is about that service, not the technology that failed (en, fr)", () => {
  const en = facts("How a simple rollout caused a Kubernetes outage", `${text} Half of all requests failed until 23:44 UTC.`, { kind: "official", lang: "en", sourceName: "Pinterest Engineering Blog" });
  assert.equal(en.isOutage, true, `${en.outageScore} ${en.notOutageReason}`);
  assert.deepEqual(en.services.map((s) => `${s.name}:${s.role}`), ["Pinterest:failed"]);
  const fr = facts(
    "Retour sur la panne de notre base de données",
    "Un script de maintenance a retiré trop de serveurs de notre parc. Nous présentons nos excuses pour la perturbation. Nos équipes ont rajouté de la capacité et le service est rétabli.",
    { kind: "official", lang: "fr", sourceName: "Blog technique de Doctolib" },
  );
  assert.equal(roleOf(fr, "Doctolib"), "failed", JSON.stringify(fr.services));
  // a press article about the same is not given its outlet's name as a service
  const news = facts("How a simple rollout caused a Kubernetes outage", `${text}`, { kind: "news", lang: "en", sourceName: "Pinterest Engineering Blog" });
  assert.equal(roleOf(news, "Pinterest"), undefined);
});
