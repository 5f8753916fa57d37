import { z } from "zod";
import { actorFromBearer } from "@/lib/auth/api-token";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { listMembers } from "@/lib/services/workspaces/members";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ workspace: string }>(async (req, { workspace }) => {
  parseQuery(req, z.object({}));
  const members = await listMembers(await actorFromBearer(req), workspace);
  return {
    members: members.map((m) => ({
      id: m.id,
      email: m.email,
      name: m.name,
      role: m.role,
      mfa: m.mfa,
      disabled: m.disabled,
    })),
  };
});
