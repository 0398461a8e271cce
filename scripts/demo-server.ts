// Runs the demo news site standalone.
//   tsx scripts/demo-server.ts [--port N] [--ready-file FILE] [--sources-file FILE]
// Prints one URL per line (feeds, then the Statuspage), then "ready"; --ready-file receives the base
// URL (written last, so its presence means the server is up); --sources-file the ingest source list.
import fs from "node:fs";
import { startDemoServer } from "../lib/demo/serve-demo";

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`demo-server: --${name} needs a value`);
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const portText = option(args, "port") ?? "0";
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`demo-server: bad --port ${portText}`);
  const server = await startDemoServer({ port });
  for (const url of server.feedUrls) console.log(url);
  console.log("ready");
  const sourcesFile = option(args, "sources-file");
  if (sourcesFile) fs.writeFileSync(sourcesFile, JSON.stringify(server.sources, null, 2) + "\n");
  const readyFile = option(args, "ready-file");
  if (readyFile) fs.writeFileSync(readyFile, server.baseUrl + "\n");
  const stop = () => void server.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(2);
});
