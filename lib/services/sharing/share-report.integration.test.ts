import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import {
  createEvaluationFixture,
  createMember,
  META,
  owaspCatalogue,
  sessionActor,
  type TestMember,
} from "../../testing/fixtures";
import { comparisonReport, sharedReport } from "../reports/reports";
import { createShareLink, revokeShareLink } from "./share-links";

const WORKSPACE = "Quillfeather Robotics Lab";
let owner: TestMember;
const evaluations: string[] = [];

/** The PDF's text (pdftotext) and its document info (pdfinfo). */
function read(pdf: Buffer) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "share-pdf-")), "r.pdf");
  writeFileSync(file, pdf);
  return {
    text: execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"]).toString("utf8"),
    info: execFileSync("pdfinfo", ["-enc", "UTF-8", file]).toString("utf8"),
  };
}

async function newLink() {
  const link = await createShareLink(await sessionActor(owner.userId), owner.slug, {
    evaluationIds: evaluations,
  });
  return { ...link, token: link.url.split("/").pop()! };
}

const stored = (shareLinkId: string) =>
  db().shareReport.findMany({
    where: { shareLinkId },
    select: { profileId: true, pdf: true },
    orderBy: { profileId: "asc" },
  });
const renders = (shareLinkId: string) =>
  db().auditEvent.count({
    where: { action: "report.generated", targetType: "share_link", targetId: shareLinkId },
  });

beforeAll(async () => {
  await owaspCatalogue();
  owner = await createMember({ role: "owner" });
  await db().workspace.update({ where: { id: owner.workspaceId }, data: { name: WORKSPACE } });
  for (let i = 0; i < 2; i++) evaluations.push((await createEvaluationFixture(owner.slug)).evaluationId);
}, 120_000);

describe("share link PDFs", () => {
  it("renders once per link (parallel first downloads share it), stores it, and serves the same bytes afterwards", async () => {
    const link = await newLink();
    const [a, b] = await Promise.all([sharedReport(link.token, META), sharedReport(link.token, META)]);
    expect(a!.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(b!.pdf.equals(a!.pdf)).toBe(true);
    // A second later a new render would differ (its "Generated …" stamp and creation date are to the second).
    await new Promise((r) => setTimeout(r, 1_100));
    const later = await sharedReport(link.token, META, { profile: "equal" });
    expect(later!.pdf.equals(a!.pdf)).toBe(true);
    expect(later!.fileName).toBe(a!.fileName);
    expect(await renders(link.id)).toBe(1);
    const rows = await stored(link.id);
    expect(rows.map((r) => r.profileId)).toEqual(["equal"]);
    expect(Buffer.from(rows[0].pdf).equals(a!.pdf)).toBe(true);

    // A snapshot carries only the profile it shows: any other (a preset, an unknown id) falls
    // back to it, as the page does, and is served from the same stored PDF, not rendered again.
    for (const profile of ["cloud-only", "no-such-profile"]) {
      expect((await sharedReport(link.token, META, { profile }))!.pdf.equals(a!.pdf)).toBe(true);
    }
    expect((await stored(link.id)).map((r) => r.profileId)).toEqual(["equal"]);
    expect(await renders(link.id)).toBe(1);

    // Over HTTP: the stored PDF, as the same private attachment as before.
    const { GET } = await import("../../../app/s/[token]/report.pdf/route");
    const res = await GET(new NextRequest(`http://localhost/s/${link.token}/report.pdf`), {
      params: Promise.resolve({ token: link.token }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(Buffer.from(await res.arrayBuffer()).equals(a!.pdf)).toBe(true);
  });

  it("never serves a revoked link's stored PDF (the link is checked on every request)", async () => {
    const link = await newLink();
    expect(await sharedReport(link.token, META)).not.toBeNull();
    expect(await stored(link.id)).toHaveLength(1);
    await revokeShareLink(await sessionActor(owner.userId), owner.slug, link.id);
    expect(await sharedReport(link.token, META)).toBeNull();
    const { GET } = await import("../../../app/s/[token]/report.pdf/route");
    const res = await GET(new NextRequest(`http://localhost/s/${link.token}/report.pdf`), {
      params: Promise.resolve({ token: link.token }),
    });
    expect(res.status).toBe(410);
    expect(res.headers.get("content-type")).not.toBe("application/pdf");
  });

  it("leaves the workspace name out of the share PDF, as the share page does (the workspace's own report names it)", async () => {
    const link = await newLink();
    const shared = read((await sharedReport(link.token, META))!.pdf);
    expect(shared.text).toContain("shared snapshot");
    expect(shared.text).not.toContain(WORKSPACE);
    expect(shared.text).not.toMatch(/^Workspace$/m);
    expect(shared.info).not.toContain(WORKSPACE);
    // The control: the same comparison printed inside the workspace does name it.
    const own = read(
      (
        await comparisonReport(await sessionActor(owner.userId), owner.slug, {
          evaluations: evaluations.join(","),
        })
      ).pdf,
    );
    expect(own.text).toContain(WORKSPACE);
    expect(own.info).toContain(WORKSPACE);
  });

  it("carries the Regulatory readiness chapter only when the link froze a crosswalk, for its regulation only", async () => {
    const plain = read((await sharedReport((await newLink()).token, META))!.pdf).text;
    expect(plain).not.toContain("Regulatory readiness");
    const link = await createShareLink(await sessionActor(owner.userId), owner.slug, {
      evaluationIds: evaluations,
      crosswalk: "nist-ir-8425",
    });
    const text = read((await sharedReport(link.url.split("/").pop()!, META))!.pdf).text;
    expect(text).toContain("Regulatory readiness");
    expect(text).toContain("not a conformity assessment");
    expect(text).toContain("NIST IR 8425");
    // The frozen crosswalk's one regulation, not every mapped one.
    expect(text).not.toMatch(/Cyber Resilience Act|EN 303 645/);
  });
});
