-- AlterTable
ALTER TABLE "Catalogue" ADD COLUMN     "archivedAt" TIMESTAMPTZ(3),
ADD COLUMN     "workspaceId" UUID;

-- CreateIndex
CREATE INDEX "Catalogue_workspaceId_idx" ON "Catalogue"("workspaceId");

-- AddForeignKey
ALTER TABLE "Catalogue" ADD CONSTRAINT "Catalogue_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A published catalogue stays immutable, except that it may be archived and unarchived:
-- archiving hides it from new evaluations without touching what existing ones pinned.
CREATE OR REPLACE FUNCTION "catalogue_reject_published_change"() RETURNS trigger AS $$
DECLARE
  cid UUID;
BEGIN
  IF TG_TABLE_NAME = 'Catalogue' THEN
    IF OLD."status" = 'published' THEN
      IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'archivedAt') = (to_jsonb(OLD) - 'archivedAt') THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'catalogue % % is published and cannot be changed', OLD."slug", OLD."version"
        USING ERRCODE = 'P0001';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  cid := CASE WHEN TG_OP = 'DELETE' THEN OLD."catalogueId" ELSE NEW."catalogueId" END;
  IF EXISTS (SELECT 1 FROM "Catalogue" WHERE "id" = cid AND "status" = 'published') THEN
    RAISE EXCEPTION 'rows of a published catalogue cannot be changed' USING ERRCODE = 'P0001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;
