// The command line of `npm run ingest` (contracts.md): URLs, --sources FILE, --official,
// --no-process. Pure: reading the sources file is the caller's job.

export interface IngestArgs {
  urls: string[];
  sourcesFile: string | null;
  official: boolean;
  process: boolean;
  help: boolean;
}

export const INGEST_USAGE = `usage: npm run ingest -- [URL...] [--sources FILE] [--official] [--no-process]
  URL...          fetch these sources now (feed, article page, Statuspage; kind detected)
  --sources FILE  a JSON array of URLs or {url, name?, lang?, zone?, official?, kind?}, or OPML
  --official      mark the URL sources as official (their items become official documents)
  --no-process    store documents only; skip extraction and clustering
  (no URL and no --sources: poll every configured source that is due)`;

/** Parses argv; throws "ingest: ..." on an unknown flag or a URL that is not http(s). */
export function parseIngestArgs(argv: string[]): IngestArgs {
  const args: IngestArgs = { urls: [], sourcesFile: null, official: false, process: true, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--sources") {
      const file = argv[++i];
      if (!file) throw new Error("ingest: --sources needs a FILE");
      args.sourcesFile = file;
    } else if (a === "--official") args.official = true;
    else if (a === "--no-process") args.process = false;
    else if (a === "--help" || a === "-h") args.help = true;
    else if (a.startsWith("-")) throw new Error(`ingest: unknown option ${a}`);
    else if (/^https?:\/\/\S+$/i.test(a) && URL.canParse(a)) args.urls.push(a);
    else throw new Error(`ingest: not an http(s) URL: ${a}`);
  }
  return args;
}
