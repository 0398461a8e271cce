// Runs once when the server starts: keeps cached incident pages in step with the database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { refuseUnknownMethods } = await import("./app/_lib/refuse-methods");
  refuseUnknownMethods();
  // a missing or unreadable database stops the server at once, with the reason, rather than a
  // server that says "Ready" and answers 500 everywhere (issue 14)
  const { checkDatabase } = await import("./lib/db/client");
  try {
    await checkDatabase();
  } catch (e) {
    console.error(`Outage Atlas cannot start: ${(e as Error).message}`);
    process.exit(1);
  }
  const { startIncidentPageRefresh } = await import("./app/_lib/incident-page-refresh");
  startIncidentPageRefresh();
}
