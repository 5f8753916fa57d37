"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

type Props = Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & { href: string };

/**
 * A link that prefetches its page only when the reader reaches for it: pointer over it, focus on
 * it, or a finger on it. next/link prefetches every link as soon as it is on screen, and our
 * pages are dynamic, so each page view cost server renders of about 16 destinations in the frame
 * alone (header, workspace tabs), two requests each (each with its session check and queries),
 * on every phone's CPU and data plan too, for the one link a reader might follow. Long lists
 * (the catalogue's criteria) use it for the same reason.
 */
export function IntentLink({ href, onMouseEnter, onFocus, onTouchStart, ...props }: Props) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(e) => {
        prefetch();
        onMouseEnter?.(e);
      }}
      onFocus={(e) => {
        prefetch();
        onFocus?.(e);
      }}
      onTouchStart={(e) => {
        prefetch();
        onTouchStart?.(e);
      }}
    />
  );
}
