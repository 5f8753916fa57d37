import { randomBytes } from "node:crypto";
import type { NextRequest } from "next/server";
import type { Actor, RequestMeta } from "../auth/actor";
import { actorFromBearer } from "../auth/api-token";
import { db } from "../db";
import type { Role } from "../generated/prisma/enums";
import { cliAddMember, cliCreateUser } from "../services/admin/admin-cli";
import { createToken } from "../services/accounts/api-tokens";
import { createSession, type Amr } from "../services/accounts/sessions";

/**
 * Per-test users, workspaces and actors. Test files run in parallel forks against one
 * database, so every name carries a random suffix and nothing assumes global counts.
 */
export const PASSWORD = "correct-Horse-battery-42";
export const META: RequestMeta = { ip: "203.0.113.7", userAgent: "vitest" };

export const suffix = () => randomBytes(5).toString("hex");
export const uniqueEmail = (label = "user") => `${label}-${suffix()}@example.test`;
export const uniqueSlug = (label = "ws") => `${label}-${suffix()}`;
/**
 * A client address of its own, so the per-IP throttle of one test never trips another: 96
 * random bits in the IPv6 documentation range. The 16 random bits of an IPv4 one could meet
 * the address an auth test blocks (50 failures), and a sign-in elsewhere was then refused.
 */
export const uniqueIp = () => `2001:db8:${(randomBytes(12).toString("hex").match(/.{4}/g) ?? []).join(":")}`;

export interface TestMember {
  userId: string;
  workspaceId: string;
  email: string;
  slug: string;
}

/**
 * A user (created, or reused by email) with `role` in workspace `slug` (created if new). An
 * existing account joins through `cliAddMember`, as an operator would: create-user refuses it.
 */
export async function createMember(
  opts: { role?: Role; slug?: string; email?: string; name?: string } = {},
): Promise<TestMember> {
  const email = opts.email ?? uniqueEmail(opts.role ?? "owner");
  const slug = opts.slug ?? uniqueSlug();
  const role = opts.role ?? "owner";
  if (
    opts.email &&
    (await db().user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } }))
  ) {
    await db().workspace.upsert({
      where: { slug },
      create: { slug, name: slug },
      update: {},
      select: { id: true },
    });
    const { userId, workspaceId } = await cliAddMember({ email, workspace: slug, role });
    return { userId, workspaceId, email, slug };
  }
  const { userId, workspaceId } = await cliCreateUser({
    email,
    workspace: slug,
    role,
    password: PASSWORD,
    name: opts.name,
  });
  return { userId, workspaceId, email, slug };
}

/**
 * A fresh workspace whose members are existing users, written directly: cheaper than
 * cliCreateUser, which hashes a password even when the user exists.
 */
export async function createWorkspaceWith(
  members: Array<{ userId: string; role: Role }>,
  slug = uniqueSlug(),
) {
  const ws = await db().workspace.create({
    data: {
      slug,
      name: slug,
      memberships: { create: members.map((m) => ({ userId: m.userId, role: m.role })) },
    },
    select: { id: true, slug: true },
  });
  return { workspaceId: ws.id, slug: ws.slug };
}

export async function addMembership(workspaceId: string, userId: string, role: Role) {
  await db().membership.create({ data: { workspaceId, userId, role } });
}

/**
 * A signed-in actor backed by a real Session row, so revocation can be observed. Like a real
 * sign-in, an enrolled user's session carries "otp"; by default the password was also just
 * re-entered (step-up), so token-making tests need not repeat it — `stepUp: false` for those
 * that test the step-up itself.
 */
export async function sessionActor(
  userId: string,
  meta: RequestMeta = META,
  opts: { stepUp?: boolean } = {},
): Promise<Actor> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, mfaEnabledAt: true },
  });
  const amr: Amr[] = user.mfaEnabledAt ? ["pwd", "otp"] : ["pwd"];
  const session = await createSession(userId, meta, db(), amr);
  if (opts.stepUp ?? true)
    await db().session.update({ where: { id: session.id }, data: { stepUpAt: new Date() } });
  return {
    userId,
    email: user.email,
    via: "session",
    sessionId: session.id,
    mfaEnrolled: !!user.mfaEnabledAt,
    amr,
    ...meta,
  };
}

/**
 * An API-token actor: the token is made through the service by `owner` (a session actor,
 * member of `slug`) and resolved the way /api/v1 resolves a bearer header.
 */
export async function tokenActor(
  owner: Actor,
  slug: string,
  scopes: Array<"read" | "write">,
): Promise<Actor> {
  const { token } = await createToken(owner, slug, { name: `test-${suffix()}`, scopes, expiresInDays: 7 });
  const headers = new Headers({
    authorization: `Bearer ${token}`,
    "user-agent": META.userAgent!,
    "x-forwarded-for": META.ip!,
  });
  return actorFromBearer({ headers } as unknown as NextRequest);
}

let seeded: Promise<unknown> | undefined;
/** The OWASP catalogue, loaded once per test file (the seed is idempotent and locked). */
export async function owaspCatalogue() {
  const { seedCatalogues } = await import("../services/catalogues/catalogue-seed");
  seeded ??= seedCatalogues();
  await seeded;
  return db().catalogue.findFirstOrThrow({
    where: { slug: "owasp-iot-framework", workspaceId: null },
    select: { id: true, slug: true, version: true, sections: { select: { key: true } } },
  });
}

/** A framework and an evaluation of it (all sections in scope), written directly. */
export async function createEvaluationFixture(slug: string) {
  const catalogue = await owaspCatalogue();
  const ws = await db().workspace.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const framework = await db().framework.create({
    data: {
      workspaceId: ws.id,
      name: `FW ${suffix()}`,
      vendor: "Vendor",
      productVersion: "1.0",
      componentTypes: ["edge"],
    },
    select: { id: true },
  });
  const creator = await db().membership.findFirstOrThrow({
    where: { workspaceId: ws.id },
    select: { userId: true },
  });
  const ev = await db().evaluation.create({
    data: {
      workspaceId: ws.id,
      frameworkId: framework.id,
      catalogueId: catalogue.id,
      createdById: creator.userId,
      sections: { create: catalogue.sections.map((s) => ({ sectionKey: s.key })) },
    },
    select: { id: true },
  });
  return { frameworkId: framework.id, evaluationId: ev.id, catalogue };
}

/** The criterion keys of one OWASP section, in catalogue order. */
export async function owaspCriterionKeys(sectionKey: string) {
  await owaspCatalogue();
  const rows = await db().criterion.findMany({
    where: { section: { key: sectionKey, catalogue: { slug: "owasp-iot-framework" } } },
    orderBy: { position: "asc" },
    select: { key: true },
  });
  return rows.map((c) => c.key);
}
