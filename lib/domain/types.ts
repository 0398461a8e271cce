// Domain types shared by every layer. Plain data only: no Prisma, no I/O.
// lib/extract produces ArticleFacts from a DocumentForExtraction; lib/cluster groups
// ExtractedDocuments into incidents; lib/timeline turns a group into an IncidentView;
// lib/db stores and returns these shapes; the export JSON is IncidentExport (contracts.md).

export type DocumentKind = "news" | "official" | "status" | "social";
export type SourceKind = "feed" | "page" | "statuspage" | "social";
export type Lang = "fr" | "en";

export type CauseCategory =
  | "network-bgp-dns"
  | "config-change"
  | "software-bug"
  | "hardware-or-datacenter"
  | "capacity-overload"
  | "cyberattack"
  | "third-party"
  | "unknown";
export type CauseStatus = "confirmed" | "reported" | "speculated";

/** What extraction needs to know about a stored document. */
export interface DocumentForExtraction {
  url: string;
  kind: DocumentKind;
  lang: string | null; // from <html lang> / feed <language>; extraction detects when null
  title: string;
  text: string;
  publishedAt: Date | null;
  sourceName: string | null;
  sourceZone: string | null; // IANA zone of the outlet when known
  statusValue?: string | null; // Statuspage update: investigating | identified | monitoring | resolved
  components?: string[];
  statusDetail?: StatusDetail | null; // status documents: the status incident the update belongs to
}

/** What a status page says about the incident an update belongs to (every provider's format maps to it). */
export interface StatusDetail {
  incident: string; // the status incident's key: its URL on the status page
  page: string; // the status page's URL: two incidents of one page are never one outage of ours
  service: string | null; // the service, when the format names it per page or incident (page.name, Google Cloud's product)
  impact: string | null; // none | minor | major | critical (Statuspage), or the provider's own level
  startedAt: string | null; // ISO; the incident's stated start, else its first update
  resolvedAt: string | null; // ISO; the incident's stated resolution, else its resolved update
}

/** A status update as the incident page shows it: the operator's words, verbatim. */
export interface StatusUpdateFact {
  incident: string;
  page: string;
  status: string;
  text: string;
  components: string[];
  impact: string | null;
}

/** A character range of the document's text (title first, then "\n\n", then the body). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Granularity = "minute" | "hour" | "part-of-day" | "day";

/** One time expression, resolved to UTC. Output of lib/extract/time. */
export type TimeExpression =
  | {
      kind: "instant";
      utc: string; // ISO 8601, Z
      granularity: Granularity;
      localDate: string; // YYYY-MM-DD in `zone`
      zone: string; // IANA zone the phrase was read in
      zoneExplicit: boolean; // false when the outlet's zone was assumed
      phrase: string;
      index: number; // offset of the phrase in the text given to the parser
      ahead?: boolean; // its words place it after publication ("demain", "in two hours"): an expectation or a plan
    }
  | { kind: "duration"; minutes: number; approximate: boolean; phrase: string; index: number; vague?: boolean; ongoing?: boolean }
  // granularity: absent for clock ranges (to the minute); "day" / "part-of-day" for "du 4 au 5 octobre", "de lundi soir à mardi matin"
  // zoneExplicit: true when the text writes a zone after either end ("from 11:42 to 18:05 UTC")
  | { kind: "range"; start: string; end: string; zone: string; phrase: string; index: number; granularity?: Granularity; ahead?: boolean; zoneExplicit?: boolean };

/** What a time fact means for the outage. */
// trigger: the faulty change went out ("pushed at 04:09"); mitigation: it was undone or worked around
// ("reverted at 05:27", "fix deployed"): neither is when users' trouble began or ended.
export type TimeRole = "start" | "end" | "report" | "acknowledged" | "identified" | "partial-recovery" | "recovery" | "other" | "trigger" | "mitigation";

export interface TimeFact {
  role: TimeRole;
  time: TimeExpression;
  confidence: number; // 0..1
  span: Span;
  /** How much was back at a partial recovery, as the text says it ("99%", "most", "la plupart"). */
  extent?: string;
  /** The time is the publication's: a recovery told in the present ("now working again for almost everyone"). */
  fromPublication?: boolean;
  /** A start said of a failure "again" ("de nouveau inaccessible depuis jeudi matin"): a relapse's, not the outage's. */
  relapse?: boolean;
}

