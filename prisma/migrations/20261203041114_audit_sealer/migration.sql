-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "seq" BIGINT,
ALTER COLUMN "prevHash" DROP NOT NULL,
ALTER COLUMN "hash" DROP NOT NULL;

-- AlterTable
ALTER TABLE "AuditChainHead" ADD COLUMN     "seq" BIGINT NOT NULL DEFAULT 0;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");

-- Events are now inserted unsealed and sealed into the chain afterwards (lib/audit/seal.ts),
-- so appends no longer queue on the head row's lock. The existing events are already sealed:
-- their chain order is their id order (the old append took the head lock before its id), so
-- seq is backfilled from it, and the head records how many events are sealed.
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
UPDATE "AuditEvent" e SET "seq" = o.n FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS n FROM "AuditEvent") o WHERE e."id" = o."id";
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";
ALTER TABLE "AuditChainHead" DISABLE TRIGGER "AuditChainHead_forward_only";
UPDATE "AuditChainHead" SET "seq" = (SELECT count(*) FROM "AuditEvent") WHERE "id" = 1;
ALTER TABLE "AuditChainHead" ENABLE TRIGGER "AuditChainHead_forward_only";

-- Still append-only, with one exception: sealing, which sets seq, prevHash and hash of an
-- unsealed event once and changes nothing else. A sealed event can be neither edited nor
-- deleted through the application's rights.
CREATE FUNCTION "audit_event_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."seq" IS NULL AND OLD."hash" IS NULL AND OLD."prevHash" IS NULL
     AND NEW."seq" IS NOT NULL AND NEW."hash" IS NOT NULL AND NEW."prevHash" IS NOT NULL
     AND (to_jsonb(NEW) - 'seq' - 'prevHash' - 'hash') = (to_jsonb(OLD) - 'seq' - 'prevHash' - 'hash') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'P0001';
END $$;
DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent";
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_guard"();

-- The head only moves forward: chained from its last hash, its seq never going back.
CREATE OR REPLACE FUNCTION audit_chain_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'the audit chain head only moves forward (append-only audit log)';
  END IF;
  IF NEW."prevHash" <> OLD."hash" OR NEW."id" <> OLD."id" OR NEW."seq" <= OLD."seq" THEN
    RAISE EXCEPTION 'the audit chain head only moves forward (append-only audit log)';
  END IF;
  RETURN NEW;
END $$;
