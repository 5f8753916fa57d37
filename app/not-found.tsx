import { cookies } from "next/headers";
import { AppShell } from "@/components/layout/app-shell";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { parseTheme } from "@/components/layout/theme";

export const metadata = { title: "Not found" };

/** Unmatched addresses render outside the (app) group's layout, so the shell is added here. */
export default async function NotFound() {
  return (
    <AppShell theme={parseTheme((await cookies()).get("theme")?.value)}>
      <NotFoundContent />
    </AppShell>
  );
}
