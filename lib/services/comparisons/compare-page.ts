import "server-only";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { can } from "../../auth/policy";
import { crosswalkTab } from "../../compare/crosswalk-view";
import { packComparison } from "../../compare/pack";
import { sensitivityForView } from "../../compare/sensitivity-for-view";
import type { ComparisonData } from "../../compare/types";
import { parseViewState } from "../../compare/view-state";
import { AppError } from "../../errors/app-error";
import type { Role } from "../../generated/prisma/enums";
import { idSchema } from "../../schemas/framework";
import { crosswalksFrom, READINESS_DISCLAIMER } from "../evaluations/readiness";
import { assembleComparison } from "./comparisons";
import { loadComparisonBundle, type PickerRow } from "./comparison-load";
import { loadScores } from "./comparison-scores";

export const MAX_COMPARED = 20;

/**
 * The compare page's view model in three statements: the authorisation, then in parallel the
 * evaluations with their sections, agreed values, the profiles and the picker's list (one
 * statement), and the scores (one). `problem`: why the selection in the address shows nothing.
 */
export async function comparePage(
  actor: Actor | null,
  slug: string,
  selected: string[],
): Promise<{
  role: Role;
  workspaceId: string;
  data: ComparisonData | null;
  problem: string | null;
  evaluations: PickerRow[];
}> {
  const { workspace, role, actor: me } = await authorize(actor, slug, "evaluations.read");
  let problem: string | null = null;
  if (selected.length === 1) problem = "Choose at least two evaluations to compare.";
  else if (selected.length > MAX_COMPARED) problem = `Compare at most ${MAX_COMPARED} evaluations at once.`;
  const ids = selected.length >= 2 && !problem ? selected : [];
  const wellFormed = ids.every((id) => idSchema.safeParse(id).success);
  const [bundle, scores] = await Promise.all([
    loadComparisonBundle(workspace.id, wellFormed ? ids : [], { picker: true }),
    ids.length && wellFormed ? loadScores(workspace.id, ids, { withText: false }) : [],
  ]);
  let data: ComparisonData | null = null;
  if (ids.length && !wellFormed) problem = NOT_HERE;
  else if (ids.length) {
    // The page's whole state is in the address, so a bad address gets a clear message here.
    try {
      data = assembleComparison(me.userId, role, bundle, scores, null);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      problem = err.code === "not_found" ? NOT_HERE : err.message;
    }
  }
  return { role, workspaceId: workspace.id, data, problem, evaluations: bundle.picker ?? [] };
}

const NOT_HERE = "One of the evaluations in this address does not exist in this workspace.";

/**
 * What the compare page renders, from its address: the selection, why it shows nothing (if it
 * does not), whether the viewer may save and share it, and the comparison for the tab shown:
 * the scores (packed for the browser, with the sensitivity for the address's profile worked
 * out here, see sensitivity-for-view.ts) or the Regulations tab — the same comparison (so the
 * blind rule holds) projected through its crosswalks, read in one more statement only then.
 */
export async function compareView(
  actor: Actor | null,
  slug: string,
  search: Record<string, string | string[] | undefined>,
) {
  const view = parseViewState(search);
  const { role, workspaceId, data, problem, evaluations } = await comparePage(actor, slug, view.evaluations);
  const crosswalk =
    data && view.crosswalk !== null
      ? crosswalkTab(
          data,
          await crosswalksFrom(workspaceId, data.catalogue),
          view.crosswalk,
          READINESS_DISCLAIMER,
        )
      : null;
  return {
    selected: view.evaluations,
    problem,
    evaluations,
    canWrite: can(role, "comparisons.write"),
    comparison: data && {
      narrowedTo: `${data.catalogue.title} ${data.catalogue.version}`,
      scores: crosswalk
        ? null
        : { packed: packComparison(data), sensitivity: sensitivityForView(data, view.profile) },
      crosswalk,
    },
  };
}
