-- AlterTable
ALTER TABLE "Incident" ADD COLUMN "startPrecision" TEXT;
UPDATE "Incident" SET "startPrecision" = 'day' WHERE ("detail"::jsonb #>> '{phases,impactStart,precision}') = 'day';
