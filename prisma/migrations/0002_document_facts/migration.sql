-- AlterTable
ALTER TABLE "Document" ADD COLUMN "factsJson" TEXT;

