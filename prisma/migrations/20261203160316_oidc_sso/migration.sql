-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "requireSso" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "viaSsoGroup" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "identityId" UUID,
ADD COLUMN     "oidcSid" VARCHAR(255);

-- CreateTable
CREATE TABLE "SsoIdentity" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "provider" VARCHAR(40) NOT NULL,
    "issuer" VARCHAR(500) NOT NULL,
    "subject" VARCHAR(255) NOT NULL,
    "email" VARCHAR(320),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SsoIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SsoLinkIntent" (
    "sessionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "provider" VARCHAR(40) NOT NULL,
    "issuer" VARCHAR(500),
    "subject" VARCHAR(255),
    "idpEmail" VARCHAR(320),
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SsoLinkIntent_pkey" PRIMARY KEY ("sessionId")
);

-- CreateTable
CREATE TABLE "SsoGroupRole" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "provider" VARCHAR(40) NOT NULL,
    "group" VARCHAR(255) NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SsoGroupRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OidcLogoutToken" (
    "issuer" VARCHAR(500) NOT NULL,
    "jti" VARCHAR(255) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OidcLogoutToken_pkey" PRIMARY KEY ("issuer","jti")
);

-- CreateIndex
CREATE UNIQUE INDEX "SsoIdentity_issuer_subject_key" ON "SsoIdentity"("issuer", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "SsoIdentity_userId_issuer_key" ON "SsoIdentity"("userId", "issuer");

-- CreateIndex
CREATE UNIQUE INDEX "SsoGroupRole_workspaceId_provider_group_key" ON "SsoGroupRole"("workspaceId", "provider", "group");

-- CreateIndex
CREATE INDEX "Session_identityId_idx" ON "Session"("identityId");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "SsoIdentity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SsoIdentity" ADD CONSTRAINT "SsoIdentity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SsoLinkIntent" ADD CONSTRAINT "SsoLinkIntent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SsoGroupRole" ADD CONSTRAINT "SsoGroupRole_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
