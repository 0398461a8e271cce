-- Full-text search on PostgreSQL (lib/search), the counterpart of SQLite's FTS5 tables (SQLite
-- migrations 0004 and 0006): search tables kept in step with "Document" and "Incident" by
-- triggers, so any writer keeps the index current; invisible to Prisma (schema.prisma does not
-- model them), as the FTS5 tables are.
-- Configurations: the french and english snowball stemmers behind unaccent, so accents fold
-- ("réseau" = "reseau") and plurals fold ("pannes" -> "pann" <- "panne") on both sides. No stop
-- words: FTS5 has none, and "le", "it" or "down" must stay searchable as they are on SQLite.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH DICTIONARY atlas_english_stem (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH DICTIONARY atlas_french_stem (TEMPLATE = snowball, Language = french);

CREATE TEXT SEARCH CONFIGURATION atlas_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION atlas_en ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, atlas_english_stem;
CREATE TEXT SEARCH CONFIGURATION atlas_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION atlas_fr ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, atlas_french_stem;

-- Articles: stemmed in their own language (French for fr*, English otherwise), title weighted A.
CREATE TABLE "DocumentSearch" (
    "id" INTEGER NOT NULL PRIMARY KEY REFERENCES "Document"("id") ON DELETE CASCADE,
    "vec" tsvector NOT NULL
);
CREATE INDEX "DocumentSearch_vec_idx" ON "DocumentSearch" USING GIN ("vec");

CREATE FUNCTION atlas_document_vector(lang TEXT, title TEXT, body TEXT) RETURNS tsvector
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN coalesce(lang, '') LIKE 'fr%'
        THEN setweight(to_tsvector('atlas_fr', title), 'A') || to_tsvector('atlas_fr', body)
        ELSE setweight(to_tsvector('atlas_en', title), 'A') || to_tsvector('atlas_en', body) END
$$;

CREATE FUNCTION atlas_document_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "DocumentSearch" ("id", "vec") VALUES (NEW."id", atlas_document_vector(NEW."lang", NEW."title", NEW."text"))
    ON CONFLICT ("id") DO UPDATE SET "vec" = EXCLUDED."vec";
    RETURN NULL;
END $$;

CREATE TRIGGER "Document_search_ai" AFTER INSERT ON "Document" FOR EACH ROW EXECUTE FUNCTION atlas_document_search();
-- only title/text/lang changes touch the index: assigning a document to an incident does not
CREATE TRIGGER "Document_search_au" AFTER UPDATE OF "title", "text", "lang" ON "Document" FOR EACH ROW EXECUTE FUNCTION atlas_document_search();

-- Incidents: facts and the sources' words, never the site's own wording (as SQLite's 0006):
--   A the services' names, B the start's year and month in English and French, C the cause summary
--   and category, D quotes and reactions from the timeline (kept as "body" for the snippet).
-- Both languages' stemmers: an incident's row mixes French and English words.
CREATE TABLE "IncidentSearch" (
    "id" INTEGER NOT NULL PRIMARY KEY REFERENCES "Incident"("id") ON DELETE CASCADE,
    "body" TEXT NOT NULL,
    "vec" tsvector NOT NULL
);
CREATE INDEX "IncidentSearch_vec_idx" ON "IncidentSearch" USING GIN ("vec");

CREATE FUNCTION atlas_both_vector(t TEXT, w "char") RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('atlas_en', t) || to_tsvector('atlas_fr', t), w)
$$;

CREATE FUNCTION atlas_incident_search() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    names TEXT := '';
    period TEXT := '';
    quotes TEXT := '';
BEGIN
    -- a malformed JSON column indexes as empty, as json_valid() makes it on SQLite
    BEGIN
        SELECT coalesce(string_agg(v, ' ' ORDER BY n), '') INTO names FROM json_array_elements_text(NEW."services"::json) WITH ORDINALITY AS s(v, n);
    EXCEPTION WHEN others THEN names := '';
    END;
    BEGIN
        SELECT coalesce(string_agg(e ->> 'text', ' ' ORDER BY n), '') INTO quotes
        FROM json_array_elements(NEW."detail"::json -> 'timeline') WITH ORDINALITY AS t(e, n)
        WHERE e ->> 'kind' IN ('statement', 'reaction');
    EXCEPTION WHEN others THEN quotes := '';
    END;
    IF NEW."startedAt" IS NOT NULL THEN
        period := to_char(NEW."startedAt", 'YYYY') || ' ' || (ARRAY['January janvier', 'February février', 'March mars', 'April avril',
            'May mai', 'June juin', 'July juillet', 'August août', 'September septembre', 'October octobre', 'November novembre',
            'December décembre'])[extract(month FROM NEW."startedAt")::int];
    END IF;
    INSERT INTO "IncidentSearch" ("id", "body", "vec") VALUES (NEW."id", quotes,
        atlas_both_vector(names, 'A') || atlas_both_vector(period, 'B')
        || atlas_both_vector(coalesce(NEW."causeSummary", '') || ' ' || coalesce(NEW."causeCategory", ''), 'C')
        || atlas_both_vector(quotes, 'D'))
    ON CONFLICT ("id") DO UPDATE SET "body" = EXCLUDED."body", "vec" = EXCLUDED."vec";
    RETURN NULL;
END $$;

CREATE TRIGGER "Incident_search_aiu" AFTER INSERT OR UPDATE ON "Incident" FOR EACH ROW EXECUTE FUNCTION atlas_incident_search();
