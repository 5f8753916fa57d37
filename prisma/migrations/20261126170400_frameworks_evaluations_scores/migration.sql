-- CreateEnum
CREATE TYPE "EvaluationStatus" AS ENUM ('draft', 'in_review', 'final');

-- CreateTable
CREATE TABLE "Framework" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "vendor" VARCHAR(200) NOT NULL,
    "productVersion" VARCHAR(100) NOT NULL,
    "url" VARCHAR(2000),
    "description" TEXT NOT NULL DEFAULT '',
    "componentTypes" TEXT[],
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "frameworkId" UUID NOT NULL,
    "catalogueId" UUID NOT NULL,
    "status" "EvaluationStatus" NOT NULL DEFAULT 'draft',
    "previousEvaluationId" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finalizedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationSection" (
    "evaluationId" UUID NOT NULL,
    "sectionKey" VARCHAR(100) NOT NULL,
    "inScope" BOOLEAN NOT NULL DEFAULT true,
    "outOfScopeReason" VARCHAR(2000),
    "assigneeIds" UUID[],
    "submittedByIds" UUID[],

    CONSTRAINT "EvaluationSection_pkey" PRIMARY KEY ("evaluationId","sectionKey")
);

-- CreateTable
CREATE TABLE "Score" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "criterionKey" VARCHAR(100) NOT NULL,
    "sectionKey" VARCHAR(100) NOT NULL,
    "reviewerId" UUID NOT NULL,
    "value" INTEGER,
    "notApplicable" BOOLEAN NOT NULL DEFAULT false,
    "rationale" TEXT NOT NULL DEFAULT '',
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "carriedOver" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreHistory" (
    "id" BIGSERIAL NOT NULL,
    "scoreId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "value" INTEGER,
    "notApplicable" BOOLEAN NOT NULL,
    "rationale" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "savedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoreHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreedScore" (
    "evaluationId" UUID NOT NULL,
    "criterionKey" VARCHAR(100) NOT NULL,
    "value" INTEGER,
    "notApplicable" BOOLEAN NOT NULL DEFAULT false,
    "reason" VARCHAR(2000) NOT NULL,
    "setById" UUID NOT NULL,
    "setAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreedScore_pkey" PRIMARY KEY ("evaluationId","criterionKey")
);

-- CreateTable
CREATE TABLE "WeightProfile" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "preset" VARCHAR(60),
    "sectionWeights" JSONB NOT NULL DEFAULT '{}',
    "criterionWeights" JSONB NOT NULL DEFAULT '{}',
    "knockouts" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WeightProfile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Framework_workspaceId_archivedAt_idx" ON "Framework"("workspaceId", "archivedAt");

-- CreateIndex
CREATE INDEX "Evaluation_workspaceId_frameworkId_idx" ON "Evaluation"("workspaceId", "frameworkId");

-- CreateIndex
CREATE INDEX "Score_evaluationId_sectionKey_idx" ON "Score"("evaluationId", "sectionKey");

-- CreateIndex
CREATE UNIQUE INDEX "Score_evaluationId_criterionKey_reviewerId_key" ON "Score"("evaluationId", "criterionKey", "reviewerId");

-- CreateIndex
CREATE INDEX "ScoreHistory_scoreId_version_idx" ON "ScoreHistory"("scoreId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "WeightProfile_workspaceId_name_key" ON "WeightProfile"("workspaceId", "name");

-- AddForeignKey
ALTER TABLE "Framework" ADD CONSTRAINT "Framework_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_catalogueId_fkey" FOREIGN KEY ("catalogueId") REFERENCES "Catalogue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationSection" ADD CONSTRAINT "EvaluationSection_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreHistory" ADD CONSTRAINT "ScoreHistory_scoreId_fkey" FOREIGN KEY ("scoreId") REFERENCES "Score"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreedScore" ADD CONSTRAINT "AgreedScore_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeightProfile" ADD CONSTRAINT "WeightProfile_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
