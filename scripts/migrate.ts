// Creates and migrates the database DATABASE_URL names, SQLite or PostgreSQL (npm run db:migrate).
import { databaseUrl, isPostgresUrl } from "../lib/db/database-url";
import { ensureDatabase } from "../lib/db/ensure-database";
import { ensurePostgres } from "../lib/db/ensure-postgres";

const url = databaseUrl();
if (isPostgresUrl(url)) await ensurePostgres(url);
else ensureDatabase(url);
console.log(`db:migrate: ${isPostgresUrl(url) ? "PostgreSQL" : url} is up to date`);
