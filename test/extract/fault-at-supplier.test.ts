import { test } from "node:test";
import assert from "node:assert/strict";
import { outageFacts } from "./article-helpers";

const categories = (title: string, text: string, lang: "fr" | "en") => outageFacts(title, text, { lang }).causes.map((c) => c.category);

test("a fault of a named kind at one of the operator's suppliers is a third-party cause (en)", () => {
  const a = categories("Zorvex texts fail", "Zorvex text messages failed to arrive for four hours. The outage was caused by a routing failure at one of its carrier partners, the company said.", "en");
  assert.ok(a.includes("third-party") && !a.includes("network-bgp-dns"), a.join());
  const b = categories("Acme Pay down", "Acme Pay was unavailable on Tuesday morning. Acme blamed a power fault at its hosting provider for the outage.", "en");
  assert.ok(b.includes("third-party") && !b.includes("hardware-or-datacenter"), b.join());
  const c = categories("Acme down", "Acme was down for two hours. The disruption was caused by a DNS resolution failure at Acme's cloud provider.", "en");
  assert.ok(c.includes("third-party") && !c.includes("network-bgp-dns"), c.join());
});

test("a fault of a named kind chez a supplier is a third-party cause (fr)", () => {
  const a = categories("Panne chez Zorvex", "Les SMS de Zorvex n'arrivaient plus jeudi. Selon l'entreprise, la panne est due à un défaut de routage chez un opérateur partenaire.", "fr");
  assert.ok(a.includes("third-party") && !a.includes("network-bgp-dns"), a.join());
  const b = categories("Banque Lumière en panne", "Le site de Banque Lumière est resté inaccessible mardi. La panne a été provoquée par une panne électrique chez son hébergeur, a indiqué la banque.", "fr");
  assert.ok(b.includes("third-party") && !b.includes("hardware-or-datacenter"), b.join());
  const c = categories("Panne de Zorvex", "Zorvex a été indisponible trois heures. L'incident est dû à une coupure de courant chez l'un de ses prestataires.", "fr");
  assert.ok(c.includes("third-party") && !c.includes("hardware-or-datacenter"), c.join());
});

test("a fault at the operator's own site or at the operator itself keeps its kind (fr, en)", () => {
  const a = categories("Zorvex outage", "Zorvex was down for three hours. The outage was caused by a routing failure at the company's data centre.", "en");
  assert.ok(a.includes("network-bgp-dns") && !a.includes("third-party"), a.join());
  const b = categories("Acme outage", "Acme was offline on Monday. A power failure at its own data centre in Leeds caused the outage.", "en");
  assert.ok(b.includes("hardware-or-datacenter") && !b.includes("third-party"), b.join());
  const c = categories("Panne chez Zorvex", "Le réseau de Zorvex était coupé mardi. La panne est due à un défaut de routage chez l'opérateur, qui a rétabli le service à midi.", "fr");
  assert.ok(c.includes("network-bgp-dns") && !c.includes("third-party"), c.join());
  const d = categories("Panne de Banque Lumière", "Banque Lumière était inaccessible lundi. Une panne électrique dans son centre de données est à l'origine de l'incident.", "fr");
  assert.ok(d.includes("hardware-or-datacenter") && !d.includes("third-party"), d.join());
});

test("a denied fault at a supplier is no cause (en)", () => {
  const a = categories("Zorvex outage", "Zorvex was down for an hour. The company said the outage was not caused by a routing failure at one of its carrier partners but by a bug in its own code.", "en");
  assert.ok(!a.includes("third-party") && a.includes("software-bug"), a.join());
});
