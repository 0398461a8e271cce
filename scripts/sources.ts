// npm run sources -- export [--from FILE] | import FILE
//   export          the configured sources (database) as OPML on stdout
//   export --from F a source list file (JSON or OPML) converted to OPML on stdout
//   import FILE     records the sources of a list file without fetching them (the worker polls them)
import fs from "node:fs";
import { closeDb } from "../lib/db/client";
import { listSources, type SourceInput } from "../lib/db/sources";
import { registerSources } from "../lib/ingest/ingest-sources";
import { readSourceList } from "../lib/ingest/read-source-list";
import { writeSourceListOpml } from "../lib/ingest/write-source-list-opml";

const USAGE = "usage: npm run --silent sources -- export [--from FILE] | import FILE";

function asInput(s: Awaited<ReturnType<typeof listSources>>[number]): SourceInput {
  return {
    url: s.url, kind: s.kind, official: s.official,
    ...(s.name ? { name: s.name } : {}), ...(s.lang ? { lang: s.lang } : {}), ...(s.zone ? { zone: s.zone } : {}),
  };
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === "export" && rest[0] === "--from" && rest[1]) {
    process.stdout.write(writeSourceListOpml(readSourceList(fs.readFileSync(rest[1], "utf8"))));
    return 0;
  }
  if (cmd === "export" && rest.length === 0) {
    process.stdout.write(writeSourceListOpml((await listSources()).map(asInput)));
    return 0;
  }
  if (cmd === "import" && rest.length === 1) {
    const registered = await registerSources(readSourceList(fs.readFileSync(rest[0], "utf8")));
    console.log(`sources: ${registered.length} sources recorded`);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

const code = await main(process.argv.slice(2)).catch((e) => {
  console.error(`sources: ${(e as Error).message}`);
  return 1;
});
await closeDb();
process.exit(code);
