import type { FormAction } from "../ui/action-form";
import { ActionForm } from "../ui/action-form";
import { TableScroll } from "../ui/table-scroll";
import { RoleSelect } from "./role-select";

interface Member {
  id: string;
  name: string;
  email: string;
  role: string;
  mfa: boolean;
  disabled: boolean;
  self: boolean;
  may: { changeRole: boolean; remove: boolean; makeOwner: boolean };
}

const th = "px-3 py-2 font-medium";

/**
 * The members with their role (a select where the caller may change it), 2FA, and for those
 * who may manage members an Actions column: remove, make owner; each as the view model allows.
 */
export function MembersTable({
  workspaceName,
  members,
  manage,
  actions,
}: {
  workspaceName: string;
  members: Member[];
  manage: boolean;
  actions: { changeRole: FormAction; remove: FormAction; transferOwnership: FormAction };
}) {
  return (
    <TableScroll label="Members">
      <table className="w-full text-sm">
        <caption className="sr-only">Members of {workspaceName}</caption>
        <thead className="bg-surface-2 text-left text-muted">
          <tr>
            <th scope="col" className={th}>
              Member
            </th>
            <th scope="col" className={th}>
              Role
            </th>
            <th scope="col" className={th}>
              2FA
            </th>
            {manage && (
              <th scope="col" className={th}>
                Actions
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id} className="border-t border-border align-middle" data-testid="member-row">
              <td className="px-3 py-2">
                <div className="font-medium">
                  {m.name}
                  {m.self && <span className="ml-1 text-muted">(you)</span>}
                </div>
                <div className="text-muted">
                  {m.email}
                  {m.disabled && " · disabled"}
                </div>
              </td>
              <td className="px-3 py-2">
                {m.may.changeRole ? (
                  <RoleSelect
                    action={actions.changeRole}
                    userId={m.id}
                    role={m.role}
                    label={`Role of ${m.email}`}
                  />
                ) : (
                  <span className="capitalize">{m.role}</span>
                )}
              </td>
              <td className="px-3 py-2">{m.mfa ? "On" : <span className="text-muted">Off</span>}</td>
              {manage && (
                <td className="px-3 py-2">
                  <div className="flex flex-wrap gap-2">
                    {m.may.remove && (
                      <ActionForm
                        action={actions.remove}
                        hidden={{ userId: m.id }}
                        label="Remove"
                        variant="danger"
                        confirm={`Remove ${m.email} from ${workspaceName}?`}
                      />
                    )}
                    {m.may.makeOwner && (
                      <ActionForm
                        action={actions.transferOwnership}
                        hidden={{ userId: m.id }}
                        label="Make owner"
                        confirm={`Transfer ownership to ${m.email}? You become an admin.`}
                      />
                    )}
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
