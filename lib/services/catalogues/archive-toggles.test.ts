import { describe, expect, it } from "vitest";
import { catalogueArchiveToggle, frameworkArchiveToggle, mappingArchiveToggle } from "./archive-toggles";

const since = new Date("2026-01-02T03:04:05Z");

describe("frameworkArchiveToggle", () => {
  it("offers to archive an active framework, as a danger with a confirmation naming it", () => {
    const t = frameworkArchiveToggle({ name: "Edge SDK", archivedAt: null });
    expect(t).toMatchObject({
      heading: "Archive",
      archived: true,
      label: "Archive framework",
      pendingText: "Archiving…",
      variant: "danger",
      confirm: 'Archive "Edge SDK"? It leaves the framework list; its evaluations are kept.',
    });
    expect(t.hint).toMatch(/^Archiving removes the framework from the default list/);
  });

  it("offers to restore an archived one", () => {
    expect(frameworkArchiveToggle({ name: "Edge SDK", archivedAt: since })).toEqual({
      heading: "Restore",
      hint: "Restoring puts the framework back in the default list.",
      archived: false,
      label: "Restore framework",
      pendingText: "Restoring…",
      variant: "secondary",
      confirm: 'Restore "Edge SDK" to the framework list?',
    });
  });
});

describe("catalogueArchiveToggle", () => {
  it("archives with a confirmation, restores without one", () => {
    expect(catalogueArchiveToggle({ archivedAt: null })).toEqual({
      archived: true,
      label: "Archive",
      pendingText: "Archiving…",
      variant: "danger",
      confirm: "Archive this catalogue? Existing evaluations keep it; new ones cannot use it.",
    });
    expect(catalogueArchiveToggle({ archivedAt: since })).toEqual({
      archived: false,
      label: "Restore",
      pendingText: "Restoring…",
      variant: "secondary",
      confirm: undefined,
    });
  });
});

describe("mappingArchiveToggle", () => {
  it("archives an active mapping set after a confirmation, and restores an archived one without", () => {
    expect(mappingArchiveToggle({ archivedAt: null })).toMatchObject({
      archived: true,
      label: "Archive mapping set",
      variant: "danger",
      confirm: expect.stringMatching(/Readiness views stop using it/),
    });
    expect(mappingArchiveToggle({ archivedAt: since })).toEqual({
      archived: false,
      label: "Restore mapping set",
      pendingText: "Restoring…",
      variant: "secondary",
      confirm: undefined,
    });
  });
});
