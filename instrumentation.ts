// Runs once when the server starts: keeps cached incident pages in step with the database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startIncidentPageRefresh } = await import("./app/_lib/incident-page-refresh");
  startIncidentPageRefresh();
}
