-- CreateTable
CREATE TABLE "AuditChainHead" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "prevHash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL,

    CONSTRAINT "AuditChainHead_pkey" PRIMARY KEY ("id")
);

-- One row only (the trigger below refuses inserts), starting from the existing chain's last
-- event, or the genesis hash.
INSERT INTO "AuditChainHead" ("id", "prevHash", "hash")
SELECT 1, COALESCE(last."prevHash", repeat('0', 64)), COALESCE(last."hash", repeat('0', 64))
FROM (SELECT 1) AS one LEFT JOIN (SELECT "prevHash", "hash" FROM "AuditEvent" ORDER BY "id" DESC LIMIT 1) AS last ON true;

-- The head only moves forward: no second row, no deletion, and an update must chain from it.
CREATE FUNCTION audit_chain_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'the audit chain head only moves forward (append-only audit log)';
  END IF;
  IF NEW."prevHash" <> OLD."hash" OR NEW."id" <> OLD."id" THEN
    RAISE EXCEPTION 'the audit chain head only moves forward (append-only audit log)';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "AuditChainHead_forward_only" BEFORE INSERT OR UPDATE OR DELETE ON "AuditChainHead"
  FOR EACH ROW EXECUTE FUNCTION audit_chain_head_guard();
CREATE TRIGGER "AuditChainHead_no_truncate" BEFORE TRUNCATE ON "AuditChainHead"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_guard();
