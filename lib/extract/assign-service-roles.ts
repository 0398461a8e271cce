// Each named service's part in the outage the document is about: `failed` when it is what the
// failure words are about, `knock-on` when it suffered from another's failure, `mentioned` when it is
// a bystander (where users posted, a rival joking, background).
import type { ServiceMention, ServiceRole } from "../domain/types";
import { INFRASTRUCTURE_KINDS } from "./data/services";
import {
  ACCOUNT_AFTER, ACCOUNT_BEFORE, AFFILIATION_BEFORE, HOST_PLATFORM_GAP, LEARNED_THROUGH_BEFORE, LOGGED_IN_BEFORE, MEDIUM_AFTER, MEDIUM_ARTICLE_BEFORE, MEDIUM_ITEM_BEFORE, OBSERVER_BEFORE, PEOPLE_OF_BEFORE, CAUSAL_CONNECTORS, CHANNEL_BEFORE, CUSTOMERS_CONNECTOR, KNOCK_ON_CUES, PLATFORM_BEFORE, POSTING_CUES, REACTION_AFTER, RECALL_AFTER, RECALL_BEFORE, RIVAL_BEFORE,
  SERIES_OPENER_BEFORE, SPARED_AFTER, SPARED_CONTRAST, SPARED_RECORD_AFTER, TURN_AFTER, TURN_BEFORE, TURN_IN_SENTENCE, USERS_CLAIMED_AFTER, WENT_TO_BEFORE,
} from "./data/role-cues";
import { afterAnotherOutage, comparedPastOutage } from "./after-another-outage";
import { asWholeProviders, hasPart } from "./control-plane-parts";
import { allMatches, compileCues, hasMatch } from "./compile-cues";
import { ownNetworkFailed } from "./own-network-failed";
import { railsAsMeans } from "./rails-as-means";
import type { ServiceHit } from "./find-services";
import type { CueHit } from "./outage-cue-hits";
import { sentenceAt, spanOf, type TextView } from "./text-view";
import { writtenForms } from "./written-forms";

const CAUSAL_RE = compileCues(CAUSAL_CONNECTORS);
const KNOCK_RE = compileCues(KNOCK_ON_CUES);
const POSTING_RE = compileCues(POSTING_CUES);
const TITLE_WEIGHT = 3;

interface Votes {
  hit: ServiceHit;
  best: { role: ServiceRole; at: ServiceHit } | null;
  failed: number;
  knock: number;
  mentioned: number;
  // named as the rival that joked, gained users or took them in: a failure sentence naming it in
  // passing ("…et beaucoup ont essayé Le Chat de Mistral AI") must outweigh that to make it failed
  rival: number;
  count: number;
}

/**
 * One mention per service with its role, failed services first (most named first). In a document
 * about an outage (`isOutage`), two document-level rules follow the sentence-level votes: when an
 * infrastructure provider (cloud, CDN, network) failed, the other services named are its customers,
 * knock-on victims; and when no service failed by its sentences, the service the title is about
 * (else the lead's) is the failed one, unless it was named only as a bystander.
 */
export function assignServiceRoles(view: TextView, hits: ServiceHit[], cues: CueHit[], isOutage = false): ServiceMention[] {
  const roles = rolesOf(view, hits, cues, isOutage);
  // a provider's dashboard or API named beside its customers' knock-on failures is the provider's
  // whole failure told in detail: only a control plane failing alone is named by its part
  if (hasPart(hits) && roles.some((s) => s.role === "knock-on")) return rolesOf(view, asWholeProviders(hits), cues, isOutage);
  return roles;
}

