-- The incident index holds facts and the sources' words, never the site's own wording: generated
-- titles ("... outage" / "Panne de ...") and timeline labels ("Outage begins", "Status update: ...")
-- matched every incident for "outage" or "panne" and filled the snippets (issue 16). Columns keep
-- their names and bm25 weights (lib/search/search-incidents.ts) but now hold:
--   title    the services' names
--   services the start's year and month, named in English and French ("2021 October octobre")
--   cause    the extracted cause summary and the cause category's words ("network-bgp-dns")
--   body     quotes and reactions from the timeline (the sources' words)
-- Articles stay in DocumentFts; the search ranks incidents by their own row and by their articles.
DROP TRIGGER IF EXISTS "Incident_fts_ai";
DROP TRIGGER IF EXISTS "Incident_fts_ad";
DROP TRIGGER IF EXISTS "Incident_fts_au";
DROP TABLE IF EXISTS "IncidentFts";

CREATE VIRTUAL TABLE "IncidentFts" USING fts5(
    title, services, cause, body,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Incident_fts_ai" AFTER INSERT ON "Incident" BEGIN
    INSERT INTO "IncidentFts"(rowid, title, services, cause, body) VALUES (
        new.id,
        coalesce((SELECT group_concat(value, ' ') FROM json_each(CASE WHEN json_valid(new.services) THEN new.services ELSE '[]' END)), ''),
        CASE WHEN new.startedAt IS NULL THEN '' ELSE substr(new.startedAt, 1, 4) || ' ' || CASE substr(new.startedAt, 6, 2)
            WHEN '01' THEN 'January janvier' WHEN '02' THEN 'February février' WHEN '03' THEN 'March mars'
            WHEN '04' THEN 'April avril' WHEN '05' THEN 'May mai' WHEN '06' THEN 'June juin'
            WHEN '07' THEN 'July juillet' WHEN '08' THEN 'August août' WHEN '09' THEN 'September septembre'
            WHEN '10' THEN 'October octobre' WHEN '11' THEN 'November novembre' WHEN '12' THEN 'December décembre' ELSE '' END END,
        coalesce(new.causeSummary, '') || ' ' || coalesce(new.causeCategory, ''),
        CASE WHEN json_valid(new.detail) THEN coalesce((SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(new.detail, '$.timeline')
            WHERE json_extract(value, '$.kind') IN ('statement', 'reaction')), '') ELSE '' END
    );
END;

CREATE TRIGGER "Incident_fts_ad" AFTER DELETE ON "Incident" BEGIN
    DELETE FROM "IncidentFts" WHERE rowid = old.id;
END;

CREATE TRIGGER "Incident_fts_au" AFTER UPDATE ON "Incident" BEGIN
    DELETE FROM "IncidentFts" WHERE rowid = old.id;
    INSERT INTO "IncidentFts"(rowid, title, services, cause, body) VALUES (
        new.id,
        coalesce((SELECT group_concat(value, ' ') FROM json_each(CASE WHEN json_valid(new.services) THEN new.services ELSE '[]' END)), ''),
        CASE WHEN new.startedAt IS NULL THEN '' ELSE substr(new.startedAt, 1, 4) || ' ' || CASE substr(new.startedAt, 6, 2)
            WHEN '01' THEN 'January janvier' WHEN '02' THEN 'February février' WHEN '03' THEN 'March mars'
            WHEN '04' THEN 'April avril' WHEN '05' THEN 'May mai' WHEN '06' THEN 'June juin'
            WHEN '07' THEN 'July juillet' WHEN '08' THEN 'August août' WHEN '09' THEN 'September septembre'
            WHEN '10' THEN 'October octobre' WHEN '11' THEN 'November novembre' WHEN '12' THEN 'December décembre' ELSE '' END END,
        coalesce(new.causeSummary, '') || ' ' || coalesce(new.causeCategory, ''),
        CASE WHEN json_valid(new.detail) THEN coalesce((SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(new.detail, '$.timeline')
            WHERE json_extract(value, '$.kind') IN ('statement', 'reaction')), '') ELSE '' END
    );
END;

INSERT INTO "IncidentFts"(rowid, title, services, cause, body)
    SELECT
        i.id,
        coalesce((SELECT group_concat(value, ' ') FROM json_each(CASE WHEN json_valid(i.services) THEN i.services ELSE '[]' END)), ''),
        CASE WHEN i.startedAt IS NULL THEN '' ELSE substr(i.startedAt, 1, 4) || ' ' || CASE substr(i.startedAt, 6, 2)
            WHEN '01' THEN 'January janvier' WHEN '02' THEN 'February février' WHEN '03' THEN 'March mars'
            WHEN '04' THEN 'April avril' WHEN '05' THEN 'May mai' WHEN '06' THEN 'June juin'
            WHEN '07' THEN 'July juillet' WHEN '08' THEN 'August août' WHEN '09' THEN 'September septembre'
            WHEN '10' THEN 'October octobre' WHEN '11' THEN 'November novembre' WHEN '12' THEN 'December décembre' ELSE '' END END,
        coalesce(i.causeSummary, '') || ' ' || coalesce(i.causeCategory, ''),
        CASE WHEN json_valid(i.detail) THEN coalesce((SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(i.detail, '$.timeline')
            WHERE json_extract(value, '$.kind') IN ('statement', 'reaction')), '') ELSE '' END
    FROM "Incident" i;
