// Round six of the cause tables: the same mechanisms in the forms the press bends them into, the passive,
// a phrasal verb, a nominalisation ("due to a failure of the primary power feed"), inflections a single
// cue word did not reach ("une base de données surchargée"), a crowd as an avalanche, water in the
// machine rooms; with the look-alikes (users flooding social media). Written for these tests, not taken
// from the corpora.
import { checkCauseCases } from "./check-cause-cases";

checkCauseCases([
  { lang: "en", text: "It was due to a failure of the primary power feed.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "The outage was the result of the failure of several hard drives.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "The slowdown was caused by too much load on the login servers.", cause: "capacity-overload" },
  { lang: "en", text: "An avalanche of requests from a popular new feature brought the servers to their knees.", cause: "capacity-overload" },
  { lang: "en", text: "Heavy rain flooded the basement where the servers sit, causing the outage.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "The building housing the servers was flooded overnight, which caused the outage.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "L'application a été paralysée par une base de données surchargée.", cause: "capacity-overload" },
  { lang: "fr", text: "Trop de charge sur les serveurs de connexion a provoqué la panne.", cause: "capacity-overload" },
  { lang: "fr", text: "Une avalanche de requêtes liée à une nouvelle fonction a mis les serveurs à genoux.", cause: "capacity-overload" },
  { lang: "fr", text: "Le courant a été coupé dans le bâtiment, ce qui a fait tomber les serveurs.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "De fortes pluies ont inondé le sous-sol où se trouvent les serveurs, provoquant la panne.", cause: "hardware-or-datacenter" },
], "mechanisms in the press's other forms");

checkCauseCases([
  { lang: "en", text: "Users flooded social media with complaints, and the outage was caused by a bug.", cause: "software-bug" },
  { lang: "en", text: "Angry users flooded the support lines after the crash.", cause: null },
  { lang: "fr", text: "Les internautes ont inondé les réseaux sociaux de messages pendant la panne.", cause: null },
], "floods that are crowds");