function rolesOf(view: TextView, hits: ServiceHit[], cues: CueHit[], isOutage: boolean): ServiceMention[] {
  const votes = new Map<string, Votes>();
  const bystanders = new Set<string>();
  // said in so many words not to have failed: no other sentence's failure words outvote that
  const spared = new Set<string>();
  // where people posted, a rival, a spared service; not a company whose staff spoke ("la porte-parole de Telenet")
  const notTheSubject = new Set<string>();
  for (const hit of hits) {
    const v = votes.get(hit.entry.name) ?? { hit, best: null, failed: 0, knock: 0, mentioned: 0, rival: 0, count: 0 };
    votes.set(hit.entry.name, v);
    const read = roleOfHit(view, hit, hits, cues);
    const role = read === "rival" ? "bystander" : read;
    if (role === "bystander" || role === "spared" || role === "speaker") bystanders.add(hit.entry.name);
    if (role === "bystander" || role === "spared") notTheSubject.add(hit.entry.name);
    if (role === "spared") spared.add(hit.entry.name);
    const w = hit.index < view.titleEnd ? TITLE_WEIGHT : 1;
    v.count++;
    if (role === "failed") v.failed += w;
    else if (role === "knock-on") v.knock += w;
    else v.mentioned += w;
    if (read === "rival") v.rival += w;
    const r: ServiceRole = role === "bystander" || role === "spared" || role === "speaker" ? "mentioned" : role;
    if (!v.best || rank(r) < rank(v.best.role)) v.best = { role: r, at: hit };
  }
  const roles = new Map<string, ServiceRole>();
  for (const [name, v] of votes) roles.set(name, spared.has(name) ? "mentioned" : v.failed > 0 && v.failed >= v.knock && v.failed > v.rival ? "failed" : v.knock > 0 ? "knock-on" : "mentioned");
  if (isOutage) {
    carriersTakeTheBlame(votes, roles, bystanders);
    if (![...roles.values()].includes("failed")) {
      const subject = subjectOf(view, hits, bystanders) ?? onlyServiceNamed(hits, notTheSubject);
      if (subject) {
        roles.set(subject, "failed");
        // the subject fails beside a cloud or CDN it names ("Shopify stores go dark as Cloudflare
        // falters"): as when sentences say so, the carrier failed and the subject is its customer
        carriersTakeTheBlame(votes, roles, bystanders);
      }
      // else the infrastructure it names is what failed ("la rupture de quatre câbles... les câbles
      // concernés, à savoir WACS, MainOne et ACE")
      else for (const [name, v] of votes) if (INFRASTRUCTURE_KINDS.has(v.hit.entry.kind ?? "platform") && !bystanders.has(name)) roles.set(name, "failed");
    }
  }
  railsAsMeans(hits, roles);
  const carrierFailed = isOutage && ownNetworkFailed(view, cues);
  const out = [...votes.values()].map((v) => {
    const role = roles.get(v.hit.entry.name)!;
    const at = v.best && v.best.role === role ? v.best.at : v.hit;
    // a product's failure is its platform's ("Amazon S3" is part of "AWS"): the platform stands as its owner
    const mention: ServiceMention = { name: v.hit.entry.name, company: v.hit.entry.parent ?? v.hit.entry.company, role, span: spanOf(view, at.index, at.end) };
    // an operator whose calls and texts failed too is not only its product's owner (Safaricom beside M-Pesa)
    if (carrierFailed && role === "failed" && v.hit.entry.kind === "telecom") mention.ownNetworkFailed = true;
    const written = writtenForms(view, hits.filter((h) => h.entry.name === v.hit.entry.name), v.hit.entry.name);
    if (written) mention.written = written;
    return { mention, weight: v.failed + v.count };
  });
  return out.sort((a, b) => rank(a.mention.role) - rank(b.mention.role) || b.weight - a.weight).map((o) => o.mention);
}

/**
 * A cloud, CDN or network that failed in the text, or that the text names (not as a bystander)
 * while other services fail, is what failed; the services named failing beside it (its
 * customers: sites, apps, operators) are knock-on victims of it, unless its own company runs them.
 * A telecom operator that failed carries the services that reach people through its network
 * (payments, public services, apps: Interac down with Rogers), though not other operators, save
 * the brands sold on its network (Sosh on Orange's, an MVNO on T-Mobile's). A card scheme that
 * failed by its own sentences carries the banks and apps whose cards go through it (one only named,
 * "payer avec sa carte Visa", carries nothing: banks' own outages name the card).
 */
