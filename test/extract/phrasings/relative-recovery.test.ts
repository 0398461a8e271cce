// How outage reports date the recovery relative to another moment ("came back about an hour later",
// "rétabli deux heures après les premiers signalements"), in French and English: the incident built
// from the one article must end at that moment plus the delay, and its duration must agree. Delays
// that date something else, or a recovery that is not complete, or an anchor whose time is unknown,
// must give no end.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ArticleFacts } from "../../../lib/domain/types";
import { reconcileTimes } from "../../../lib/timeline/reconcile-times";
import { caseFacts, describeTimes, EN_PUBLISHED, FR_EVENING, type Case } from "./cases-helpers";

function incidentOf(c: Case, f: ArticleFacts) {
  const publishedAt = c.publishedAt ?? (c.lang === "fr" ? FR_EVENING : EN_PUBLISHED);
  return reconcileTimes([{ id: 1, url: "https://example.test/a", title: "t", kind: "news", lang: c.lang, publishedAt, sourceName: null, facts: f }]);
}

function explain(f: ArticleFacts): string {
  return `${describeTimes(f)} durations=${JSON.stringify(f.durations.map((d) => [d.minutes, d.approximate, d.span.text]))}`;
}

// approximate: when the delay counts from the start, the outage's length it gives and how it was said
const RELATIVE_ENDS: (Case & { end: string; minutes: number; approximate?: boolean })[] = [
  { lang: "en", text: "Instagram went down at 15:10 GMT on Tuesday. The service came back about an hour later.", end: "2025-06-10T16:10:00Z", minutes: 60, approximate: true },
  { lang: "en", text: "The outage began shortly after 2 p.m. ET and was resolved roughly 90 minutes later.", end: "2025-06-10T19:30:00Z", minutes: 90, approximate: true },
  { lang: "en", text: "Users first reported problems at 10:05 a.m. ET. Access was restored some 40 minutes after the first reports.", end: "2025-06-10T14:45:00Z", minutes: 40, approximate: true },
  { lang: "en", text: "Slack stopped working at 9:20 a.m. ET on Tuesday. Three hours later, everything was back to normal.", end: "2025-06-10T16:20:00Z", minutes: 180, approximate: false },
  { lang: "en", text: "The app crashed at 11:45 a.m. ET; it was back online two and a half hours later.", end: "2025-06-10T18:15:00Z", minutes: 150, approximate: false },
  { lang: "en", text: "WhatsApp messages began failing at 6 p.m. ET. Service was fully restored 45 minutes later, the company said.", end: "2025-06-10T22:45:00Z", minutes: 45, approximate: false },
  { lang: "en", text: "The outage started at 4:30 p.m. ET. About two hours after it began, users could log in again.", end: "2025-06-10T22:30:00Z", minutes: 120, approximate: true },
  { lang: "en", text: "Login failures began at 13:05 UTC. Roughly 20 minutes after the first errors, the issue was mitigated.", end: "2025-06-10T13:25:00Z", minutes: 20, approximate: true },
  { lang: "en", text: "Teams went down at 7:50 a.m. ET on Tuesday. Microsoft said service was restored about three hours later.", end: "2025-06-10T14:50:00Z", minutes: 180, approximate: true },
  { lang: "en", text: "Reddit crashed at 5:15 a.m. ET. Around 50 minutes later it was back up.", end: "2025-06-10T10:05:00Z", minutes: 50, approximate: true },
  { lang: "en", text: "Zoom calls began failing at 12:30 p.m. ET. Roughly 25 minutes after the outage started, calls were working again.", end: "2025-06-10T16:55:00Z", minutes: 25, approximate: true },
  // the delay counts from a later moment whose time the article gives
  { lang: "en", text: "The outage began at 1 p.m. ET. Meta acknowledged the problem at 2:15 p.m. ET, and service came back 30 minutes later.", end: "2025-06-10T18:45:00Z", minutes: 105 },
  { lang: "en", text: "Users started reporting errors at 2:40 p.m. ET. The company acknowledged the issue at 3 p.m. ET. Service was restored an hour after the acknowledgement.", end: "2025-06-10T20:00:00Z", minutes: 80 },
  { lang: "fr", text: "Les premiers signalements sont apparus vers 9h30 ; tout est rentré dans l'ordre deux heures plus tard.", end: "2025-06-10T09:30:00Z", minutes: 120, approximate: false },
  { lang: "fr", text: "La panne a commencé à 14h10. Le service a été rétabli au bout de trois heures.", end: "2025-06-10T15:10:00Z", minutes: 180, approximate: false },
  { lang: "fr", text: "La panne a commencé à 14h10. Le réseau est revenu après quatre heures d'interruption.", end: "2025-06-10T16:10:00Z", minutes: 240, approximate: false },
  { lang: "fr", text: "Le site est tombé en panne vers 11 heures. Il est revenu environ une heure plus tard.", end: "2025-06-10T10:00:00Z", minutes: 60, approximate: true },
  { lang: "fr", text: "Orange a subi une panne à partir de 8h45. Une heure et demie plus tard, le service était rétabli.", end: "2025-06-10T08:15:00Z", minutes: 90, approximate: false },
  { lang: "fr", text: "Les abonnés ont commencé à signaler des problèmes à 17h. Le réseau fonctionnait à nouveau normalement une quarantaine de minutes après les premiers signalements.", end: "2025-06-10T15:40:00Z", minutes: 40, approximate: true },
  { lang: "fr", text: "La messagerie a cessé de fonctionner à 10h05. Elle était de nouveau accessible 35 minutes après le début de la panne.", end: "2025-06-10T08:40:00Z", minutes: 35, approximate: false },
  { lang: "fr", text: "Le service est tombé vers 20h30 et a été rétabli une heure plus tard, selon l'opérateur.", end: "2025-06-10T19:30:00Z", minutes: 60, approximate: false },
  { lang: "fr", text: "Les clients ont été privés d'internet à partir de 13h15. Deux heures plus tard, la connexion était revenue.", end: "2025-06-10T13:15:00Z", minutes: 120, approximate: false },
  { lang: "fr", text: "Les premiers dysfonctionnements ont été constatés à 6h50 ; le service était de nouveau disponible trois quarts d'heure plus tard.", end: "2025-06-10T05:35:00Z", minutes: 45, approximate: false },
  { lang: "fr", text: "La panne a débuté à 9h. L'opérateur a confirmé l'incident à 9h40, puis le service a été rétabli vingt minutes plus tard.", end: "2025-06-10T08:00:00Z", minutes: 60 },
  // a vague delay never overrides an end the article states
  { lang: "en", text: "The site went down at 9 a.m. ET and came back a few hours later. Service was fully restored at 1:40 p.m. ET.", end: "2025-06-10T17:40:00Z", minutes: 280 },
  { lang: "fr", text: "La panne a débuté vers 10h. Le service est revenu quelques heures plus tard ; le retour complet a été annoncé à 14h20.", end: "2025-06-10T12:20:00Z", minutes: 260 },
];

