import { db } from "../../lib/db";
import { cliCreateToken } from "../../lib/services/admin/admin-cli";
import { createShareLink } from "../../lib/services/sharing/share-links";
import { createEvaluationFixture, createMember, sessionActor } from "../../lib/testing/fixtures";
import { scoredVendorEvaluations } from "./scored-vendors";

const VENDORS = 20;

export interface IsolationFixture {
  /** A read+write API token of the workspace's owner. */
  token: string;
  /** The 20 scored, submitted evaluations (OWASP, 58 criteria, two reviewers each). */
  evaluationIds: string[];
  /** A fresh evaluation to save scores into during the run, and its criteria. */
  saveEvaluationId: string;
  criterionKeys: string[];
  /** Makes a new share link of the 20-vendor comparison (its PDF not yet rendered); returns its token. */
  newShareLink: () => Promise<string>;
}

/** Seeds the isolation benchmark's workspace in the current DATABASE_URL (migrated, catalogues loaded). */
export async function isolationFixture(slug = `bench-iso-${Date.now()}`): Promise<IsolationFixture> {
  const owner = await createMember({ role: "owner", slug });
  const second = await createMember({ role: "reviewer", slug });
  const { evaluationIds } = await scoredVendorEvaluations(owner, second, VENDORS, (v) => ({
    name: v === 4 ? "物联网 SDK" : `Vendor SDK ${v + 1}`,
    vendor: `Maker ${v + 1}`,
    productVersion: `${v + 1}.0`,
  }));
  const save = await createEvaluationFixture(slug);
  const criterionKeys = (
    await db().criterion.findMany({ where: { catalogueId: save.catalogue.id }, select: { key: true } })
  ).map((c) => c.key);
  const token = await cliCreateToken({
    email: owner.email,
    workspace: slug,
    scopes: ["read", "write"],
    days: 1,
  });
  const actor = await sessionActor(owner.userId);
  const newShareLink = async () =>
    (await createShareLink(actor, slug, { evaluationIds })).url.split("/").pop()!;
  return { token, evaluationIds, saveEvaluationId: save.evaluationId, criterionKeys, newShareLink };
}
