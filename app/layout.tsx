import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { parseTheme } from "@/components/layout/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "IoT Framework Security Scorecard", template: "%s · IoT Framework Security Scorecard" },
  description: "Score IoT development frameworks against the OWASP IoT Framework Security Considerations.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = parseTheme((await cookies()).get("theme")?.value);
  return (
    <html lang="en" className={theme === "system" ? undefined : theme}>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