for (const c of RELATIVE_ENDS) {
  test(`relative recovery (${c.lang}): ${c.text}`, () => {
    const f = caseFacts(c);
    const times = incidentOf(c, f);
    assert.equal(times.end?.at, c.end, explain(f));
    assert.ok(!times.end?.partial, explain(f));
    assert.equal(times.durationMinutes, c.minutes, explain(f));
    if (c.approximate !== undefined) assert.ok(f.durations.some((d) => d.minutes === c.minutes && d.approximate === c.approximate), explain(f));
  });
}

// Each states a start and a delay that does not date the full recovery: no end may come of it.
const NO_END: Case[] = [
  { lang: "en", text: "The outage began at 2 p.m. ET. Two hours later, Meta published a statement." },
  { lang: "en", text: "The outage began at 2 p.m. ET. A fix was deployed an hour later but problems persisted." },
  { lang: "en", text: "The outage began at 2 p.m. ET. Service came back later." },
  { lang: "en", text: "The outage began at 2 p.m. ET. Service was restored an hour after the statement." },
  { lang: "en", text: "The outage began at 9 a.m. ET. Three hours later, users were still unable to log in." },
  { lang: "en", text: "The outage began at 9 a.m. ET. Service partially came back an hour later." },
  { lang: "en", text: "The outage began at 11 a.m. ET. An hour later, Microsoft said it was investigating." },
  { lang: "en", text: "The outage began at 10 a.m. ET. The service was restored two hours later than the company had promised." },
  { lang: "en", text: "The outage began at 3 p.m. ET. An hour later, engineers had identified the cause." },
  { lang: "en", text: "Spotify went down at 8 a.m. ET. Two days later, the company published a postmortem." },
  { lang: "en", text: "The outage began at 4 p.m. ET. Service had not been restored two hours later." },
  { lang: "en", text: "The outage began at 3:40 p.m. UTC. The apps were slowly restored to users in France, Spain, and Italy about an hour later." },
  // a recovery in another outage, recalled
  { lang: "en", text: "The outage began at 2 p.m. ET. In March 2023, a similar outage was resolved two hours later." },
  // "later" counts from the undated statement, not from the start
  { lang: "en", text: "The outage began at 2 p.m. ET. Meta published a statement, and service came back an hour later." },
  { lang: "fr", text: "La panne a commencé à 14h. L'opérateur a publié un communiqué ; le service est revenu une heure plus tard." },
  { lang: "fr", text: "La panne a débuté vers 9h30. Deux heures plus tard, la panne n'était toujours pas résolue." },
  { lang: "fr", text: "La panne a commencé à 14h. Une heure plus tard, l'opérateur a publié un communiqué." },
  { lang: "fr", text: "La panne a commencé à 14h. Le service a été rétabli une heure après le communiqué de l'opérateur." },
  { lang: "fr", text: "La panne a débuté à 10h. Un correctif a été déployé une heure plus tard, mais les perturbations ont persisté." },
  { lang: "fr", text: "L'incident a commencé à 8h. Trois heures plus tard, certains utilisateurs n'arrivaient toujours pas à se connecter." },
  { lang: "fr", text: "La panne a commencé à 15h. Le service a été partiellement rétabli une heure plus tard." },
];

for (const c of NO_END) {
  test(`no end from a relative delay (${c.lang}): ${c.text}`, () => {
    const f = caseFacts(c);
    const times = incidentOf(c, f);
    assert.ok(times.end === null || times.end.partial, `${times.end?.at} ${explain(f)}`);
    assert.equal(times.durationMinutes === null || Boolean(times.end?.partial), true, `${times.durationMinutes} ${explain(f)}`);
  });
}
