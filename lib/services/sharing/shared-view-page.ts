import "server-only";
import type { RequestMeta } from "../../auth/actor";
import { sensitivityForView } from "../../compare/sensitivity-for-view";
import { parseViewState } from "../../compare/view-state";
import { hitRateLimit } from "../../rate-limit/limiter";
import { openShareLink } from "./share-links";

const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10);

/**
 * What an outsider with the link sees, checked in this order on every request: the caller's
 * address against the shareView limit (a refused request never reaches the link), then the link
 * itself (opening counts and audits the view; a revoked or expired link is `gone`, so it ends at
 * once). The sensitivity for the address's profile is worked out here, on the server. A
 * snapshot shared from the Regulations tab carries that crosswalk, frozen: it has the tab too
 * (`xw` in the address shows it; the snapshot's one regulation, whatever `xw` names).
 */
export async function sharedViewPage(
  token: string,
  meta: RequestMeta,
  search: Record<string, string | string[] | undefined>,
) {
  const limited = await hitRateLimit("shareView", { meta });
  if (!limited.allowed) return { status: "limited", retryAfterSeconds: limited.retryAfterSeconds } as const;
  const shared = await openShareLink(token, meta);
  if (!shared) return { status: "gone" } as const;
  const view = parseViewState(search);
  const { crosswalk, ...comparison } = shared;
  return {
    status: "open",
    shared: comparison,
    crosswalk: crosswalk ?? null,
    showCrosswalk: Boolean(crosswalk) && view.crosswalk !== null,
    sensitivity: sensitivityForView(shared, view.profile),
    taken: day(shared.createdAt),
    expires: day(shared.expiresAt),
  } as const;
}
