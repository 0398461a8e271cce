// Words that say what a time in the same sentence marks for the outage, folded, French and English.
// From press and status-page phrasing: "depuis 16h", "vers 16h les premiers signalements",
// "began at", "went down at", "rétabli vers 22h", "restored at", "we are aware", "root cause identified".
import type { TimeRole } from "../../domain/types";
import { MONTHS, WEEKDAYS } from "../time/data/calendar-words";
import { PAGE_STAMP_HEADS, UPDATE_HEADS } from "../time/data/clock-words";

// French puts an adverb of degree between "de nouveau" / "à nouveau" and the state it says again ("de
// nouveau pleinement accessible", "à nouveau totalement opérationnel"): the same recovery. Each "again"
// cue gets its forms with one of them (English says "fully available again": the cue already matches).
const DEGREE_ADVERBS = ["pleinement", "totalement", "entierement", "completement", "integralement", "normalement", "partiellement"];
function withDegreeAdverbs(cues: string[]): string[] {
  const again = /^((?:de|a) nouveau) (.+)$/;
  return cues.flatMap((c) => {
    const m = again.exec(c);
    return m ? [c, ...DEGREE_ADVERBS.map((a) => `${m[1]} ${a} ${m[2]}`)] : [c];
  });
}

export const TIME_ROLE_CUES: Partial<Record<TimeRole, string[]>> = {
  start: [
    "depuis", "a partir de", "a partir d'", "des le", "debut*", "a commence", "ont commence", "commence*", "premiers signalements",
    "premieres plaintes", "premiers problemes", "premiers dysfonctionnements", "apparu*", "survenu*", "s'est produit*",
    "est tombe*", "sont tombes", "a frappe", "a touche", "ont touche", "a ete signalee", "a ete signale", "signalee peu apres",
    "began", "begun", "begin", "started", "starting", "start", "beginning", "first reports", "first reported",
    "first noticed", "went down", "go down", "goes down", "went dark", "since", "from about", "from around", "initially",
    "onset", "struck", "hit", "kicked off", "arrete de fonctionner", "ont arrete", "a arrete", "cesse de fonctionner",
    "ont cesse", "stopped working", "stopped responding", "tombe* en panne", "crashed", "experienced", "suffered",
    "a connu", "a subi", "ont connu", "ont subi", "hit by", "touche* par",
    // "the first errors at 11:20", "les premières erreurs vers 8 h": the first symptoms mark the start
    "first errors", "first error", "first failures", "premieres erreurs", "premieres defaillances",
    // "the incident occurred at 06:27", timelines' "06:27 UTC Problem occurs"
    "occurred", "occurs", "occurring",
    // a fire or other event breaking out is when the damage, and the outage it causes, began:
    // "un incendie s'est déclaré vers 1 h", "le feu s'est déclenché", "a fire broke out at 00:47"
    "s'est declare", "s'est declaree", "se sont declares", "se sont declarees", "s'est declenche", "s'est declenchee",
    "a pris feu", "ont pris feu", "a eclate", "broke out", "erupted", "caught fire",
    // so is a cable or a line being damaged or cut: "le câble a été endommagé lors de travaux lundi
    // après-midi", "the fibre was severed at 3 a.m."
    "a ete endommage*", "ont ete endommage*", "a ete sectionne*", "ont ete sectionne*", "a ete arrache*", "ont ete arrache*",
    // ("was cut" is left out: budgets and prices are cut too)
    "was damaged", "were damaged", "was severed", "were severed",
    // users losing the service is when it failed: "ont perdu leur connexion fibre vers 14 h", "lost
    // access at 9 a.m." (the object named, since "lost" alone also counts money and games)
    "perdu leur", "perdu la connexion", "perdu l'acces", "perdu le reseau", "perdu internet", "perdu le signal",
    "lost access", "lost connection", "lost connectivity", "lost service", "lost their", "lost internet", "lost signal",
    // a service that stopped doing what it is for: "stopped playing songs shortly after 8 p.m.",
    // "stopped loading", "a cessé d'envoyer" ("stopped working" above)
    // a failure verb of the service itself: "transfers failed from 9 a.m.", "started failing at 14:10"
    "failed from", "failing from", "began failing", "started failing", "began to fail", "started to fail",
    "stopped playing", "stopped loading", "stopped streaming", "stopped sending", "stopped syncing", "stopped connecting",
    // a payment or order system that stopped doing its job: "card readers stopped processing payments from 1:05 p.m."
    "stopped processing", "stopped accepting", "cesse de traiter", "cesse d'accepter",
    "cesse d'envoyer", "cesse de repondre", "ne fonctionnait plus", "ne fonctionnaient plus",
    // a service passing into the failed state: "the site became unreachable at around 6:40 p.m.", "went
    // offline at 2 a.m.", "les services sont devenus inaccessibles vers 16 h" (the state's own words,
    // "inaccessible" alone, say it was down then, not that it began: a checkpoint as often as a start)
    "became unreachable", "became unavailable", "become unreachable", "become unavailable", "went offline",
    ...["devenu", "devenue", "devenus", "devenues"].flatMap((d) => [`${d} inaccessible*`, `${d} indisponible*`]),
  ],
  report: [
    "signalement*", "signale*", "plaintes", "pic", "culmin*", "reports", "reported", "peak*", "spike*", "at its height",
    "as of", "downdetector",
    // "flagged" is reported in status-page and press English ("users flagged problems at 14:10"); with
    // "first" it is the start, as "first reported" is ("first flagged at 18:56 UTC on its status page")
    "flagged",
  ],
  end: [
    "fin de la panne", "termine*", "jusqu'a", "jusqu'au", "until", "ended", "resolved", "resolu*", "fixed", "lasted until", "s'est acheve*",
    // "la fin de l'incident", "le problème a été corrigé", "the outage was over by", Azure's "mitigated at"
    "fin de l'incident", "fin de la perturbation", "fin de l'interruption", "fin de la coupure", "fin des perturbations",
    "corrige*", "ete regle*", "was over", "is over", "were over", "over by", "mitigated", "all clear",
    // "la panne a pris fin dimanche à 0 h 30", "the outage came to an end at 2 a.m."
    "a pris fin", "ont pris fin", "prend fin", "came to an end", "come to an end",
    // someone ending it: "l'opérateur a mis fin à la panne samedi à 3 h", "engineers put an end to the outage at 2 a.m."
    "mis fin a la panne", "mis fin a l'incident", "mis fin a la coupure", "mis fin a l'interruption", "mis fin aux perturbations",
    "met fin a la panne", "met fin a l'incident", "put an end to the outage", "put an end to the disruption",
    // "de 11 h jusqu'en fin d'après-midi", "jusque dans la soirée": "jusqu'à" before a part of day
    "jusqu'en", "jusque dans",
  ],
  recovery: withDegreeAdverbs([
    "retabli*", "retablissement", "restored", "restore*",
    // French's loan of "restore", in translated and Canadian copy: "tous les services ont été restaurés à 13 h 20"
    "restaure*", "restauration", "back up", "back online", "revenu*", "de retour",
    // the verb's other tenses: "avant de revenir graduellement vers 9 h 40", "le réseau revient vers 21 h",
    // "les services revenaient un à un vers 16 h" ("revenir sur la panne" is no return: REVISIT_AFTER)
    "revenir", "revient", "reviennent", "revenait", "revenaient",
    "retour a la normale", "fonctionne de nouveau", "fonctionnent de nouveau", "fonctionner a nouveau",
    "a nouveau accessible*", "de nouveau accessible*", "recovered", "recovery", "came back", "come back", "returned",
    // the progressive of the same return: "services were gradually coming back", "sites were coming back by 5:30 p.m."
    "coming back",
    "reprise", "working again", "up and running", "available again", "accessible again", "de nouveau disponible*",
    "a nouveau disponible*", "retour progressif", "retour a la normale", "normal service", "service normal",
    "back by", "back to normal", "flowing again", "flowing normally", "largely back", "mostly back", "fully back", "were back", "was back", "are back", "is back",
    "de nouveau operationnel*", "a nouveau operationnel*", "remis en service", "remise en service",
    // "operating normally again", "tout est rentré dans l'ordre", "fonctionne à nouveau normalement"
    "operating normally", "working normally", "functioning normally", "running normally", "operational again",
    "fully operational", "fonctionne normalement", "fonctionnent normalement", "fonctionne a nouveau", "fonctionnent a nouveau",
    "rentre dans l'ordre", "rentree dans l'ordre", "rentres dans l'ordre", "rentrees dans l'ordre", "retour complet",
    // the imperfect of a narrated recovery: "le réseau fonctionnait à nouveau normalement une heure plus tard"
    "fonctionnait a nouveau", "fonctionnaient a nouveau", "fonctionnait de nouveau", "fonctionnaient de nouveau",
    "fonctionnait normalement", "fonctionnaient normalement",
    "retablissement complet", "full recovery", "complete recovery", "fully recovered", "log back in", "logged back in",
    // users getting the service back: "99 % des clients avaient retrouvé le réseau à 23 h", "regained access at 6 p.m."
    "ont retrouve", "a retrouve", "avaient retrouve", "avait retrouve", "retrouve l'acces", "retrouve le reseau", "retrouve leur",
    "regained access", "regained service", "regained connectivity", "got service back", "got their service back",
    // a status page's all-clear: "All systems are operational as of 1:25 p.m."
    "all systems operational", "all systems are operational", "tous les systemes sont operationnels",
    // access said again: "la majorité des clients avaient de nouveau accès au réseau", "had access again"
    "de nouveau acces", "a nouveau acces", "access again",
    // customers put back on the network: "all customers were reconnected by 11am", "les abonnés ont été reconnectés vers 6 h",
    // "le dernier secteur a été rebranché vers 23 h" (French's everyday word for plugging back in)
    "reconnected", "ete reconnecte", "ete reconnectes", "ete reconnectee", "ete reconnectees",
    "ete rebranche", "ete rebranches", "ete rebranchee", "ete rebranchees",
    // the service's return as a noun, calls and payments getting through again: "annonce un retour du
    // service vers 15 h 40", "calls were going through again at 2:55 p.m."
    "retour du service", "retour du reseau", "retour de la connexion", "retour d'internet",
    "going through again", "went through again", "getting through again", "go through again",
    // an activity taken up again: "les transferts n'ont repris que dimanche vers 14 h", "logins resumed from
    // 20:20 UTC", "resumed departures Tuesday morning" (a failure taking up again is no recovery: FAILURE_SUBJECT_BEFORE)
    "a repris", "ont repris", "avait repris", "avaient repris", "resumed",
    // French's "start again to" an activity: "les bornes recommençaient à accepter les billets", "les
    // clients ont pu recommencer à téléphoner" (a failure taken up again is none: RESTARTED_FAILURE_AFTER)
    "recommence a", "recommencent a", "recommencait a", "recommencaient a", "recommencer a",
    // a service declared steady again after the trouble: "declares the login service stable at 7:50 p.m.",
    // "stabilising around 12:40pm", "le réseau est stable depuis dimanche 11 h 30"
    "stable", "stabilis*", "stabiliz*",
    // measures back at their usual values: "reported normal traffic levels from around 3 p.m.", "normal
    // operation was confirmed at 12:40 UTC", "error rates remained at normal levels", "un trafic normal depuis 15 h";
    // not the bare words, which also tell the fall from them ("fell to a third of its normal levels at 9:10",
    // "normal operation was interrupted at 8:05", "le trafic normal s'est effondré à 8 h 05")
    "at normal levels", "to normal levels", "normal traffic levels", "normal operation was confirmed", "confirmed normal operation",
    "un trafic normal", "a des niveaux normaux", "a son niveau normal", "a un niveau normal",
    // improvements are recoveries, made partial by PARTIAL_CUES below
    "amelior*", "improv*",
  ]),
  acknowledged: [
    "a reconnu", "reconnu", "acknowledg*", "a confirme", "confirme", "confirmed", "aware", "conscients", "au courant",
    "investigating", "enquete", "a tweete", "tweeted", "a communique", "statement", "a declare",
    // "began looking into reports at 11:15", "a indiqué étudier les rapports d'incident à 11 h 15"
    "looking into", "look into", "investigate*", "etudier les rapports", "etudie les rapports", "examiner les rapports",
    "examine les rapports", "se penche sur", "se penchent sur",
    // French status pages' "investigating" ("En cours d'analyse - Nous constatons des erreurs")
    "en cours d'analyse", "en cours d'investigation", "investigation en cours", "nous constatons", "nous analysons",
    // the participle of a confirmation in an absolute clause ("…, with the operator confirming the issue
    // at 9 a.m."), and noticing a trouble already there ("lorsque l'opérateur s'est aperçu d'un
    // problème"): when someone knew of it, a bound on the start, not the start. Noticing "de" a thing
    // only: "s'aperçoit que…" may go on to anything ("que le réseau était rétabli")
    "confirming", "acknowledging", "s'est apercu d'un", "s'est apercu d'une", "s'est apercue d'un", "s'est apercue d'une",
    "se sont apercus d'un", "se sont apercus d'une", "s'apercoit d'un", "s'apercoit d'une", "s'en est apercu", "s'en est apercue",
  ],
  // The faulty change going out, which is not always when users noticed: "the update was pushed at
  // 04:09", "la mise à jour a été diffusée vers 6 h", "the configuration change went live at 09:47".
  trigger: [
    "pushed", "pushed out", "went live", "rolled out", "was released", "were released", "was deployed", "were deployed",
    "deployed a change", "shipped", "diffuse", "diffusee", "diffusees", "pousse", "poussee", "mise en ligne", "mise en production",
    "a ete deployee", "a ete deploye", "ont ete deployees", "a ete publiee",
  ],
  // Undoing or working around the change: what stops new damage, not yet users' recovery ("pulled at
  // 05:27", "retirée à 7 h 27", "rolled back at 10:27", "the configuration was disabled").
  mitigation: [
    "pulled", "reverted", "rolled back", "rollback", "roll back", "retire", "retiree", "retirees", "annule", "annulee",
    "disabled", "desactive", "desactivee", "fix was deployed", "deployed a fix", "fix deployed", "fix was rolled out",
    "correctif a ete deploye", "correctif deploye", "a deploye un correctif", "correctif a ete publie", "correctif a ete applique",
    "revenu a la version", "revenir a la version", "restored a known-good", "known-good version", "previous version",
    // a fire or flood brought under control stops new damage; services come back later
    "circonscrit", "a ete circonscrit", "a ete maitrise", "est maitrise", "under control", "was contained", "were contained",
    // French incident reports' word for a mitigation: "l'impact a été atténué à 10 h 51"
    "impact a ete attenue", "impact attenue", "attenue l'impact", "ont attenue", "a attenue",
  ],
  // "mitigated" alone is the end (above); applying a mitigation is not yet
  identified: ["identifi*", "root cause", "cause identifiee", "correctif", "a fix", "fix was", "fix is", "mitigation*", "mitigating", "mitigate"],
};

