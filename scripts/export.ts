// npm run --silent export: prints the export JSON (contracts.md) on stdout, nothing else.
import { getExport } from "../lib/db/export";
import { closeDb } from "../lib/db/client";

try {
  const data = await getExport(new Date());
  process.stdout.write(JSON.stringify(data, null, 2) + "\n");
} catch (e) {
  console.error(`export: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}
