-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "CatalogueStatus" AS ENUM ('draft', 'published');

-- CreateTable
CREATE TABLE "Catalogue" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(100) NOT NULL,
    "version" VARCHAR(50) NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "publisher" VARCHAR(200) NOT NULL,
    "publishedOn" DATE,
    "sourceUrl" VARCHAR(2000),
    "licence" VARCHAR(200),
    "description" TEXT,
    "scale" JSONB NOT NULL,
    "sourceFormat" VARCHAR(40) NOT NULL,
    "sourceDigest" VARCHAR(64) NOT NULL,
    "status" "CatalogueStatus" NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Catalogue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Section" (
    "id" UUID NOT NULL,
    "catalogueId" UUID NOT NULL,
    "key" VARCHAR(100) NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,

    CONSTRAINT "Section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" UUID NOT NULL,
    "catalogueId" UUID NOT NULL,
    "sectionId" UUID NOT NULL,
    "key" VARCHAR(100) NOT NULL,
    "parentKey" VARCHAR(100),
    "title" VARCHAR(500) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "guidance" TEXT NOT NULL DEFAULT '',
    "levelGuidance" JSONB NOT NULL DEFAULT '{}',
    "position" INTEGER NOT NULL,

    CONSTRAINT "Criterion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Catalogue_slug_version_key" ON "Catalogue"("slug", "version");

-- CreateIndex
CREATE INDEX "Section_catalogueId_position_idx" ON "Section"("catalogueId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Section_catalogueId_key_key" ON "Section"("catalogueId", "key");

-- CreateIndex
CREATE INDEX "Criterion_sectionId_position_idx" ON "Criterion"("sectionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Criterion_catalogueId_key_key" ON "Criterion"("catalogueId", "key");

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_catalogueId_fkey" FOREIGN KEY ("catalogueId") REFERENCES "Catalogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_catalogueId_fkey" FOREIGN KEY ("catalogueId") REFERENCES "Catalogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Published catalogue versions are immutable (a new version is new rows). Enforced in the
-- database as well as in the service layer, so no code path can edit a published version.
CREATE FUNCTION "catalogue_reject_published_change"() RETURNS trigger AS $$
DECLARE
  cid UUID;
BEGIN
  IF TG_TABLE_NAME = 'Catalogue' THEN
    IF OLD."status" = 'published' THEN
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

CREATE TRIGGER "Catalogue_immutable" BEFORE UPDATE OR DELETE ON "Catalogue"
  FOR EACH ROW EXECUTE FUNCTION "catalogue_reject_published_change"();
CREATE TRIGGER "Section_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "Section"
  FOR EACH ROW EXECUTE FUNCTION "catalogue_reject_published_change"();
CREATE TRIGGER "Criterion_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "Criterion"
  FOR EACH ROW EXECUTE FUNCTION "catalogue_reject_published_change"();
