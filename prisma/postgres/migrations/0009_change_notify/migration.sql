-- Freshness across machines (issue 21): every statement that changes what pages show announces it
-- on the channel "outage_atlas_changes" (LISTEN/NOTIFY), so each web server learns of an ingest's
-- commit from any host, as SQLite's PRAGMA data_version tells one machine (lib/db/data-version.ts).
-- NOTIFY is delivered at commit, and equal notices of one transaction are delivered once.
CREATE FUNCTION atlas_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outage_atlas_changes', TG_TABLE_NAME);
    RETURN NULL;
END $$;

CREATE TRIGGER "Incident_notify" AFTER INSERT OR UPDATE OR DELETE ON "Incident" FOR EACH STATEMENT EXECUTE FUNCTION atlas_notify_change();
CREATE TRIGGER "Document_notify" AFTER INSERT OR UPDATE OR DELETE ON "Document" FOR EACH STATEMENT EXECUTE FUNCTION atlas_notify_change();
CREATE TRIGGER "Source_notify" AFTER INSERT OR UPDATE OR DELETE ON "Source" FOR EACH STATEMENT EXECUTE FUNCTION atlas_notify_change();
CREATE TRIGGER "SlugRedirect_notify" AFTER INSERT OR UPDATE OR DELETE ON "SlugRedirect" FOR EACH STATEMENT EXECUTE FUNCTION atlas_notify_change();
CREATE TRIGGER "AdminLog_notify" AFTER INSERT OR UPDATE OR DELETE ON "AdminLog" FOR EACH STATEMENT EXECUTE FUNCTION atlas_notify_change();
