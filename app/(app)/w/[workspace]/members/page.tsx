import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { InviteForm } from "@/components/workspace/invite-form";
import { RoleSelect } from "@/components/workspace/role-select";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { membersPage } from "@/lib/services/workspaces/people-pages";
import {
  changeRoleAction,
  inviteAction,
  removeMemberAction,
  revokeInvitationAction,
  transferOwnershipAction,
} from "./actions";
import { TableScroll } from "@/components/ui/table-scroll";
import { Heading } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";

export const metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/members`);
  const { workspace: ws, can: may, members, invitations } = await or404(membersPage(actor, slug));
  const isAdmin = may.manage;
  return (
    <div className="grid gap-6">
      <PageHeader title="Members" />
      {may.invite && (
        <Card>
          <Heading level={2} className="mb-3">
            Invite someone
          </Heading>
          <InviteForm action={inviteAction.bind(null, slug)} />
        </Card>
      )}
      <TableScroll label="Members">
        <table className="w-full text-sm">
          <caption className="sr-only">Members of {ws.name}</caption>
          <thead className="bg-surface-2 text-left text-muted">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Member
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Role
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                2FA
              </th>
              {isAdmin && (
                <th scope="col" className="px-3 py-2 font-medium">
                  Actions
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => {
              const self = m.self;
              return (
                <tr key={m.id} className="border-t border-border align-middle" data-testid="member-row">
                  <td className="px-3 py-2">
                    <div className="font-medium">
                      {m.name}
                      {self && <span className="ml-1 text-muted">(you)</span>}
                    </div>
                    <div className="text-muted">
                      {m.email}
                      {m.disabled && " · disabled"}
                    </div>
                  </td>
                  <td className="px-3 py-2">
                    {m.may.changeRole ? (
                      <RoleSelect
                        action={changeRoleAction.bind(null, slug)}
                        userId={m.id}
                        role={m.role}
                        label={`Role of ${m.email}`}
                      />
                    ) : (
                      <span className="capitalize">{m.role}</span>
                    )}
                  </td>
                  <td className="px-3 py-2">{m.mfa ? "On" : <span className="text-muted">Off</span>}</td>
                  {isAdmin && (
                    <td className="px-3 py-2">
                      <div className="flex flex-wrap gap-2">
                        {m.may.remove && (
                          <ActionForm
                            action={removeMemberAction.bind(null, slug)}
                            hidden={{ userId: m.id }}
                            label="Remove"
                            variant="danger"
                            confirm={`Remove ${m.email} from ${ws.name}?`}
                          />
                        )}
                        {m.may.makeOwner && (
                          <ActionForm
                            action={transferOwnershipAction.bind(null, slug)}
                            hidden={{ userId: m.id }}
                            label="Make owner"
                            confirm={`Transfer ownership to ${m.email}? You become an admin.`}
                          />
                        )}
                      </div>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <ActionForm
        action={removeMemberAction.bind(null, slug)}
        hidden={{ userId: actor.userId }}
        label="Leave this workspace"
        variant="danger"
        confirm={`Leave ${ws.name}?`}
      />
      {may.invite && invitations.length > 0 && (
        <section aria-labelledby="pending">
          <Heading level={2} id="pending" className="mb-2">
            Pending invitations
          </Heading>
          <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
            {invitations.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
                <span>
                  {i.email} · <span className="capitalize">{i.role}</span> · expires{" "}
                  {i.expiresAt.toISOString().slice(0, 10)}
                </span>
                <ActionForm
                  action={revokeInvitationAction.bind(null, slug)}
                  hidden={{ invitationId: i.id }}
                  label="Revoke"
                  variant="danger"
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
