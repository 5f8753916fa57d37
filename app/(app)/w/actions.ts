"use server";

import { z } from "zod";
import { AllTextFields } from "@/lib/http/form-fields";
import { accountAction } from "@/lib/http/workspace-action";
import { loadSampleWorkspace } from "@/lib/services/workspaces/sample-workspace";
import { createWorkspace } from "@/lib/services/workspaces/workspaces";
import { redirect } from "next/navigation";

const openIt = ({ slug }: { slug: string }) => redirect(`/w/${slug}`);

export const createWorkspaceAction = accountAction(AllTextFields, createWorkspace, {
  keepValues: true,
  then: openIt,
});

/** A labelled sample workspace with 20 scored frameworks, so a newcomer sees everything populated. */
export const loadSampleAction = accountAction(z.object({}), (actor) => loadSampleWorkspace(actor), {
  then: openIt,
});
