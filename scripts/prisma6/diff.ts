import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = path.resolve(__dirname, "../..");

/**
 * SQL that takes a database from `from` to the schema in prisma/schema.prisma, computed by
 * Prisma 6's WASM schema engine (Prisma 7's CLI would download a native engine). `from` is
 * "empty" or an older schema file. (`--from-migrations` and `--from-url` would be simpler, but
 * the WASM engine cannot introspect a database through the adapter.) Prisma 6 wants a url in
 * the datasource block, so schemas are copied to a temp dir with one added. `databaseUrl`
 * must be reachable (the CLI connects) but is not changed.
 */
export async function schemaDiffSql(
  databaseUrl: string,
  from: "empty" | { schemaFile: string },
): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "scorecard-diff-"));
  const withUrl = async (file: string, name: string) => {
    const schema = await readFile(file, "utf8");
    const target = path.join(dir, name);
    await writeFile(target, schema.replace(/provider\s*=\s*"postgresql"/, `$&\n  url = env("DATABASE_URL")`));
    return target;
  };
  try {
    const toSchema = await withUrl(path.join(root, "prisma", "schema.prisma"), "schema.prisma");
    const fromArgs =
      from === "empty"
        ? ["--from-empty"]
        : ["--from-schema-datamodel", await withUrl(from.schemaFile, "from.prisma")];
    const { stdout } = await run(
      process.execPath,
      [
        path.join(root, "node_modules", "prisma6", "build", "index.js"),
        "migrate",
        "diff",
        "--config",
        path.join(root, "scripts", "prisma6", "prisma.config.ts"),
        ...fromArgs,
        "--to-schema-datamodel",
        toSchema,
        "--script",
      ],
      {
        cwd: root,
        maxBuffer: 16 * 1024 * 1024,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          PRISMA6_SCHEMA: toSchema,
          CHECKPOINT_DISABLE: "1",
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
          // Both must point at an existing file or Prisma tries to download engines.
          PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false",
          PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
        },
      },
    );
    return stdout.replace(/^Loaded Prisma config.*\n/m, "").trim() + "\n";
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
