import "server-only";
import { requireSessionActor, type Actor } from "../../auth/actor";
import { getMyAccount } from "./account";
import { listAllMyTokens } from "./api-tokens";
import { listMySessions } from "./sessions";

/** The account page: the user, their live sessions and their tokens in every workspace. */
export async function accountPage(actor: Actor | null) {
  const me = requireSessionActor(actor);
  const [account, sessions, tokens] = await Promise.all([
    getMyAccount(me),
    listMySessions(me),
    listAllMyTokens(me),
  ]);
  return { account, sessions, tokens };
}
