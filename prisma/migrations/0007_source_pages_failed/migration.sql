-- Item pages a source's last refresh could not fetch (the items were kept from their description).
-- A plain ADD COLUMN: SQLite allows it with a constant default, no table rebuild needed.
ALTER TABLE "Source" ADD COLUMN "lastPagesFailed" INTEGER NOT NULL DEFAULT 0;
