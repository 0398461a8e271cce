// chrono-node's French or English casual parser, with each parser's pattern built once. chrono
// 2.10 caches a parser's pattern only while `innerPattern()` returns the same RegExp object, and
// five French parsers build a new one on every call ("il y a …", "dans …", "ce matin",
// "aujourd'hui", "la semaine dernière": one of them joins and sorts a dictionary each time), so
// every parse of even an empty text cost about 45 µs in French against 3 µs in English; a French
// article asks chrono about 20-40 stretches. None of the French or English patterns depends on
// the parsing context (only chrono's Spanish, Russian and Ukrainian ones read `forwardDate`,
// which this project never sets), so the first pattern stands for every later one.
import * as chrono from "chrono-node";

interface PatternParser {
  innerPattern(context: unknown): RegExp;
}

const hasInnerPattern = (p: object): p is PatternParser => typeof (p as Partial<PatternParser>).innerPattern === "function";

// The parser itself is left untouched (chrono's module-level instances are shared): a child object
// answers `innerPattern` with its first answer and inherits everything else.
function keptPattern<P extends object>(parser: P): P {
  if (!hasInnerPattern(parser)) return parser;
  let kept: RegExp | null = null;
  const child = Object.create(parser) as P & PatternParser;
  child.innerPattern = (context: unknown) => (kept ??= parser.innerPattern.call(child, context));
  return child;
}

function withKeptPatterns(casual: chrono.Chrono): chrono.Chrono {
  const copy = casual.clone();
  copy.parsers = copy.parsers.map(keptPattern);
  return copy;
}

const CASUAL = { fr: withKeptPatterns(chrono.fr.casual), en: withKeptPatterns(chrono.en.casual) };

/** The casual chrono parser of `lang`, reading exactly as chrono's own, its patterns built once. */
export function casualParser(lang: "fr" | "en"): chrono.Chrono {
  return CASUAL[lang];
}
