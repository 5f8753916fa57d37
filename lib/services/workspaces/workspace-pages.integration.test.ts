import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import type { Role } from "../../generated/prisma/enums";
import { createEvaluationFixture, createMember, owaspCatalogue, sessionActor } from "../../testing/fixtures";
import { accountPage } from "../accounts/account-page";
import { auditPage } from "../admin/audit-page";
import { importedCatalogueFixture } from "../catalogues/catalogue-fixtures";
import { workspaceCataloguePage } from "../catalogues/catalogue-pages";
import {
  cataloguesPage,
  evaluationsPage,
  frameworkPage,
  frameworksPage,
  profilesPage,
} from "../catalogues/library-pages";
import { inviteMember } from "./invitations";
import { membersPage, securityPage, tokensPage } from "./people-pages";

/**
 * The workspace pages' view models: each page renders from one call, and the controls it shows
 * follow the policy table role by role. A second owner is there to show who may act on an owner.
 */
const ROLES = ["owner", "admin", "reviewer", "viewer"] as const;
let slug: string;
const as = {} as Record<Role, Actor>;
let owner2: Actor;
let frameworkId: string;

beforeAll(async () => {
  await owaspCatalogue();
  const owner = await createMember({ role: "owner" });
  slug = owner.slug;
  as.owner = await sessionActor(owner.userId);
  for (const role of ["admin", "reviewer", "viewer"] as const)
    as[role] = await sessionActor((await createMember({ role, slug })).userId);
  owner2 = await sessionActor((await createMember({ role: "owner", slug })).userId);
  ({ frameworkId } = await createEvaluationFixture(slug));
});

const each = <T>(fn: (a: Actor) => Promise<T>) => Promise.all(ROLES.map((r) => fn(as[r])));

describe("membersPage", () => {
  it("offers inviting and managing to owners and admins, with invitations only for them", async () => {
    const pages = await each((a) => membersPage(a, slug));
    expect(pages.map((p) => p.can)).toEqual([
      { invite: true, manage: true },
      { invite: true, manage: true },
      { invite: false, manage: false },
      { invite: false, manage: false },
    ]);
    expect(pages.every((p) => p.members.length === 5)).toBe(true);
    expect(pages.map((p) => p.workspace.me)).toEqual(ROLES.map((r) => as[r].userId));
  });

  it("lists pending invitations with their expiry day, to those who may invite", async () => {
    await inviteMember(as.admin, slug, { email: "pending-page@example.test", role: "viewer" });
    const [a, r] = await Promise.all([membersPage(as.admin, slug), membersPage(as.reviewer, slug)]);
    const invitation = a.invitations.find((i) => i.email === "pending-page@example.test")!;
    expect(invitation.expires).toBe(invitation.expiresAt.toISOString().slice(0, 10));
    expect(r.invitations).toEqual([]);
  });

  it("per member: nobody acts on themselves, only owners on owners, roles of owners change by transfer", async () => {
    const [o, a, r] = await Promise.all([as.owner, as.admin, as.reviewer].map((x) => membersPage(x, slug)));
    const row = (p: typeof o, who: Actor) => p.members.find((m) => m.id === who.userId)!;
    expect(row(o, as.owner)).toMatchObject({
      self: true,
      may: { changeRole: false, remove: false, makeOwner: false },
    });
    expect(row(o, as.reviewer).may).toEqual({ changeRole: true, remove: true, makeOwner: true });
    expect(row(o, owner2).may).toEqual({ changeRole: false, remove: true, makeOwner: true });
    expect(row(a, as.reviewer).may).toEqual({ changeRole: true, remove: true, makeOwner: false });
    expect(row(a, owner2).may).toEqual({ changeRole: false, remove: false, makeOwner: false });
    expect(row(r, as.viewer).may).toEqual({ changeRole: false, remove: false, makeOwner: false });
  });
});

