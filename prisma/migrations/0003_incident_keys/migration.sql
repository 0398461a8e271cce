-- CreateTable
CREATE TABLE "IncidentKey" (
    "incidentId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,

    PRIMARY KEY ("incidentId", "key"),
    CONSTRAINT "IncidentKey_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "IncidentKey_key_idx" ON "IncidentKey"("key");

