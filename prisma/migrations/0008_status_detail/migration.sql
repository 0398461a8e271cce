-- AlterTable
ALTER TABLE "Document" ADD COLUMN "statusDetail" TEXT;