function carriersTakeTheBlame(votes: Map<string, Votes>, roles: Map<string, ServiceRole>, bystanders: Set<string>): void {
  const kindOf = (name: string) => votes.get(name)!.hit.entry.kind ?? "platform";
  const isCarrier = (name: string) => INFRASTRUCTURE_KINDS.has(kindOf(name));
  const othersFail = [...roles].some(([name, role]) => role === "failed" && !isCarrier(name));
  // a carrier its own sentences make a knock-on victim ("Azure VMs crashed after the CrowdStrike
  // update") keeps that role: the rule only settles what the sentences left open
  const carriers = [...roles].filter(([name, role]) => isCarrier(name) && (role === "failed" || (role === "mentioned" && othersFail && !bystanders.has(name)))).map(([name]) => name);
  const schemes = [...roles].filter(([name, role]) => role === "failed" && votes.get(name)!.hit.entry.cardScheme === true).map(([name]) => name);
  const operators = [...roles].filter(([name, role]) => role === "failed" && kindOf(name) === "telecom").map(([name]) => name);
  if (carriers.length === 0 && operators.length === 0 && schemes.length === 0) return;
  for (const name of carriers) roles.set(name, "failed");
  // the carrier's own company's products failing beside it (Microsoft 365 beside Azure, Gmail beside
  // Google Cloud) are the same company's failure, not customers of it
  const companyOf = (name: string) => votes.get(name)!.hit.entry.company ?? name;
  const carriedBy = (name: string, by: string[]) => by.length > 0 && !by.some((c) => companyOf(c) === companyOf(name));
  const hostNetwork = (name: string) => votes.get(name)!.hit.entry.network;
  for (const [name, role] of roles) {
    if (role !== "failed" || isCarrier(name)) continue;
    const onFailedNetwork = operators.includes(hostNetwork(name) ?? "");
    const paidThroughIt = kindOf(name) === "payment" && !schemes.includes(name) && carriedBy(name, schemes);
    if (carriedBy(name, carriers) || (kindOf(name) !== "telecom" && carriedBy(name, operators)) || onFailedNetwork || paidThroughIt) roles.set(name, "knock-on");
  }
}

/** The service a title names first, else the first named in the lead sentence, unless only a bystander there. */
function subjectOf(view: TextView, hits: ServiceHit[], bystanders: Set<string>): string | null {
  const leadEnd = view.sentences.find((s) => s.start >= view.titleEnd)?.end ?? view.titleEnd;
  const inTitle = hits.filter((h) => h.index < view.titleEnd);
  const pool = inTitle.length > 0 ? inTitle : hits.filter((h) => h.index < leadEnd);
  return pool.find((h) => !bystanders.has(h.entry.name))?.entry.name ?? null;
}

/**
 * The one service an outage story names (titles are often missing or say "internet", "the
 * network"; "Rogers, qui compte 10 millions d'abonnés, a signalé des problèmes"), its national
 * network or product counted as it: a story about an outage is about the only service it names
 * besides where people posted, rivals and services it says were spared (a company whose staff
 * spoke, "selon la porte-parole de Telenet", stays a candidate).
 */
function onlyServiceNamed(hits: ServiceHit[], notTheSubject: Set<string>): string | null {
  const named = [...new Map(hits.map((h) => [h.entry.name, h.entry])).values()].filter((e) => !notTheSubject.has(e.name));
  // "Vodafone Portugal" and "Vodafone", "Amazon S3" and "AWS": one service, named most precisely by the child
  const children = named.filter((e) => !named.some((o) => o.parent === e.name));
  if (children.length !== 1) return null;
  const [only] = children;
  return named.every((e) => e === only || e.name === only.parent) ? only.name : null;
}

function rank(role: ServiceRole): number {
  return role === "failed" ? 0 : role === "knock-on" ? 1 : 2;
}

/**
 * The part one mention plays in its own sentence; `bystander` when the sentence says it is not what
 * failed, `rival` when it names it as the competitor that joked, gained users or took them in
 * (not "an alternative to X", which names X as the one replaced).
 */