// Some cues are looser than others ("confirmed" often reports a recovery or a start): their
// distance to the time phrase counts this many times.
// Where one clause of a sentence ends and the next begins, folded: a role or partial cue in one clause
// does not describe a time in another ("largely flowing again by 14:30, and every system was back to
// normal at 17:06, almost six hours after the first errors at 11:20"). "after the"/"après la" opens a
// clause about an earlier moment; "after 5 p.m." does not (no article follows).
export const CLAUSE_SEPARATOR = /,\s*(?:and|but|while|whereas|although|though|et|mais|puis|alors que|tandis que)\s|;\s|\s(?:mais|but|whereas|tandis que)\s|\s(?:after|apres)\s+(?=(?:the|a|an|its|their|le|la|les|l'|un|une|des|ses|leurs)(?![a-z]))/g;

// Prepositions that introduce the time after them and never describe one before them: in "an outage
// at 6:27 that lasted until 7:42", "until" dates 7:42 only; in "16 h, depuis" nothing.
export const FORWARD_ONLY_CUES: string[] = [
  "until", "lasted until", "jusqu'a", "jusqu'au", "jusqu'en", "jusque dans", "depuis", "since", "from about", "from around", "a partir de", "a partir d'", "des le", "back by", "over by",
];

// Before a start word, these make it a reference to the start ("15 heures après le début de la panne",
// "two hours after the start"), not a mark of the time beside it.
export const START_REFERENCE_BEFORE = /(?:apres|avant|after|before|since|depuis|des)\s+(?:le |la |l'|the |its |son |sa )?$/;

// A trigger cue is the loosest of the action words ("pushed", "released" also say other things).
export const ROLE_DISTANCE_FACTOR: Partial<Record<TimeRole, number>> = { acknowledged: 1.6, report: 1.2, trigger: 1.1 };

// After "revenu", these make it "revenir sur" (to go back over a subject): "Leboncoin est revenu lundi sur
// la panne", "la banque reviendra sur l'incident" discuss the outage, they tell no recovery ("le réseau est
// revenu sur l'ensemble du territoire" names a place, and stays one). Folded, from the end of the word.
export const REVISIT_AFTER = /^(?:\s+\S+){0,3}?\s+sur\s+(?:la|l'|les|cette|cet|ce|ces|son|sa|ses|leur|leurs)\s*(?:\S+\s+)?(?:panne|incident|coupure|perturbation|dysfonctionnement|bug|probleme|causes?|raisons?|origine|evenement|episode)s?\b/;

// Before a recovery word, these make it an aim or a forecast, not a recovery: "working hard to restore
// services", "expected to be restored by 5 p.m.", "travaillent pour rétablir", "afin de rétablir",
// "tentent de rétablir", "en cours de rétablissement". Folded, up to the recovery word.
export const RECOVERY_INTENT_BEFORE = /(?:\b(?:working|work|works|worked|hard|expected|expects?|trying|tries|try|efforts?|hopes?|hoping|aims?|plans?|planning|in order|seeking|seeks|scrambl\w*|racing|rushing)\s+to(?:\s+be)?|\bpour|\bafin de|\btente\w* de|\bessai\w* de|\bs'efforc\w* de|\ben cours de|\btravaill\w* a)\s+$/;

// Before "resumed" / "a repris", a failure as its subject makes it a relapse, not a recovery: "the attack
// resumed on Tuesday morning", "les coupures ont repris"; so may a pronoun ("a dû reconnaître qu'elle [la
// panne] avait repris peu après"): only a named activity taking up again is a recovery. Folded, up to the verb.
export const FAILURE_SUBJECT_BEFORE = /(?:(?<![a-z])(?:attacks?|outages?|disruptions?|problems?|issues?|errors?|failures?|attaques?|pannes?|coupures?|perturbations?|problemes?|erreurs?|dysfonctionnements?|incidents?)(?:\s+\S+){0,2}?|(?<![a-z])(?:it|they|elle|elles|il|ils))\s+(?:n')?(?:a|ont|avait|avaient)?\s*$/;

// After "recommence à", a failing verb makes it the failure taken up again, not a recovery: "le site
// recommençait à planter", "les paiements recommencent à échouer". Folded, from the end of "à".
export const RESTARTED_FAILURE_AFTER = /^\s*(?:planter|plante|bug\w*|buguer|dysfonctionner|tomber|ramer|saturer|crash\w*|flancher|lacher|echouer|caler|couper|se bloquer|bloquer|afficher (?:des|une|un) (?:erreurs?|messages? d'erreur)|mal fonctionner|poser probleme|ne plus)(?![a-z])/;

// With a recovery word, these make the recovery partial.
export const PARTIAL_CUES: string[] = [
  "progressif", "progressive", "la plupart", "most users", "for most",
  "partiellement", "partially", "progressivement", "progressively", "gradually", "commence a revenir", "commencent a revenir",
  "beginning to recover", "begin to recover", "starting to come back", "some users", "certains utilisateurs",
  "monitoring", "surveill*", "en partie", "slowly", "lentement", "peu a peu",
  // "largely restored", "globalement améliorée": most, not all, is back (postmortems date the end later)
  "largely", "mostly", "en grande partie", "globalement", "majoritairement", "amelior*", "improv*",
  // "working again for almost everyone", "presque tous les utilisateurs": not yet all
  "almost everyone", "almost all", "nearly all", "nearly everyone", "vast majority", "majority", "la majorite", "presque tous",
  "presque toutes", "quasi totalite", "of the way there", "final checks", "dernieres verifications", "grande majorite",
];

// How much was back at a partial recovery, as said: a share under 100% ("99%", "95 %") or these words.
export const EXTENT_PERCENT = /(?<![\d.,])(\d{1,2}(?:[.,]\d)?)\s?%/;
export const EXTENT_CUES: string[] = [
  "almost everyone", "almost all", "nearly all", "nearly everyone", "vast majority", "majority", "most", "la plupart",
  "la grande majorite", "la majorite", "presque tous", "presque toutes", "quasi totalite", "largely", "mostly", "en grande partie", "majoritairement",
  "some", "certains", "certaines", "partially", "partiellement", "en partie",
];

// A start word that begins a recovery ("début de rétablissement", "began to come back") marks a partial recovery, not the outage's start.
export const RECOVERY_ONSET_CUES: string[] = [
  "debut de retablissement", "debut du retablissement", "debut de la reprise", "debut du retour*", "debut d'un retour*",
  "commence a revenir", "commencent a revenir", "commence a etre retabli*", "commencent a etre retabli*", "a commence a revenir",
  // the infinitive after "semble(nt)", "paraît": "les services semblent commencer à revenir"; "émerger" is
  // the press's word for services surfacing again after an outage, as "come back" is
  "commencer a revenir", "commencer a etre retabli*", "commence a emerger", "commencent a emerger", "commencer a emerger",
  "beginning of recovery", "beginning of the recovery", "start of recovery", "start of the recovery", "began to recover",
  "started to recover", "beginning to recover", "starting to recover", "began to come back", "started to come back",
  "starting to come back", "began restoring", "started restoring", "began to return", "started to return", "starting to return",
  // working again after a stop: "logins started to work again", "les paiements commencent à refonctionner"
  "started to work again", "began to work again", "starting to work again", "started working again", "began working again",
  "commence a refonctionner", "commencent a refonctionner", "commencer a refonctionner", "a commence a refonctionner", "ont commence a refonctionner",
  "commence a fonctionner de nouveau", "commencent a fonctionner de nouveau", "commencer a fonctionner de nouveau", "a commence a fonctionner de nouveau", "ont commence a fonctionner de nouveau",
];

// "rétabli depuis 21h", "back online since 9 p.m.": a start word after a recovery word in the same
// clause dates the recovery, not the failure.
// "operational as of 1:25 p.m.", "opérationnel à compter de 15 h": the state holds from that time on.
export const SINCE_CUES: string[] = ["depuis", "a partir de", "des", "since", "from", "as of", "a compter de"];

// Right before a recovery word, these make it the full recovery whatever the sentence says of an
// earlier, partial one: "restored for most users by 3 p.m. and fully restored by 5 p.m.", "puis
// totalement rétabli à 19 h".
export const FULL_BEFORE = /(?:fully|completely|entirely|totally|entierement|completement|totalement|integralement|pleinement)\s+(?:\S+\s+)?$/;

// "impact mitigated at 10:51 UTC, and all services fully recovered by 11:30 UTC": where the same
// sentence goes on to a full recovery, "mitigated" (an end word on its own, Azure's "mitigated at")
// is the mitigation step before it, not the end of users' impact.
export const MITIGATED_WORD = /^mitigat/;
export const FULL_RECOVERY_AFTER = /(?:fully|completely|entirely|totally|entierement|completement|totalement|integralement)\s+(?:\S+\s+)?(?:recovered|restored|resolved|back|retabli\w*|resolu\w*|revenu\w*|de retour)|(?:full|complete) recovery|retablissement complet|retour complet/;

// "from 11:30 p.m. ET on Sunday until about 2 a.m. Monday, when the service came back": the time after
// "from" that an "until" closes in the same clause opens the outage, whatever recovery word the
// sentence ends on. Folded: the words before the time, and what follows it up to the closing word.
export const WINDOW_OPENING_BEFORE = /\bfrom\s+(?:about\s+|around\s+|roughly\s+)?$/;
export const WINDOW_CLOSING_AFTER = /^[^.;!?]{0,40}?\s(?:until|till|through to)\s/;

// A recovery for everyone in the time's own clause ("pour la plupart mardi soir, et pour tous mercredi
// vers 9 h", "to most by 7 p.m., and to all of them by 3 a.m."): full, whatever share an earlier
// clause of the sentence gave.
export const ALL_EXTENT = /(?<![a-z])(?:pour tous|pour toutes|a tous|a toutes|pour l'ensemble|a l'ensemble|tous les (?:clients|abonnes|utilisateurs|usagers)|toutes les (?:clientes|abonnees|utilisatrices)|to all|for all|for everyone|to everyone|all (?:customers|users|subscribers|of them))(?![a-z])/;

// A time after a written account's publication ("in a report published on Friday", "dans un communiqué
// publié mardi", "a blog post posted at 9 a.m."): when the account came out, not a moment of the outage.
// Folded, up to the time phrase.
export const ACCOUNT_PUBLISHED_BEFORE = /\b(?:report|post|postmortem|post-mortem|statement|summary|update|article|rapport|communique|billet|bilan|compte rendu|message)\s+(?:\S+\s+)?(?:published|posted|publie|publiee|paru|parue|mis en ligne|mise en ligne)\s+(?:on\s+|at\s+|le\s+|ce\s+|a\s+|vers\s+)?$/;

// After a statement's time, a clause told by it ("confirmed at 7:30 p.m. that all services were
// back", "a confirmé à 19 h 30 que le réseau était rétabli"): the time dates what was said, so a
// recovery said there is the recovery, known by then.
export const SAID_THAT_AFTER = /^[^.;:]{0,20}?\b(?:that|que|qu')/;

// A day named as the outage's name ("fully resolved Tuesday's outage", "la panne de mardi a été
// résolue") dates the outage, never its end.
export const OUTAGE_NAMED_AFTER = /^['’]s\s+(?:\S+\s+)?(?:outage|disruption|incident|failure|blackout|crash|downtime|problems?|issues?)\b/;
export const OUTAGE_NAMED_BEFORE = /(?:panne|coupure|incident|perturbations?|interruption|dysfonctionnements?)\s+(?:de|du)\s+$/;

// "users could log in again", "les abonnés pouvaient de nouveau appeler": an ability said again is a
// recovery; these are the words for "again" and for the ability, and the negations that undo it.
// "Une seconde fois" / "a second time" say "again" as well ("interrompu de 8 h à 9 h, puis une seconde fois
// de 10 h à 11 h"); only with the indefinite article: "for the second time this year", "pour la deuxième
// fois en un mois" count outages over a period, the story's own being one, not a relapse within it.
export const AGAIN_CUES: string[] = [
  "again", "once again", "once more", "a second time", "a third time", "de nouveau", "a nouveau", "une nouvelle fois",
  "une seconde fois", "une deuxieme fois", "une troisieme fois",
];
export const ABILITY_CUES: string[] = [
  "able", "could", "can", "pouvaient", "peuvent", "pouvait", "peut", "pourront", "pouvoir", "parviennent", "parvenaient", "reussi*",
];
export const ABILITY_NEGATION = /\b(?:not|no longer|unable|ne|impossible)\b|n't\b|\bn'/;

// With a report word, these make the reports the first ones, i.e. the start.
export const FIRST_CUES: string[] = ["premier*", "premiere*", "first", "began", "commence*", "debut*", "peu apres", "shortly after", "vers", "around", "since", "depuis"];

// A promise of the next update ("we will provide an update by 13:21", "nous vous tiendrons informés
// d'ici 15 h", "next update at 16:00 UTC"): the time is when the operator will speak again, which
// dates nothing of the outage, even where the clause goes on about a resolution.
export const NEXT_UPDATE_CUES: string[] = [
  "next update", "provide an update", "provide another update", "provide more information", "provide further", "further update*",
  "will update", "update you by", "update by", "keep you informed", "keep you posted", "keep you updated",
  "prochaine mise a jour", "prochain point", "prochaine communication", "tiendrons informe*", "tiendrons au courant",
  "informerons d'ici", "reviendrons vers vous", "nouveau point",
];

// The article's own stamp opening a sentence or line ("[Mise à jour le mercredi 10 mars à 12h07]",
// "Publié le 6 août à 18h54", "Updated: March 10, 11:07 a.m."): when the text was written, not a
// moment of the outage, whatever the sentence goes on to say. Folded, from the sentence's start to the
// time phrase; only at the start, since "Meta posted at 23:10 that…" dates a statement. The head words
// are the reader's (lib/extract/time/data/clock-words): a publication head always; an update head
// when a date follows it, since with a clock alone ("Update (5:40 p.m. ET): the store is back", "Mise
// à jour 18 h 05 : le réseau est revenu") it heads what was true at that clock.
const DATE_WORD = [...Object.keys(WEEKDAYS), ...Object.keys(MONTHS)].map((w) => w.replace(".", "\\.")).join("|");
export const ARTICLE_STAMP_BEFORE = new RegExp(
  String.raw`^\W{0,3}(?:(?:${PAGE_STAMP_HEADS.join("|")})(?:\s+(?:le|on|at|a))?\s*:?\s*|(?:${UPDATE_HEADS.join("|")})(?:\s+(?:le|on))?\s*:?\s*(?=\d|(?:${DATE_WORD})(?![a-z])))(?:\S+\s+){0,5}$`,
);

// A Statuspage update's value and the moment it marks.
export const STATUS_VALUE_ROLES: Record<string, TimeRole> = {
  investigating: "acknowledged",
  identified: "identified",
  monitoring: "partial-recovery",
  resolved: "end",
  postmortem: "other",
};

// A status update's state label heading the update a stamp line dates ("Resolved - This incident has
// been resolved and meetings are starting normally", "Résolu - …", or the label alone on the line
// above): the stamp marks that state, whatever other words the update uses. Statuspage's labels and
// their French translations, folded.
export const STATUS_HEAD_ROLES: Record<string, TimeRole> = {
  ...STATUS_VALUE_ROLES, "en cours d'analyse": "acknowledged", "en cours d'investigation": "acknowledged",
  "investigation en cours": "acknowledged", identifie: "identified", surveillance: "partial-recovery", resolu: "end",
};

// A clock time with these in its clause is a checkpoint while the outage goes on ("at 7:15 p.m. the
// outage had lasted an hour", "à 20 h, le site était toujours inaccessible"), not when it began.
// Users left without the service or unable to use it ("étaient sans réseau mardi vers 15 h", "n'ont
// pas pu se connecter lundi à 14 h", "were left without internet on Tuesday evening"): with no other
// role word, a time in the clause is when it failed, as with a failure word.
export const WITHOUT_SERVICE_CUES: string[] = [
  "sans reseau", "sans internet", "sans connexion", "sans service", "sans telephone", "sans acces", "sans television",
  "prive de", "prives de", "privee de", "privees de", "prive d'", "prives d'", "privee d'", "privees d'",
  // unable to use it: the verbs of using a service only ("n'a pas pu répondre" says nothing of one)
  "pas pu se connecter", "pas pu acceder", "pas pu appeler", "pas pu utiliser", "plus se connecter", "plus acceder",
  "plus appeler", "plus utiliser", "pas se connecter", "pas acceder",
  // no longer able, whatever the verb: what had worked stopped ("n'ont plus pu écouter de musique
  // vers 10 h 40", "could no longer stream at 9 p.m.")
  "plus pu", "pouvaient plus", "pouvait plus", "peuvent plus", "arrivaient plus", "parvenaient plus",
  "could no longer", "can no longer", "were no longer able", "was no longer able",
  "without service", "without internet", "without access", "without connectivity", "without phone", "left without",
  "unable to connect", "unable to use", "unable to make", "unable to access", "could not connect", "could not use",
  "could not make", "couldn't connect", "couldn't use", "couldn't make", "were cut off", "was cut off",
  // shut out of their accounts: "a configuration change locked customers out of its app", "users were locked out"
  "locked out", "locked customers out", "locked users out", "locked them out", "locked clients out", "locked people out",
];

export const STILL_ONGOING_CUES: string[] = [
  "had lasted", "has lasted", "had been down", "has been down", "still", "remain", "remained", "remains", "continued", "continues", "restent",
  "ongoing", "persist*", "toujours", "durait depuis", "dure depuis", "restait", "restaient",
  "se poursui*", "perdur*",
];

// A delay that dates the recovery from another moment: "came back an hour later", "rétabli deux
// heures plus tard", "restored 40 minutes after the first reports", "une heure après le début".
// "later than promised" compares, it does not date.
export const LATER_CUES: string[] = ["later", "plus tard"];
export const AFTER_CUES: string[] = ["after", "apres"];
export const COMPARISON_AFTER_LATER: string[] = ["than", "que", "qu'"];
// A sentence opening on a year as its setting: "En juin 2025, …", "In a 2025 outage, …", "During the 2024
// outage, …", "Lors de la panne de mars 2025, …" (group 1: the year). Not a comparison ("worst outage
// since 2019"), which sets nothing. Folded text from the sentence's start.
export const YEAR_SETTING_OPENING = /^\W*(?:in|en|during|lors de|pendant|au cours de)\b[^,.;:]{0,30}?\b((?:19[89]|20\d)\d)\b/;
// A delay set beside a clock by a comma or a dash, at most "that is" and a bound between them, restates
// that clock as a length from an earlier moment ("restored at 7:40 p.m., more than 13 hours later",
// "rétabli à 19 h 40, soit près de treize heures plus tard"): it does not count from that clock.
// Folded text between the clock's end and the delay.
export const DELAY_APPOSITION_GAP = /^\s*[,(\u2013\u2014-]\s*(?:(?:soit|so|that is|c'est-a-dire)\s+)?(?:(?:just|un peu)\s+)?(?:(?:more than|over|nearly|almost|about|around|roughly|some|less than|under|plus de|pres de|presque|environ|quelque|moins de)\s+)?$/;

// "restored an hour later, but problems persisted", "toujours pas résolue deux heures plus tard":
// the recovery the delay dates is not the end of the outage.
export const NOT_OVER_CUES: string[] = [
  "persist*", "still", "lingering", "continu*", "remain*", "yet", "toujours", "encore", "perdur*", "subsist*",
];

// A recovery said with these is told as it happens, so the publication dates it ("are now working
// again", "désormais rétabli", "we're 99% of the way there").
export const NOW_CUES: string[] = [
  "now", "currently", "at this time", "at the moment", "desormais", "maintenant", "a present", "actuellement", "en ce moment",
  "of the way there",
];
// ...unless the sentence denies it ("not yet back", "toujours pas rétabli", "still down").
export const RECOVERY_NEGATION = /(?<![a-z])(?:not|no longer|n't|yet to|still down|still unable|toujours pas|pas encore|ne \S+ (?:pas|plus)|n'\S+ (?:pas|plus)|impossible)(?![a-z])/g;

// Right before a recovery or end word, a negation that says it had not happened by then ("à 18 h, le
// service n'était toujours pas rétabli", "still not restored at 6 p.m.", "pas encore revenue"): the
// time is a checkpoint of the outage, not its end. ("not fully restored until 12:15" is dated by
// "until", an end word of its own, and keeps it.)
export const NEGATED_RECOVERY_BEFORE = /(?<![a-z])(?:not|n't|pas|never|jamais)\s+(?:(?:yet|encore|toujours|fully|completely|entirely|entierement|totalement|completement|ete|been|be)\s+){0,3}$/;

// Impact that remains after the fix (incident reports' "residual impact"): devices to repair one by
// one or by hand, backlogs, users still affected, disruption expected to last.
export const RESIDUAL_CUES: string[] = [
  "one by one", "one at a time", "by hand", "manually", "backlog", "backlogs", "still reported", "still reporting",
  "still experiencing", "still affected", "still seeing", "remain down", "remained down", "stayed down", "stay down",
  "into the weekend", "for days", "days of work", "expected to last", "lingering", "residual",
  "un par un", "une par une", "a la main", "manuellement", "retard a resorber", "deja touche*", "deja bloque*",
  "already crashed", "already affected", "des jours de travail", "pendant des jours", "jusqu'au week-end", "encore touche*", "signalaient encore",
  "signalent encore", "impact residuel", "effets residuels",
];