describe("securityPage", () => {
  it("is for owners and admins; an admin is offered no owner, only an owner the mass reset", async () => {
    const o = await securityPage(as.owner, slug);
    const a = await securityPage(as.admin, slug);
    expect(o.members.map((m) => m.id)).toContain(owner2.userId);
    expect(o.members.map((m) => m.id)).not.toContain(as.owner.userId);
    expect(a.members.map((m) => m.id)).not.toContain(owner2.userId);
    expect(a.members.map((m) => m.id)).toContain(as.reviewer.userId);
    expect([o.can.massReset, a.can.massReset]).toEqual([true, false]);
    // The cards come as text: adoption as "enrolled / members", the chain verified just now.
    expect(o.figures.mfa).toBe(`${o.overview.mfaEnrolled} / ${o.overview.members}`);
    expect(o.figures.chain.value).toBe("Intact");
    expect(o.figures.dependencyAudit).toMatch(/^Dependency audit/);
    expect(o.members.find((m) => m.id === as.reviewer.userId)).toMatchObject({
      controls: true,
      toggle: { label: "Disable", variant: "danger" },
    });
    await expect(securityPage(as.reviewer, slug)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("the other workspace pages' flags follow the policy", () => {
  it("tokens: write-scoped tokens for all but viewers", async () => {
    expect((await each((a) => tokensPage(a, slug))).map((p) => p.canWrite)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it("frameworks and a framework: writing for reviewers and above; a malformed id is not found", async () => {
    const list = await each((a) => frameworksPage(a, slug, false));
    expect(list.map((p) => p.canWrite)).toEqual([true, true, true, false]);
    expect(list.map((p) => p.list.empty)).toEqual([
      ...ROLES.slice(0, 3).map(() => "No frameworks yet — add the first one above."),
      "No frameworks yet.",
    ]);
    const one = await each((a) => frameworkPage(a, slug, frameworkId));
    expect(one.map((p) => [p.framework.id, p.canWrite])).toEqual(
      ROLES.map((r) => [frameworkId, r !== "viewer"]),
    );
    expect(one[0].archive).toMatchObject({ archived: true, label: "Archive framework" });
    await expect(frameworkPage(as.owner, slug, "not-an-id")).rejects.toMatchObject({ code: "not_found" });
  });

  it("catalogues: importing for owners and admins", async () => {
    const pages = await each((a) => cataloguesPage(a, slug));
    expect(pages.map((p) => p.canImport)).toEqual([true, true, false, false]);
    expect(pages[0].catalogues.length).toBeGreaterThan(0);
  });

  it("evaluations: starting one for reviewers and above, from the catalogues with their sections", async () => {
    const pages = await each((a) => evaluationsPage(a, slug));
    expect(pages.map((p) => p.canCreate)).toEqual([true, true, true, false]);
    expect(pages[0].evaluations).toHaveLength(1);
    const owasp = pages[0].catalogueOptions.find((c) => c.ref.startsWith("owasp-iot-framework@"));
    expect(owasp?.sections.length).toBeGreaterThan(0);
    // Rows and options come labelled: the page renders them as they are.
    const [row] = pages[0].evaluations;
    expect(row.status).toBe("Draft");
    expect(pages[0].previous).toEqual([
      { id: row.id, label: expect.stringContaining(`— Draft (${row.created})`) },
    ]);
    expect(pages[0].frameworkOptions.map((f) => f.id)).toContain(frameworkId);
  });

  it("weight profiles: managing for owners and admins, the editor gets a catalogue's criteria", async () => {
    const pages = await each((a) => profilesPage(a, slug));
    expect(pages.map((p) => p.manage)).toEqual([true, true, false, false]);
    expect(pages[0].profiles.some((p) => p.preset)).toBe(true);
    expect(pages[0].profiles.filter((p) => p.deletable)).toEqual([]); // presets only so far
    expect(pages[0].sections[0].criteria.length).toBeGreaterThan(0);
  });

  it("a catalogue: archiving this workspace's own catalogues for owners and admins, never a built-in one", async () => {
    const { version } = await importedCatalogueFixture(slug);
    const own = await each((a) => workspaceCataloguePage(a, slug, "sample-lib", version));
    expect(own.map((p) => p.catalogue.mayArchive)).toEqual([true, true, false, false]);
    expect(own.map((p) => p.archive?.label ?? null)).toEqual(["Archive", "Archive", null, null]);
    expect(own[0].summary).toMatchObject({ origin: "imported into this workspace", archivedOn: null });
    const builtIn = await workspaceCataloguePage(as.owner, slug, "owasp-iot-framework", "2016-03-18");
    expect(builtIn.catalogue.mayArchive).toBe(false);
    expect(builtIn.archive).toBeNull();
    expect(builtIn.summary.origin).toBe("built-in");
  });

  it("audit: filters from the address, the export query without the cursor, a bad filter as a message", async () => {
    const ok = await auditPage(as.admin, slug, { action: "evaluation.created", before: "99999999", x: "y" });
    expect(ok.filters).toEqual({ action: "evaluation.created", before: "99999999" });
    expect(ok.query).toBe("action=evaluation.created");
    expect("events" in ok.result).toBe(true);
    expect(ok.error).toBeNull();
    expect(ok.fields.find((f) => f.name === "action")?.value).toBe("evaluation.created");
    const all = await auditPage(as.admin, slug, { action: "member." });
    expect(all.rows.length).toBeGreaterThan(0);
    expect(all.rows[0]).toMatchObject({ action: expect.stringMatching(/^member\./) });
    const bad = await auditPage(as.admin, slug, { from: "yesterday", to: ["2026-01-01", "2026-02-01"] });
    expect(bad.filters).toEqual({ from: "yesterday" });
    expect(bad.result).toEqual({ error: expect.any(String) });
    expect(bad).toMatchObject({ error: expect.any(String), rows: [], older: null });
    await expect(auditPage(as.reviewer, slug, {})).rejects.toMatchObject({ code: "forbidden" });
  });

  it("account: the user, this session marked current, and their tokens", async () => {
    const page = await accountPage(as.reviewer);
    expect(page.account.email).toBe(as.reviewer.email);
    expect(page.sessions.find((s) => s.current)?.id).toBe(as.reviewer.sessionId);
    expect(page.tokens).toEqual([]);
    expect(page).toMatchObject({
      notice: null,
      mfa: null,
      passwordChanged: expect.stringMatching(/^\d{4}-/),
    });
    expect((await accountPage(as.reviewer, { mfa: "required" })).notice).toBe("setup-required");
    await expect(accountPage(null)).rejects.toMatchObject({ code: "unauthorized" });
  });
});
