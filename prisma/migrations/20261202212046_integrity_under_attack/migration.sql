-- AlterTable
ALTER TABLE "User" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "createdVia" VARCHAR(40),
ADD COLUMN     "placeholder" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "amr" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "stepUpAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "ShareLink" ADD COLUMN     "viewAuditedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "RateLimitWindow" (
    "key" VARCHAR(300) NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitWindow_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "ShareReport" (
    "shareLinkId" UUID NOT NULL,
    "profileId" VARCHAR(80) NOT NULL,
    "pdf" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShareReport_pkey" PRIMARY KEY ("shareLinkId","profileId")
);

-- CreateIndex
CREATE INDEX "RateLimitWindow_windowStart_idx" ON "RateLimitWindow"("windowStart");

-- AddForeignKey
ALTER TABLE "ShareReport" ADD CONSTRAINT "ShareReport_shareLinkId_fkey" FOREIGN KEY ("shareLinkId") REFERENCES "ShareLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;
