import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "./cn";

/**
 * The one button style, also for links that look like buttons (`<Link className={buttonVariants()}>`).
 * Sizes stay at 24 px or more, the target size the accessibility checks ask for.
 */
export const buttonVariants = cva(
  "inline-flex items-center justify-center gap-1.5 rounded-md text-sm hover:no-underline disabled:opacity-60",
  {
    variants: {
      variant: {
        primary: "bg-accent font-medium text-accent-fg hover:opacity-90",
        secondary: "border border-border bg-surface font-medium text-fg hover:bg-surface-2",
        danger: "border border-danger font-medium text-danger hover:bg-surface-2",
        ghost: "text-muted hover:bg-surface-2 hover:text-fg",
      },
      size: { xs: "h-6 px-2 text-xs", sm: "h-8 px-3", md: "h-9 px-3.5" },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);

export type ButtonVariant = NonNullable<VariantProps<typeof buttonVariants>["variant"]>;

export function Button({
  variant,
  size,
  className,
  ...props
}: ComponentProps<"button"> & VariantProps<typeof buttonVariants>) {
  return <button className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}
