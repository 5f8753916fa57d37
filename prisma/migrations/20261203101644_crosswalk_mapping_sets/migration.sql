-- CreateEnum
CREATE TYPE "CataloguePurpose" AS ENUM ('assessment', 'target');

-- CreateEnum
CREATE TYPE "MappingRelationship" AS ENUM ('equivalent', 'subset', 'superset', 'intersects');

-- AlterTable
ALTER TABLE "Catalogue" ADD COLUMN     "purpose" "CataloguePurpose" NOT NULL DEFAULT 'assessment';

-- AlterTable
ALTER TABLE "Criterion" ADD COLUMN     "sourceId" VARCHAR(200);

-- CreateTable
CREATE TABLE "MappingSet" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(100) NOT NULL,
    "version" VARCHAR(50) NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "author" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sourceUrl" VARCHAR(2000),
    "sourceCatalogueId" UUID NOT NULL,
    "targetCatalogueId" UUID NOT NULL,
    "notCovered" JSONB NOT NULL DEFAULT '[]',
    "sourceFormat" VARCHAR(40) NOT NULL,
    "sourceDigest" VARCHAR(64) NOT NULL,
    "status" "CatalogueStatus" NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "workspaceId" UUID,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "MappingSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MappingLink" (
    "id" UUID NOT NULL,
    "mappingSetId" UUID NOT NULL,
    "sourceKey" VARCHAR(100) NOT NULL,
    "targetKey" VARCHAR(100) NOT NULL,
    "relationship" "MappingRelationship" NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,

    CONSTRAINT "MappingLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MappingSet_workspaceId_idx" ON "MappingSet"("workspaceId");

-- CreateIndex
CREATE INDEX "MappingSet_sourceCatalogueId_idx" ON "MappingSet"("sourceCatalogueId");

-- CreateIndex
CREATE UNIQUE INDEX "MappingSet_slug_version_key" ON "MappingSet"("slug", "version");

-- CreateIndex
CREATE INDEX "MappingLink_mappingSetId_position_idx" ON "MappingLink"("mappingSetId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "MappingLink_mappingSetId_sourceKey_targetKey_key" ON "MappingLink"("mappingSetId", "sourceKey", "targetKey");

-- AddForeignKey
ALTER TABLE "MappingSet" ADD CONSTRAINT "MappingSet_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappingSet" ADD CONSTRAINT "MappingSet_sourceCatalogueId_fkey" FOREIGN KEY ("sourceCatalogueId") REFERENCES "Catalogue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappingSet" ADD CONSTRAINT "MappingSet_targetCatalogueId_fkey" FOREIGN KEY ("targetCatalogueId") REFERENCES "Catalogue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappingLink" ADD CONSTRAINT "MappingLink_mappingSetId_fkey" FOREIGN KEY ("mappingSetId") REFERENCES "MappingSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A published mapping set is immutable, like a published catalogue: only archiving may change
-- it, and its links can be neither added, changed nor removed.
CREATE FUNCTION "mapping_reject_published_change"() RETURNS trigger AS $$
DECLARE
  mid UUID;
BEGIN
  IF TG_TABLE_NAME = 'MappingSet' THEN
    IF OLD."status" = 'published' THEN
      IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'archivedAt') = (to_jsonb(OLD) - 'archivedAt') THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'mapping set % % is published and cannot be changed', OLD."slug", OLD."version"
        USING ERRCODE = 'P0001';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  mid := CASE WHEN TG_OP = 'DELETE' THEN OLD."mappingSetId" ELSE NEW."mappingSetId" END;
  IF EXISTS (SELECT 1 FROM "MappingSet" WHERE "id" = mid AND "status" = 'published') THEN
    RAISE EXCEPTION 'links of a published mapping set cannot be changed' USING ERRCODE = 'P0001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "MappingSet_immutable" BEFORE UPDATE OR DELETE ON "MappingSet"
  FOR EACH ROW EXECUTE FUNCTION "mapping_reject_published_change"();
CREATE TRIGGER "MappingLink_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "MappingLink"
  FOR EACH ROW EXECUTE FUNCTION "mapping_reject_published_change"();
