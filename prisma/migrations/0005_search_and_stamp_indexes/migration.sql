-- DropIndex
DROP INDEX "Document_incidentId_idx";

-- CreateIndex
CREATE INDEX "Document_incidentId_lang_idx" ON "Document"("incidentId", "lang");

-- CreateIndex
CREATE INDEX "Document_search_idx" ON "Document"("id", "lang", "publishedAt", "incidentId");

-- CreateIndex
CREATE INDEX "Incident_updatedAt_idx" ON "Incident"("updatedAt");