function roleOfHit(view: TextView, hit: ServiceHit, hits: ServiceHit[], cues: CueHit[]): ServiceRole | "bystander" | "rival" | "spared" | "speaker" {
  const s = sentenceAt(view, hit.index);
  const end = Math.min(s.end, s.start < view.titleEnd ? view.titleEnd : s.end);
  const after = view.folded.slice(hit.end, Math.min(end, hit.end + 60));
  const before = view.folded.slice(Math.max(s.start, hit.index - 40), hit.index);
  if (REACTION_AFTER.test(after) || USERS_CLAIMED_AFTER.test(after) || WENT_TO_BEFORE.test(before)) return "rival";
  if (RIVAL_BEFORE.test(before)) return "bystander";
  if (runsOnIt(view, hit, hits, s.start)) return "bystander";
  if (AFFILIATION_BEFORE.test(before)) return "speaker";
  // a list shares the words before its first name ("flocked to Twitter, Discord and Telegram")
  const head = listHead(view, hit, hits, s.start);
  const beforeList = view.folded.slice(Math.max(s.start, head.index - 40), head.index);
  if (head !== hit && WENT_TO_BEFORE.test(beforeList)) return "rival";
  if (head !== hit && RIVAL_BEFORE.test(beforeList)) return "bystander";
  // where the figures come from ("data from NetBlocks, Kentik and Cloudflare"): an observer
  if (OBSERVER_BEFORE.test(view.folded.slice(Math.max(s.start, head.index - OBSERVER_REACH), head.index))) return "bystander";
  if (head !== hit && PLATFORM_BEFORE.test(beforeList) && hasMatch(POSTING_RE, view.folded, s.start, end)) return "bystander";
  if (ACCOUNT_BEFORE.test(before) || ACCOUNT_AFTER.test(after) || LOGGED_IN_BEFORE.test(before) || LEARNED_THROUGH_BEFORE.test(before)) return "bystander";
  if ((MEDIUM_ARTICLE_BEFORE.test(before) && MEDIUM_AFTER.test(after)) || MEDIUM_ITEM_BEFORE.test(before)) return "bystander";
  if (isSpared(view, hit, hits, cues, Math.min(end, hit.end + SPARED_REACH))) return "spared";
  // "la panne d'AWS d'octobre dernier": an earlier outage of that service, recalled
  if (RECALL_BEFORE.test(before) && RECALL_AFTER.test(after)) return "bystander";
  if (PLATFORM_BEFORE.test(before) && !CHANNEL_BEFORE.test(before) && hasMatch(POSTING_RE, view.folded, s.start, end)) return "bystander";
  // "Après Bell lundi, c'est au tour de Vidéotron": the earlier outage of a series, then this one's subject
  if (SERIES_OPENER_BEFORE.test(before) && TURN_IN_SENTENCE.test(view.folded.slice(hit.end, end))) return "bystander";
  if (TURN_BEFORE.test(before) || TURN_AFTER.test(after)) return "failed";
  if (comparedPastOutage(view, hit, s.start)) return "bystander";
  const temporal = afterAnotherOutage(view, hit, hits, s.start, end);
  if (temporal) return temporal;
  const failing = cues.some((c) => c.index >= s.start && c.index < end);
  if (!failing) return "mentioned";
  // the cause is the first name after the connector: "Les clients de Boursorama privés de carte à
  // cause d'une panne chez Worldline" names Boursorama's customers, then Worldline as the cause
  const connector = allMatches(CAUSAL_RE, view.folded, s.start, end).find((c) => {
    const cause = hits.find((h) => h.index >= c.end && h.index < end);
    const users = CUSTOMERS_CONNECTOR.test(view.folded.slice(c.index, c.end)) && PEOPLE_OF_BEFORE.test(view.folded.slice(Math.max(s.start, c.index - 15), c.index));
    return cause !== undefined && cause !== hit && !users && !oneOperator(cause, hit) && namesTheCause(view.folded, c.end, cause.index);
  });
  if (connector) return hit.index > connector.index ? "failed" : "knock-on";
  if (hasMatch(KNOCK_RE, view.folded, s.start, end) && !hasStrongCueNear(cues, hit, s.start, end)) return "knock-on";
  return "failed";
}