/** Impact that outlasts the fix: machines to repair one by one, a backlog, users still affected. */
export interface ResidualImpact {
  text: string;
  span: Span;
}

export type ServiceRole = "failed" | "knock-on" | "mentioned";

export interface ServiceMention {
  name: string; // canonical name, e.g. "X" for Twitter
  company: string | null; // owner, e.g. "Meta"
  role: ServiceRole;
  span: Span;
  /** A renamed service's names, oldest first, each until the day the next took over (null: today's
   * name): an incident is named as the service was called on its own day, also by undated documents. */
  names?: { name: string; until: string | null }[];
  /** A telecom operator whose own carrier services (calls, texts, mobile data) the document says
   * failed: it failed itself, not only through a product it owns (Safaricom beside M-Pesa). */
  ownNetworkFailed?: boolean;
  /** The document introduces the name as the maker of a game or an app ("studio Greyforge"): what
   * failed is its product, which the incident is named after when another document names it. */
  maker?: boolean;
  /** How the body writes the service each time, when some catalogue form differs from `name` ("Royal
   * Bank of Scotland" for RBS, "Xfinity" for Comcast): the incident takes the press's own name from them. */
  written?: string[];
}

export interface CauseFact {
  category: CauseCategory;
  status: CauseStatus;
  summary: string;
  span: Span;
  /** The document names the category but no sentence says it caused the outage (the cause classifier's reading). */
  inferred?: boolean;
}

export interface Statement {
  quote: string;
  speaker: string | null;
  role: string | null; // "spokesperson", "CTO", "porte-parole"...
  organisation: string | null;
  official: boolean;
  span: Span;
}

export interface Reaction {
  kind: "rival-post" | "hashtag" | "market" | "migration" | "other";
  who: string | null;
  text: string;
  span: Span;
}

export interface Impact {
  kind: "reports-count" | "problem-share" | "countries" | "users" | "devices";
  value: number | string;
  label: string | null; // e.g. "app", "login" for a problem share
  span: Span;
  /** Who counted it, when the sentence says ("Downdetector"). */
  by?: string;
}

/** Everything extraction understood of one document. */
export interface ArticleFacts {
  lang: Lang;
  /** Set when the document is in neither French nor English (franc's ISO 639-3 code, e.g. "deu"):
   * it was not read (notOutageReason "other-language"), and `lang` is only a placeholder. */
  otherLanguage?: string;
  isOutage: boolean;
  outageScore: number; // 0..1
  notOutageReason: string | null;
  services: ServiceMention[];
  times: TimeFact[];
  durations: { minutes: number; approximate: boolean; span: Span; vague?: boolean; ongoing?: boolean }[]; // vague: "several hours"; ongoing: "depuis deux heures" (so far)
  causes: CauseFact[];
  statements: Statement[];
  reactions: Reaction[];
  impacts: Impact[];
  /** The day the outage happened (UTC date) as best read from the text, for clustering. */
  outageDay: string | null;
  hashtags: string[];
  /** The most frequent word stems of title and body (lib/text/text-tokens.ts documentTerms), for
   * clustering's likeness of whole texts; absent on facts extracted before it existed. */
  terms?: string[];
  /** The title or lead presents the outage as a repeat of an earlier one ("down again", "la troisième
   * panne en un mois"), for clustering (lib/extract/tells-repeat.ts); absent on facts extracted before it existed. */
  repeat?: boolean;
  /** Only when the document has no date to read its times against: the days of the year it writes
   * without a year ("MM-DD": "December 22" -> "12-22"), for clustering (lib/extract/yearless-days.ts). */
  yearlessDays?: string[];
  /** Only when the document has no date: its clocks on the days it writes without a year, read in the
   * stand-in year 2000, for the incident to place in its own year (lib/extract/yearless-times.ts). */
  yearlessTimes?: TimeFact[];
  /** Only when the document has no date: its clocks on weekdays it names ("just after 7pm on Monday"),
   * read against the stand-in, for the incident to place in its own week (lib/extract/weekday-times.ts). */
  weekdayTimes?: TimeFact[];
  /** Only when the document has no date: the years its title or lead writes as a time or a label ("la
   * panne de 2025", "in November 2025"), for clustering (lib/extract/lead-years.ts). */
  leadYears?: number[];
  /** A follow-up whose title or lead counts its outage back from its publication ("deux jours après la
   * panne", "after Tuesday's outage"): that day, when it differs from `outageDay`, for clustering
   * (lib/extract/follow-up-day.ts). */
  followUpDay?: string;
  /** Official documents: the company whose source published it ("Meta Newsroom" -> "Meta"), lower case. */
  speaksFor?: string | null;
  residual?: ResidualImpact[];
  /** Status documents: the update itself (text, status, components, impact) and its status incident. */
  statusUpdate?: StatusUpdateFact;
  /** Neither the outlet's place nor the failed service's country gave a zone: bare clocks were read in
   * the language's default (Paris for French, New York for English), a guess. */
  guessedZone?: boolean;
}

