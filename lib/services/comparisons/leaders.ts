import "server-only";
import { vendorInput } from "../../compare/vendor-input";
import { parseViewState } from "../../compare/view-state";
import type { Role } from "../../generated/prisma/enums";
import { idSchema } from "../../schemas/framework";
import { EQUAL_WEIGHTS_PROFILE, rankVendors } from "../../scoring/index";
import { loadComparisonBundle } from "./comparison-load";
import { loadScores } from "./comparison-scores";
import { assembleComparison } from "./comparisons";

type SavedRow = { id: string; name: string; description: string; query: string; createdAt: Date };

/**
 * Each saved comparison with its current leader under its own profile, as `userId` may see it
 * (assembleComparison: the blind rule). The evaluations and scores of every row are read
 * together, two statements however many rows, instead of a comparison load per row. A row
 * whose evaluations are gone or no longer comparable has no leader, as before.
 */
export async function withLeaders(userId: string, role: Role, workspaceId: string, rows: SavedRow[]) {
  const views = rows.map((r) => parseViewState(new URLSearchParams(r.query)));
  const ids = [
    ...new Set(
      views
        .flatMap((v) => v.evaluations)
        .filter((id) => idSchema.safeParse(id).success)
        .map((id) => id.toLowerCase()),
    ),
  ];
  const [bundle, scores] = ids.length
    ? await Promise.all([
        loadComparisonBundle(workspaceId, ids),
        loadScores(workspaceId, ids, { withText: false }),
      ])
    : [null, []];
  const byId = new Map(ids.map((id, i) => [id, bundle!.evaluations[i]]));
  return rows.map((r, i) => {
    const view = views[i];
    let top;
    try {
      const evaluations = view.evaluations.map((id) => byId.get(id.toLowerCase()) ?? null);
      const data = assembleComparison(userId, role, { ...bundle!, evaluations }, scores, null);
      const profile = data.profiles.find((p) => p.id === view.profile) ?? EQUAL_WEIGHTS_PROFILE;
      top = rankVendors(
        data.vendors.map((v) => vendorInput(data, v)),
        profile,
      )[0];
    } catch {
      top = undefined;
    }
    return {
      ...r,
      vendors: view.evaluations.length,
      top: top ? { name: top.name, overall: top.overall, disqualified: top.disqualified } : null,
    };
  });
}
