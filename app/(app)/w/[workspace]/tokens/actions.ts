"use server";

import { z } from "zod";
import { field } from "@/lib/http/form-fields";
import { workspaceAction } from "@/lib/http/workspace-action";
import { createToken, revokeToken } from "@/lib/services/accounts/api-tokens";

const tokens = { revalidate: ({ slug }: { slug: string }) => [`/w/${slug}/tokens`] };

export const createTokenAction = workspaceAction(
  z.object({
    name: field.text(),
    expiresInDays: field.text(),
    password: field.text(),
    scopes: field.list(),
  }),
  createToken,
  { ...tokens, success: "Token created. Copy it now: it is shown only once.", keepValues: true },
);

export const revokeTokenAction = workspaceAction(z.object({ id: field.text() }), revokeToken, {
  ...tokens,
  success: "Token revoked.",
});