// the platforms a product runs on: an operating system, a console network, a game store
const HOST_KINDS = new Set(["software", "game"]);
// "Skype for Windows", "Netflix on Xbox": the platform named right after another service's product
function runsOnIt(view: TextView, hit: ServiceHit, hits: ServiceHit[], sentenceStart: number): boolean {
  if (!HOST_KINDS.has(hit.entry.kind ?? "platform")) return false;
  const prev = hits.filter((h) => h.end <= hit.index && h.index >= sentenceStart).at(-1);
  return prev !== undefined && prev.entry.name !== hit.entry.name && HOST_PLATFORM_GAP.test(view.folded.slice(prev.end, hit.index));
}

// the observer's words may stand a few unknown names before it ("data from analysis firms including NetBlocks, Kentik and Cloudflare")
const OBSERVER_REACH = 90;

// the first name of the list a name is part of ("Twitter, Discord, and Telegram"; "Teams et Outlook")
const LIST_JOINT = /^(?:,? (?:and|et|or|ou) |, )$/;
function listHead(view: TextView, hit: ServiceHit, hits: ServiceHit[], sentenceStart: number): ServiceHit {
  let head = hit;
  for (;;) {
    const prev = hits.filter((h) => h.end <= head.index && h.index >= sentenceStart).at(-1);
    if (!prev || !LIST_JOINT.test(view.folded.slice(prev.end, head.index))) return head;
    head = prev;
  }
}

// the words sparing a service follow its name in the same clause ("WhatsApp, owned by Meta too, was
// not affected"; "Facebook, Instagram and WhatsApp were not affected" spares all three)
const SPARED_REACH = 100;
// names joined into one list: nothing but a comma or a conjunction between them
const LIST_GAP = /^\s*(?:,|et|and|ou|or|&|, et|, and|, ou|, or|ni|nor)?\s*$/;
function isSpared(view: TextView, hit: ServiceHit, hits: ServiceHit[], cues: CueHit[], reach: number): boolean {
  const after = view.folded.slice(hit.end, reach);
  const m = SPARED_AFTER.exec(after);
  if (m === null || SPARED_CONTRAST.test(after.slice(0, m.index)) || SPARED_RECORD_AFTER.test(after.slice(m.index + m[0].length))) return false;
  // the name has its own failure words before another service named ahead of the sparing words,
  // which spare that one ("Bouygues Telecom en panne, Free et SFR épargnés"; not "WhatsApp, owned
  // by Facebook, was not affected")
  const spares = hit.end + m.index;
  // sparing words inside a name are that name's ("Caisse d'Épargne"), not words sparing anything
  if (hits.some((h) => h.index <= spares && h.end > spares)) return false;
  const next = hits.find((h) => h.index >= hit.end && h.index < spares);
  if (!next) return true;
  // the sparing words' own subject, named right before them outside a list with this name ("chez
  // Orange depuis midi et le réseau SFR n'a pas été touché" spares SFR; "Free et SFR épargnés" both)
  const last = [...hits].reverse().find((h) => h.end <= spares && h.index >= hit.end)!;
  if (/^\s*$/.test(view.folded.slice(last.end, spares)) && !LIST_GAP.test(view.folded.slice(hit.end, next.index))) return false;
  return !cues.some((c) => c.index >= hit.end && c.index < next.index);
}

// the cause is named within the connector's phrase ("à cause d'une panne chez Cloudflare", "due to
// an AWS outage"), not in a later clause ("à cause de pannes, a indiqué le groupe sur Twitter")
const CAUSE_REACH = 80;
function namesTheCause(folded: string, from: number, to: number): boolean {
  return to - from <= CAUSE_REACH && !/[,;:()]/.test(folded.slice(from, to));
}

// "Panne chez Rogers : les clients de Fido aussi touchés": the customers of an operator's own brand,
// or of a brand on its network, suffer the same failure; "clients de" names no cause between them
function oneOperator(a: ServiceHit, b: ServiceHit): boolean {
  return a.entry.company === b.entry.company || a.entry.network === b.entry.name || b.entry.network === a.entry.name;
}

function hasStrongCueNear(cues: CueHit[], hit: ServiceHit, start: number, end: number): boolean {
  return cues.some((c) => c.strong && c.index >= start && c.index < end && Math.abs(c.index - hit.index) < 60);
}
