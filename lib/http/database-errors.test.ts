import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { DatabaseError } from "pg";
import { describe, expect, it } from "vitest";
import { Prisma } from "../generated/prisma/client";
import { databaseFailure, isDatabaseUnavailable, isPoolExhausted } from "./database-errors";

/** pg's own error for a backend terminated under a query (what `pg_terminate_backend` sends). */
function pgError(code: string, message: string, severity = "FATAL") {
  const e = new DatabaseError(message, message.length + 20, "error");
  Object.assign(e, { code, severity });
  return e;
}

/**
 * How Prisma 7 with @prisma/adapter-pg hands the same error over (observed against a real
 * server): a known-request error (P2010 raw, P2039 model query) whose meta holds the adapter's
 * error, whose cause holds the SQLSTATE; its message names the code only in passing.
 */
function prismaWrapped(code: string, sqlstate: string, message: string) {
  const adapter = new DriverAdapterError({
    kind: "postgres",
    code: sqlstate,
    severity: "FATAL",
    message,
    originalCode: sqlstate,
    originalMessage: message,
  } as never);
  return new Prisma.PrismaClientKnownRequestError(
    `\nInvalid \`tx.catalogue.create()\` invocation:\n\nDatabase error. Code: \`${sqlstate}\`.`,
    {
      code,
      clientVersion: "7.10.0",
      meta: { modelName: "Catalogue", driverAdapterError: adapter },
    },
  );
}

describe("isDatabaseUnavailable", () => {
  it.each([
    [
      "pg 57P01 admin_shutdown (pg_terminate_backend, server restart)",
      pgError("57P01", "terminating connection due to administrator command"),
    ],
    ["pg 57P02 crash_shutdown", pgError("57P02", "terminating connection due to unexpected postmaster exit")],
    ["pg 57P03 cannot_connect_now", pgError("57P03", "the database system is shutting down")],
    ["pg: the socket closed under a query", new Error("Connection terminated unexpectedly")],
    [
      "pg: a query on a client whose connection died",
      new Error("Client has encountered a connection error and is not queryable"),
    ],
    [
      "a reset socket",
      Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET", errno: -104, syscall: "read" }),
    ],
    [
      "Prisma P2010 (raw query) wrapping 57P01",
      prismaWrapped("P2010", "57P01", "terminating connection due to administrator command"),
    ],
    [
      "Prisma P2039 (model query) wrapping 57P01",
      prismaWrapped("P2039", "57P01", "terminating connection due to administrator command"),
    ],
    ["Prisma P2039 wrapping 57P03", prismaWrapped("P2039", "57P03", "the database system is starting up")],
    [
      "Prisma P1017 (ConnectionClosed)",
      new Prisma.PrismaClientKnownRequestError("Server has closed the connection.", {
        code: "P1017",
        clientVersion: "7.10.0",
      }),
    ],
    [
      "Prisma's plain Error for a dropped transaction connection",
      Object.assign(new Error("Connection terminated unexpectedly"), { clientVersion: "7.10.0" }),
    ],
    [
      "an error whose cause is one of these",
      new Error("import failed", {
        cause: pgError("57P01", "terminating connection due to administrator command"),
      }),
    ],
  ])("%s → unavailable", (_label, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([
    ["a unique violation", prismaWrapped("P2002", "23505", "duplicate key value violates unique constraint")],
    ["a syntax error from pg", pgError("42601", 'syntax error at or near "SELEC"', "ERROR")],
    [
      "a statement timeout (the query, not the connection)",
      pgError("57014", "canceling statement due to statement timeout", "ERROR"),
    ],
    ["a TypeError", new TypeError("Cannot read properties of undefined (reading 'catalogue')")],
    ["nothing", undefined],
  ])("%s → not unavailable", (_label, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });

  it("stops on a cause cycle", () => {
    const a = new Error("a");
    const b = new Error("b", { cause: a });
    Object.assign(a, { cause: b });
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

describe("databaseFailure: busy vs unavailable", () => {
  // pg-pool's own error for a checkout that waited its whole timeout for a free connection.
  const poolTimeout = () => new Error("timeout exceeded when trying to connect");

  it.each([
    ["pg-pool: no free connection within the acquire timeout", poolTimeout()],
    ["the same, wrapped as a cause", new Error("query failed", { cause: poolTimeout() })],
    [
      "the same, in a Prisma error's message",
      new Prisma.PrismaClientUnknownRequestError(
        "Invalid `prisma.score.findMany()` invocation:\n\ntimeout exceeded when trying to connect",
        { clientVersion: "7.10.0" },
      ),
    ],
  ])("%s → busy (the database is up; never called unavailable)", (_label, err) => {
    expect(databaseFailure(err)).toBe("busy");
    expect(isPoolExhausted(err)).toBe(true);
    expect(isDatabaseUnavailable(err)).toBe(false);
  });

  it.each([
    [
      "a refused connection",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
        code: "ECONNREFUSED",
        errno: -111,
        syscall: "connect",
      }),
    ],
    [
      "a new connection the server did not answer in time",
      new Error("Connection terminated due to connection timeout", {
        cause: new Error("Connection terminated unexpectedly"),
      }),
    ],
    ["pg 57P01 admin_shutdown", pgError("57P01", "terminating connection due to administrator command")],
  ])("%s → unavailable", (_label, err) => {
    expect(databaseFailure(err)).toBe("unavailable");
  });

  it("a bad query is neither", () => {
    expect(databaseFailure(pgError("42601", 'syntax error at or near "SELEC"', "ERROR"))).toBeNull();
  });
});