/** A document with its facts, as clustering and timelines consume it. */
export interface ExtractedDocument {
  id: number;
  url: string;
  title: string;
  kind: DocumentKind;
  lang: Lang;
  publishedAt: string | null; // ISO
  sourceName: string | null;
  facts: ArticleFacts;
  /** Statuspage update value (investigating | identified | monitoring | resolved), when kind is "status". */
  statusValue?: string | null;
}

export interface TimelineEntry {
  at: string; // ISO UTC
  precision: Granularity;
  kind:
    | "first-reports" | "start" | "acknowledgement" | "statement" | "cause-identified" | "partial-recovery" | "recovery" | "postmortem" | "reaction" | "update"
    | "trigger" | "mitigation" | "residual";
  text: string;
  sources: string[];
  /** Status-page updates: the operator's own entry, with its status, components and impact. */
  official?: true;
  status?: string;
  components?: string[];
  impact?: string | null;
}

export interface Conflict {
  field: "start" | "end" | "duration";
  values: { value: string | number; sources: string[] }[];
  chosen: string | number | null;
  why: string;
}

export interface IncidentCause {
  category: CauseCategory;
  summary: string;
  status: CauseStatus;
  sources: string[];
  superseded?: { category: CauseCategory; summary: string; status: CauseStatus; sources: string[] }[];
}

/** What `endedAt` is: the full recovery a source states, the latest partial recovery, or only a mitigation
 * (the fix went out; users may still be affected). null when there is no end. */
export type EndKind = "full-recovery" | "partial-recovery" | "mitigation";

/** One moment of the outage's story, with the sources that state it. */
export interface PhaseInstant {
  at: string;
  precision: Granularity;
  sources: string[];
  extent?: string; // partial recovery: how much was back ("99%", "most")
}

/** The outage's phases, each optional: the faulty change, users' trouble, the operator's steps, the recoveries. */
export interface IncidentPhases {
  trigger: PhaseInstant | null;
  impactStart: PhaseInstant | null;
  acknowledged: PhaseInstant | null;
  mitigated: PhaseInstant | null;
  partialRecovery: PhaseInstant | null; // the latest one
  fullRecovery: PhaseInstant | null;
  residual: { text: string; sources: string[] }[];
}

/** A cause as one source stated it at one moment: the steps from speculated to confirmed. */
export interface CauseHistoryEntry {
  at: string | null; // the stating document's publication
  category: CauseCategory;
  status: CauseStatus;
  summary: string;
  sources: string[];
  by: string[]; // who stated it: the stating documents' source names (outlet, operator's newsroom, status page), in the sources' order
}

/** The export JSON's incident (../shared/docs/contracts.md), plus page-only detail. */
export interface IncidentExport {
  slug: string;
  title: string;
  titleFr: string;
  services: string[];
  /** services down only because a listed one failed (knock-on victims), not among `services` */
  affectedServices?: string[];
  startedAt: string | null;
  endedAt: string | null;
  durationMinutes: number | null;
  status: "ongoing" | "resolved";
  cause: IncidentCause | null;
  timeline: TimelineEntry[];
  conflicts: Conflict[];
  statements: (Omit<Statement, "span"> & { source: string })[];
  reactions: (Omit<Reaction, "span"> & { source: string })[];
  impacts: (Omit<Impact, "span"> & { source: string; sources?: string[] })[]; // sources: every document stating the same figure
  documents: { url: string; title: string; lang: string; publishedAt: string | null; kind: DocumentKind; source: string | null }[];
  /** Optional additions (older stored rows lack them); see README's export section. */
  endKind?: EndKind | null;
  phases?: IncidentPhases;
  /** The documents stating each headline fact. */
  factSources?: { start: string[]; end: string[]; duration: string[]; cause: string[] };
  causeHistory?: CauseHistoryEntry[];
}
