import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { parseTheme } from "@/components/layout/theme";

/** The app's pages share the navigation shell; public share pages (/s) stand alone. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  return <AppShell theme={parseTheme((await cookies()).get("theme")?.value)}>{children}</AppShell>;
}
