-- AlterTable
ALTER TABLE "Incident" ADD COLUMN "startPrecision" TEXT;
UPDATE "Incident" SET "startPrecision" = 'day' WHERE json_valid("detail") AND json_extract("detail", '$.phases.impactStart.precision') = 'day';
