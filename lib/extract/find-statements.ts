// Quotations (« », “ ”, " ") with who said them, the role they spoke in, the organisation they
// speak for, and whether that makes the statement official.
import type { Statement } from "../domain/types";
import { SPEAKER_ROLES, SPEECH_VERBS } from "./data/speech-cues";
import { describeSpeaker } from "./describe-speaker";
import { spanOf, type TextView } from "./text-view";
import { escapeRegExp } from "../text/escape-reg-exp";

const QUOTE_RE = /«\s*([^»]{12,800}?)\s*»|“([^”]{12,800}?)”|(?<![\p{L}\d])"([^"\n]{12,800}?)"/gu;
const VERBS = SPEECH_VERBS.map((v) => escapeRegExp(v)).join("|");
const AUX = "(?:a-t-(?:il|elle)\\s+|(?:a|ont|has|had|have)\\s+|(?:l'|s')?)";
const AFTER_VERB_FIRST = new RegExp(`^\\s*[,.]?\\s*${AUX}(?:${VERBS})(?![\\p{L}])\\s*([^.;«»“”"\\n]{2,140})`, "iu");
const AFTER_WHO_FIRST = new RegExp(`^\\s*[,.]?\\s*([^.;«»“”"\\n]{2,90}?)\\s+${AUX}(?:${VERBS})(?![\\p{L}])`, "iu");
const BEFORE_WHO = new RegExp(`([^.;«»“”"\\n]{2,160}?)\\s+${AUX}(?:${VERBS})(?![\\p{L}])[^.;«»“”"\\n]{0,70}$`, "iu");
// BEFORE_WHO tries up to 160 characters from every place of the text before a quote: it runs only
// where its ending, a speech verb near the quote, is there for it to find (it was the costliest
// regex of extraction)
const SPEECH_VERB_LAST = new RegExp(`(?:${VERBS})(?![\\p{L}])[^.;«»“”"\\n]{0,70}$`, "iu");
const ATTRIBUTED_BEFORE = /(?:selon|d'après|according to)\s+([^,:;.«»“”"\n]{2,90})[,:]?\s*$/iu;
const ATTRIBUTED_AFTER = /^\s*[,.]?\s*(?:selon|d'après|according to)\s+([^.;«»“”"\n]{2,120})/iu;
const MIN_WORDS_UNATTRIBUTED = 8;
// an attribution naming no one by name may still say who spoke ("un ingénieur réseau interrogé par notre rédaction")
const ROLE_WORD = new RegExp(`(?<![\\p{L}])(?:${SPEAKER_ROLES.flatMap((r) => r.words).map(escapeRegExp).join("|")})(?![\\p{L}])`, "iu");

/** Quotations of the document with their speakers, in text order. */
export function findStatements(view: TextView): Statement[] {
  const out: Statement[] = [];
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(view.full); m; m = QUOTE_RE.exec(view.full)) {
    const quote = (m[1] ?? m[2] ?? m[3]).trim();
    const words = quote.split(/\s+/).length;
    if (words < 3) continue;
    const who = attributionOf(view.full, m.index, m.index + m[0].length);
    if (!who && words < MIN_WORDS_UNATTRIBUTED) continue;
    const speaker = who ? describeSpeaker(who) : { speaker: null, role: null, organisation: null, official: false };
    // the same words quoted twice (nested quote marks, a repeat) are one statement, kept with its speaker
    const twin = out.findIndex((o) => o.quote === quote);
    if (twin >= 0) {
      if (!out[twin].speaker && speaker.speaker) out.splice(twin, 1);
      else continue;
    }
    out.push({ quote, ...speaker, span: spanOf(view, m.index, m.index + m[0].length) });
  }
  return out;
}

/** The words naming who said the quote at [start, end), looked for after it, then before it. */
function attributionOf(full: string, start: number, end: number): string | null {
  const lineStart = full.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = full.indexOf("\n", end);
  const after = full.slice(end, Math.min(end + 160, lineEnd < 0 ? full.length : lineEnd));
  const before = full.slice(Math.max(lineStart, start - 220), start);
  const candidates = [
    ATTRIBUTED_AFTER.exec(after)?.[1],
    AFTER_VERB_FIRST.exec(after)?.[1],
    AFTER_WHO_FIRST.exec(after)?.[1],
    ATTRIBUTED_BEFORE.exec(before)?.[1],
    SPEECH_VERB_LAST.test(before) ? BEFORE_WHO.exec(before)?.[1] : undefined,
  ];
  return candidates.find((c) => c && (/\p{Lu}|porte-parole|spokes|compan|entreprise|soci|groupe|firm/u.test(c) || ROLE_WORD.test(c)))?.trim() ?? null;
}
