"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { field } from "@/lib/http/form-fields";
import { workspaceAction } from "@/lib/http/workspace-action";
import {
  assignSectionReviewers,
  changeSectionScope,
  changeEvaluationStatus,
  createEvaluation,
} from "@/lib/services/evaluations/evaluations";

/** The catalogue comes as "slug@version"; a section left out of scope may say why in `reason.<KEY>`. */
const NewEvaluationForm = z
  .object({
    catalogue: field.text(),
    sections: field.list(),
    frameworkId: field.text(),
    fromEvaluationId: field.optionalText(),
  })
  .catchall(z.string())
  .transform(({ catalogue, sections, frameworkId, fromEvaluationId, ...fields }) => {
    const [slug, version] = catalogue.split("@");
    const outOfScopeReasons: Record<string, string> = {};
    for (const [k, v] of Object.entries(fields))
      if (k.startsWith("reason.") && v.trim()) outOfScopeReasons[k.slice(7)] = v;
    return {
      frameworkId,
      catalogue: { slug, version },
      sections,
      outOfScopeReasons,
      ...(fromEvaluationId ? { fromEvaluationId } : {}),
    };
  });

export const createEvaluationAction = workspaceAction(
  NewEvaluationForm,
  (actor, slug, input) => createEvaluation(actor, slug, input),
  {
    then: ({ id }, slug) => redirect(`/w/${slug}/evaluations/${id}`),
  },
);

const overview = ({ slug, ids: [id] }: { slug: string; ids: [string] }) => [`/w/${slug}/evaluations/${id}`];

export const changeStatusAction = workspaceAction(
  z.object({ status: field.text(), reason: field.optionalText() }),
  (actor, slug, input, id: string) => changeEvaluationStatus(actor, slug, id, input),
  { success: "Status changed.", revalidate: overview },
);

export const assignReviewersAction = workspaceAction(
  z.object({ sectionKey: field.text(), assigneeIds: field.list() }),
  (actor, slug, input, id: string) => assignSectionReviewers(actor, slug, id, input),
  { success: "Reviewers saved.", revalidate: overview },
);

export const changeScopeAction = workspaceAction(
  z.object({ sectionKey: field.text(), inScope: field.flag(), outOfScopeReason: field.optionalText() }),
  (actor, slug, input, id: string) => changeSectionScope(actor, slug, id, input),
  { success: "Scope saved.", revalidate: overview },
);
