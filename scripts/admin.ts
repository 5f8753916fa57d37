/**
 * Headless administration against DATABASE_URL (same services and audit as the UI):
 *   npm run admin -- create-user --email E --workspace W --role owner   (password on stdin; E must be new)
 *   npm run admin -- add-member --email E --workspace W --role R        (an existing account)
 *   npm run admin -- create-token --email E --workspace W --scopes read,write --expires-in 7d
 *   npm run admin -- unlock --email E | disable-user --email E | revoke-sessions --all|--email E
 *   npm run admin -- verify-audit
 *   npm run admin -- load-sample --workspace W   (20 scored sample frameworks, seeded)
 */
import { parseArgs } from "node:util";
import { durationDays } from "../lib/schemas/account";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: "string" },
      workspace: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      scopes: { type: "string" },
      "expires-in": { type: "string" },
      all: { type: "boolean" },
    },
  });
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL (the app's database).");
  process.env.AUDIT_STDOUT = "0"; // keep stdout for results; the audit row is still written
  const s = await import("../lib/services/admin/admin-cli");
  switch (command) {
    case "create-user": {
      const password = await readStdin();
      const r = await s.cliCreateUser({
        email: values.email,
        workspace: values.workspace,
        role: values.role,
        name: values.name,
        password,
      });
      console.log(`created ${values.email} as ${values.role} of ${values.workspace} (${r.userId})`);
      break;
    }
    case "add-member": {
      const r = await s.cliAddMember({ email: values.email, workspace: values.workspace, role: values.role });
      const by = r.origin.by ? ` by ${r.origin.by}` : "";
      console.log(
        `added existing account ${values.email} as ${values.role} of ${values.workspace} (${r.userId})`,
      );
      console.log(
        `account created via ${r.origin.via}${by} at ${r.origin.at.toISOString()}${r.disabled ? "; it is DISABLED" : ""}`,
      );
      break;
    }
    case "create-token": {
      const days = durationDays.parse(values["expires-in"] ?? "30d");
      console.log(
        await s.cliCreateToken({
          email: values.email,
          workspace: values.workspace,
          scopes: (values.scopes ?? "read").split(","),
          days,
        }),
      );
      break;
    }
    case "unlock":
      await s.cliUnlock(values.email ?? "");
      console.log(`unlocked ${values.email}`);
      break;
    case "disable-user":
      await s.cliDisableUser(values.email ?? "");
      console.log(`disabled ${values.email}`);
      break;
    case "revoke-sessions": {
      if (!values.all && !values.email) throw new Error("use --all or --email E");
      console.log(`revoked ${await s.cliRevokeSessions(values.all ? null : values.email!)} sessions`);
      break;
    }
    case "verify-audit": {
      const { verifyAuditChain } = await import("../lib/audit/verify");
      const r = await verifyAuditChain();
      if (!r.ok) {
        console.error(`audit chain BROKEN at event ${r.brokenAt}: ${r.reason} (${r.events} events checked)`);
        process.exitCode = 3;
      } else console.log(`audit chain intact: ${r.events} events`);
      // Events committed after the sealing this command ran first: the next sealing links them.
      if (r.unsealed) console.log(`${r.unsealed} newer events not yet sealed into the chain`);
      break;
    }
    case "load-sample": {
      const { cliLoadSample } = await import("../lib/services/workspaces/sample-workspace");
      const r = await cliLoadSample(values.workspace ?? "");
      console.log(
        `loaded ${r.frameworks} sample frameworks, ${r.evaluations} evaluations, ${r.scores} scores into ${values.workspace}`,
      );
      break;
    }
    default:
      throw new Error(`unknown command "${command ?? ""}"; see the comment at the top of scripts/admin.ts`);
  }
}

main()
  .catch((err) => {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
  })
  .finally(async () => {
    const { disconnectDb } = await import("../lib/db");
    await disconnectDb();
  });
