import type { HTMLAttributes } from "react";
import { cn } from "./cn";

/** Secondary text: hints, counts, empty states. */
export function Muted({
  as: Tag = "p",
  className,
  ...props
}: HTMLAttributes<HTMLElement> & { as?: "p" | "span" | "div" }) {
  return <Tag className={cn("text-sm text-muted", className)} {...props} />;
}
