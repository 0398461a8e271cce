import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../../lib/extract/extract-article";

const at = new Date("2026-02-10T09:00:00Z");
const read = (lang: string, title: string, text: string) => extractArticle({ url: "x", kind: "news", lang, title, text, publishedAt: at } as never);

test("a title about a lift, a locomotive or a factory robot breaking down tells of no online service (fr, en)", () => {
  const lookAlikes: [string, string, string][] = [
    ["fr", "Résidence Les Tilleuls : l'ascenseur en panne depuis deux semaines", "Depuis le 27 janvier, l'unique ascenseur de l'immeuble est en panne et les habitants du neuvième étage montent à pied. Le bailleur promet une réparation lundi."],
    ["fr", "Motrice en panne sur la ligne des Alpes : 200 passagers bloqués mardi", "Le train est resté immobilisé trois heures mardi après une panne de sa motrice. Le trafic a été interrompu jusqu'à 18 heures."],
    ["fr", "Valenciennes : la ligne de montage arrêtée par une panne des robots", "La production est interrompue depuis lundi soir après une panne des robots de peinture. 400 salariés sont au chômage technique."],
    ["en", "Elevator outage leaves tower residents stranded for a week", "Since Monday the only elevator in the 20-storey block has been out of service, the landlord said on Tuesday. Repairs are expected on Friday."],
  ];
  for (const [lang, title, text] of lookAlikes) {
    const f = extractArticle({ url: "x", kind: "news", lang, title, text, publishedAt: at } as never);
    assert.equal(f.isOutage, false, title);
  }
});

test("a catalogued service failing beside a machine word, and a chatbot, stay outages (fr, en)", () => {
  assert.equal(read("fr", "Panne de l'application Doctolib : même l'ascenseur de la clinique n'y est pour rien", "Depuis 8 heures mardi, l'application Doctolib est inaccessible et les patients ne peuvent plus prendre rendez-vous. Le service a été rétabli à 11 heures.").isOutage, true);
  // a robot maker's app or servers failing is an online outage, told with its machines
  assert.equal(read("en", "Zorvex app outage leaves vacuum robots stranded", "Since 7 a.m. on Tuesday the Zorvex app has been down, and owners cannot start their robots, the company said. Its servers were restored at 11 a.m.").isOutage, true);
  assert.equal(read("fr", "Les robots Zorvex paralysés par une panne des serveurs", "Depuis 7 heures mardi, les serveurs de Zorvex sont en panne et l'application est inaccessible. Le service a été rétabli à 11 heures.").isOutage, true);
  assert.equal(read("fr", "Le robot conversationnel ChatGPT en panne mardi matin", "Depuis 9 heures mardi, ChatGPT est inaccessible pour des millions d'utilisateurs, qui voient un message d'erreur. OpenAI dit enquêter.").isOutage, true);
});
