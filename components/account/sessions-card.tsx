import type { ComponentProps } from "react";
import type { FormAction } from "../ui/action-form";
import { ActionForm } from "../ui/action-form";
import { Card } from "../ui/card";
import { Heading } from "../ui/heading";
import { MyTokens } from "./my-tokens";
import { SignOutEverywhere } from "./sign-out-everywhere";

interface Session {
  id: string;
  browser: string;
  ip: string;
  lastSeen: string;
  current: boolean;
}

/** Live sessions (each but this one can be signed out), signing out everywhere, and the user's API tokens. */
export function SessionsCard({
  sessions,
  tokens,
  actions,
}: {
  sessions: Session[];
  tokens: ComponentProps<typeof MyTokens>["tokens"];
  actions: {
    revokeSession: FormAction;
    signOutEverywhere: ComponentProps<typeof SignOutEverywhere>["action"];
    revokeAllTokens: FormAction;
  };
}) {
  return (
    <Card>
      <Heading level={2} className="mb-2">
        Sessions
      </Heading>
      <ul className="mb-3 divide-y divide-border">
        {sessions.map((s) => (
          <li
            key={s.id}
            className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
            data-testid="session-row"
          >
            <span>
              <span className="font-medium">{s.browser}</span> · {s.ip} · last seen {s.lastSeen}
              {s.current && <strong className="ml-1">(this browser)</strong>}
            </span>
            {!s.current && (
              <ActionForm
                action={actions.revokeSession}
                hidden={{ sessionId: s.id }}
                label="Sign out"
                variant="danger"
              />
            )}
          </li>
        ))}
      </ul>
      <SignOutEverywhere action={actions.signOutEverywhere} />
      <MyTokens tokens={tokens} revokeAll={actions.revokeAllTokens} />
    </Card>
  );
}
