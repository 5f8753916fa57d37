import type { ReactNode } from "react";
import { Heading } from "../ui/heading";

/** A page that ends here: a one-time link that no longer works, or a setup already done. */
export function NoticePage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <Heading level={1}>{title}</Heading>
      <p className="mt-2 text-muted">{children}</p>
    </div>
  );
}
