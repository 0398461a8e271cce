-- Full-text search (lib/search): FTS5 tables kept in sync with Document and Incident by triggers,
-- so any writer (ingest through Prisma, scripts, sqlite3) keeps the index current without app code.
-- Tokenizer: unicode61 with remove_diacritics 2 folds accents ("é" -> "e") and case; porter on top
-- strips plural and common suffixes ("pannes" -> "pann" <- "panne") the same way for indexed text
-- and queries. French plurals porter misses (-aux/-eaux) are folded on the query side (lib/search).
-- These tables are invisible to Prisma on purpose (schema.prisma does not model them).

-- Articles: external content, reads title/text back from "Document" for snippet().
CREATE VIRTUAL TABLE "DocumentFts" USING fts5(
    title, text,
    content = 'Document', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Document_fts_ai" AFTER INSERT ON "Document" BEGIN
    INSERT INTO "DocumentFts"(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER "Document_fts_ad" AFTER DELETE ON "Document" BEGIN
    INSERT INTO "DocumentFts"("DocumentFts", rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

-- Only title/text changes touch the index: assigning a document to an incident does not.
CREATE TRIGGER "Document_fts_au" AFTER UPDATE OF title, text ON "Document" BEGIN
    INSERT INTO "DocumentFts"("DocumentFts", rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO "DocumentFts"(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- Incidents: own content (rowid = Incident.id); body is the timeline text taken from the detail JSON.
CREATE VIRTUAL TABLE "IncidentFts" USING fts5(
    title, services, cause, body,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Incident_fts_ai" AFTER INSERT ON "Incident" BEGIN
    INSERT INTO "IncidentFts"(rowid, title, services, cause, body) VALUES (
        new.id,
        new.titleEn || ' / ' || new.titleFr,
        new.services,
        coalesce(new.causeSummary, ''),
        CASE WHEN json_valid(new.detail) THEN coalesce((SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(new.detail, '$.timeline')), '') ELSE '' END
    );
END;

CREATE TRIGGER "Incident_fts_ad" AFTER DELETE ON "Incident" BEGIN
    DELETE FROM "IncidentFts" WHERE rowid = old.id;
END;

CREATE TRIGGER "Incident_fts_au" AFTER UPDATE ON "Incident" BEGIN
    DELETE FROM "IncidentFts" WHERE rowid = old.id;
    INSERT INTO "IncidentFts"(rowid, title, services, cause, body) VALUES (
        new.id,
        new.titleEn || ' / ' || new.titleFr,
        new.services,
        coalesce(new.causeSummary, ''),
        CASE WHEN json_valid(new.detail) THEN coalesce((SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(new.detail, '$.timeline')), '') ELSE '' END
    );
END;

-- Rows written before this migration.
INSERT INTO "DocumentFts"("DocumentFts") VALUES ('rebuild');
INSERT INTO "IncidentFts"(rowid, title, services, cause, body)
    SELECT id, titleEn || ' / ' || titleFr, services, coalesce(causeSummary, ''),
        CASE WHEN json_valid(detail) THEN coalesce((SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(detail, '$.timeline')), '') ELSE '' END
    FROM "Incident";
