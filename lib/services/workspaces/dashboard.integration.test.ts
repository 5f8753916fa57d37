import { describe, expect, it } from "vitest";
import {
  createEvaluationFixture,
  createWorkspaceWith,
  createMember,
  sessionActor,
} from "../../testing/fixtures";
import { workspaceDashboard } from "./dashboard";

describe("workspace dashboard", () => {
  it("leads an empty workspace with its first steps, offering the sample to those who can add frameworks", async () => {
    const owner = await createMember({ role: "owner" });
    const reviewer = await createMember({ role: "reviewer" });
    const viewer = await createMember({ role: "viewer" });
    const { slug } = await createWorkspaceWith([
      { userId: owner.userId, role: "owner" },
      { userId: reviewer.userId, role: "reviewer" },
      { userId: viewer.userId, role: "viewer" },
    ]);
    const getStarted = async (userId: string) =>
      (await workspaceDashboard(await sessionActor(userId), slug)).getStarted;
    expect(await getStarted(owner.userId)).toEqual({ offerSample: true });
    expect(await getStarted(reviewer.userId)).toEqual({ offerSample: true });
    expect(await getStarted(viewer.userId)).toEqual({ offerSample: false });
    await createEvaluationFixture(slug);
    expect(await getStarted(owner.userId)).toBeNull();
  });
});
