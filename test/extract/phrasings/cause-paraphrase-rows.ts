// The shape of a paraphrase of the cause check (cause-paraphrases.ts) and the table helper its sets share.
import type { CauseCategory, CauseStatus } from "../../../lib/domain/types";

// "postmortem": the operator's own account, a document with its own title (the row's fifth element)
export type Voice = "press" | "operator" | "status" | "postmortem" | "negative";
export interface Paraphrase {
  set: "a" | "b" | "c" | "d" | "e" | "f";
  lang: "fr" | "en";
  voice: Voice;
  // the categories accepted, or null for a negative (no cause, or "no explanation given")
  cause: CauseCategory[] | null;
  status?: CauseStatus;
  text: string;
  title?: string;
}

export const N: CauseCategory = "network-bgp-dns", C: CauseCategory = "config-change", S: CauseCategory = "software-bug";
export const H: CauseCategory = "hardware-or-datacenter", O: CauseCategory = "capacity-overload", A: CauseCategory = "cyberattack", T: CauseCategory = "third-party";
// [voice, accepted categories, status or "", text, the document's title where not an outlet's "Panne de Slack"]
export type Row = [Voice, CauseCategory[] | null, CauseStatus | "", string, string?];
export const rows = (set: Paraphrase["set"], lang: "fr" | "en", list: Row[]): Paraphrase[] =>
  list.map(([voice, cause, status, text, title]) => ({ set, lang, voice, cause, ...(status ? { status } : {}), text, ...(title ? { title } : {}) }));

